import type { CadenceState } from '../insights/cadence';
import { stateText } from './cadence-text';

/** A coloured dot that also says its state to screen readers (colour is never the only cue). */
export function StatusDot({ state }: { state: CadenceState }) {
  return <span class={`status-dot status-${state}`} role="img" aria-label={stateText(state)} title={stateText(state)} />;
}
