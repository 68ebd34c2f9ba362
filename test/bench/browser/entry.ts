// The in-browser benchmarks, bundled into one script that the runner injects into Chromium.
import { runStoreQueriesBench } from '../store-queries.chromium';
import { adapterFigures, facebookFigures } from './adapter-figures';

Object.assign(globalThis, { animateurBench: { adapterFigures, facebookFigures, storeFigures: () => runStoreQueriesBench() } });
