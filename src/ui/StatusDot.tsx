import { stateText, type ShownState } from './cadence-text';

/** A coloured dot that also says its state to screen readers (colour is never the only cue). */
export function StatusDot({ state }: { state: ShownState }) {
  return <span class={`status-dot status-${state}`} role="img" aria-label={stateText(state)} title={stateText(state)} />;
}
