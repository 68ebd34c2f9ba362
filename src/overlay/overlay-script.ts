// The overlay as one self-contained classic script (vite.config.ts builds it so), which the worker
// injects with scripting.executeScript into the isolated world of a tab that shows it. Files that
// scripting injects need no web_accessible_resources entry: no website can fetch this file at a
// fixed address and so tell that Animateur is installed, and untracked pages never load it.
import { options } from 'preact';
import { afterNextFrame } from './after-frame';
import { MOUNT_GLOBAL, type MountGlobal } from './mount-global';
import { mountOverlay } from './overlay-mount';

options.requestAnimationFrame = afterNextFrame;
(globalThis as MountGlobal)[MOUNT_GLOBAL] = mountOverlay;
