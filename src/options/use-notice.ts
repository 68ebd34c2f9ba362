import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a confirmation ("Saved.") stays before it goes by itself. */
export const NOTICE_MS = 5000;

/**
 * A short-lived message: shown after an action, gone after NOTICE_MS or as soon as the next
 * action starts (`clear`), so that an old "Saved." never seems to answer a new change.
 * `lasting` keeps it until the next action: an error the admin must have time to read.
 */
export function useNotice<T>(): { notice: T | undefined; show: (value: T, lasting?: boolean) => void; clear: () => void } {
  const [notice, setNotice] = useState<T>();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const clear = () => {
    clearTimeout(timer.current);
    setNotice(undefined);
  };
  const show = (value: T, lasting = false) => {
    clearTimeout(timer.current);
    setNotice(() => value);
    if (!lasting) timer.current = setTimeout(() => setNotice(undefined), NOTICE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return { notice, show, clear };
}
