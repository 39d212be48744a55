import { useEffect, type RefObject } from 'react';

const PHONE = '(max-width: 800px)';

/**
 * On a phone the detail panel sits below a long list: bring it into view when it opens, so
 * choosing something visibly does something.
 */
export function useRevealOnPhone(ref: RefObject<HTMLElement | null>, ready: boolean) {
  useEffect(() => {
    if (ready && window.matchMedia(PHONE).matches) ref.current?.scrollIntoView({ block: 'start' });
  }, [ref, ready]);
}
