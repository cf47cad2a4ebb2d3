import { onConsoleView } from './route-watch';

/** What counts as the user starting to use the page: any of these reaching the window (captured before the page). */
const FIRST_USE = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

/**
 * Calls `start` once, at the user's first touch of the page (focus, pointer, key, an input event such as a
 * password manager's fill) or at the console's first route change, whichever comes first. Runs synchronously in
 * the event's capture phase, so listeners `start` adds see the rest of that event's effects (a key's submit).
 */
export function onFirstUse(start: () => void): void {
  let done = false;
  const options = { capture: true, passive: true } as const;
  const stopRoutes = onConsoleView((reason) => {
    if (reason === 'route') once();
  });
  function once(): void {
    if (done) return;
    done = true;
    for (const type of FIRST_USE) removeEventListener(type, once, options);
    stopRoutes();
    start();
  }
  for (const type of FIRST_USE) addEventListener(type, once, options);
}
