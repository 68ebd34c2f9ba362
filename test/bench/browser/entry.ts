// The in-browser benchmarks, bundled into one script that the runner injects into Chromium.
import { adapterFigures } from './adapter-figures';

Object.assign(globalThis, { animateurBench: { adapterFigures } });
