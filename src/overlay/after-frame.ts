/**
 * Runs `callback` after the next frame, or after 35 ms when no frame comes (a hidden tab), as
 * Preact's hooks do by default; given to Preact as options.requestAnimationFrame for the effects
 * of the overlay's components. The difference: in a document being torn down (a tab closing)
 * Firefox throws NS_ERROR_NOT_INITIALIZED from its timers and requestAnimationFrame, and a state
 * change that lands then (an answer from the worker) must not report an error: there is no page
 * left to run the effects for, so they are dropped.
 */
export function afterNextFrame(callback: () => void): void {
  unlessTornDown(() => {
    let frame = 0;
    const done = () =>
      unlessTornDown(() => {
        clearTimeout(timeout);
        cancelAnimationFrame(frame);
        setTimeout(callback);
      });
    const timeout = setTimeout(done, 35);
    frame = requestAnimationFrame(done);
  });
}

function unlessTornDown(schedule: () => void): void {
  try {
    schedule();
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'NS_ERROR_NOT_INITIALIZED' && !String(error).includes('NS_ERROR_NOT_INITIALIZED')) throw error;
  }
}
