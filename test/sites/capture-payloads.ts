/** The Facebook payload builders (facebook-payloads.ts) fed from the real capture on disk, for Node tests. */
import { readFileSync } from 'node:fs';
import { FIXTURES } from './fixture-html';
import { storyScripts, useStoryScripts } from './facebook-payloads';

export const captureStoryScripts = (): string[] => storyScripts(readFileSync(`${FIXTURES}/facebook/page-visitor-fr.html`, 'utf8'));
useStoryScripts(captureStoryScripts);
export * from './facebook-payloads';
