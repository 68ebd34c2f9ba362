import type { SiteAdapter } from './types';
import { facebookAdapter } from './facebook';
import { xAdapter } from './x';

/** Every site we can read, one adapter each. */
export const ADAPTERS: readonly SiteAdapter[] = [facebookAdapter, xAdapter];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
