// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The console module's view hook (src/content/route-watch.ts): the first view, route changes (hash, history) and
 * settled DOM changes reach every subscriber, a burst of mutations once. One module instance per document, as in a
 * console frame, so each test loads it afresh.
 */
beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  document.body.innerHTML = '<app-root></app-root>';
  history.replaceState(null, '', '/#/login');
});
afterEach(() => vi.useRealTimers());

async function subscribe() {
  const { onConsoleView, currentRoute } = await import('../../src/content/route-watch');
  const seen: string[] = [];
  const stop = onConsoleView((reason) => seen.push(`${reason} ${currentRoute().hash}`));
  return { seen, stop, currentRoute };
}

const settle = async () => {
  await Promise.resolve(); // MutationObserver records are delivered as a microtask
  await vi.advanceTimersByTimeAsync(350);
};

describe('onConsoleView', () => {
  it('reports the first view, then a hash route change', async () => {
    const { seen } = await subscribe();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['start #/login']);
    location.hash = '#/office/settings/email';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(seen).toEqual(['start #/login', 'route #/office/settings/email']);
  });

  it('sees a history.pushState route by the DOM change that follows it', async () => {
    const { seen } = await subscribe();
    await vi.advanceTimersByTimeAsync(0);
    history.pushState(null, '', '/#/office/dashboard');
    document.querySelector('app-root')!.innerHTML = '<h1>Dashboard</h1>';
    await settle();
    expect(seen.at(-1)).toBe('route #/office/dashboard');
  });

  it('runs once for a burst of DOM changes, and again for a later one', async () => {
    const { seen } = await subscribe();
    await vi.advanceTimersByTimeAsync(0);
    const root = document.querySelector('app-root')!;
    for (let i = 0; i < 200; i++) root.append(document.createElement('span'));
    await settle();
    expect(seen).toEqual(['start #/login', 'dom #/login']);
    root.setAttribute('class', 'code-step');
    await settle();
    expect(seen).toEqual(['start #/login', 'dom #/login', 'dom #/login']);
  });

  it('stops calling a subscriber that unsubscribed; another one still runs, even after one throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { onConsoleView } = await import('../../src/content/route-watch');
    const a: string[] = [];
    const b: string[] = [];
    const stopA = onConsoleView((r) => a.push(r));
    onConsoleView(() => {
      throw new Error('hostile page');
    });
    onConsoleView((r) => b.push(r));
    await vi.advanceTimersByTimeAsync(0);
    stopA();
    document.body.append(document.createElement('div'));
    await settle();
    expect(a).toEqual(['start']);
    expect(b).toEqual(['start', 'dom']);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('gives the route without its query (tokens stay out)', async () => {
    history.replaceState(null, '', '/scp/profile.php?auth=secret#/x?token=abc');
    const { currentRoute } = await import('../../src/content/route-watch');
    expect(currentRoute()).toEqual({ path: '/scp/profile.php', hash: '#/x' });
  });
});
