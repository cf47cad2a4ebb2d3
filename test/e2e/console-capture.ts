import type { CDPSession } from 'playwright-core';
import type { Harness } from './harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Runs in the logging context on an object a message carried: all it holds as text, nested values included (arrays,
 * plain objects, Map and Set entries, errors, an input element's value), without calling getters. Cycles and depth
 * are bounded. A string function: it is sent to the context as source.
 */
const DEEP_TEXT = `function () {
  const out = [];
  const seen = new Set();
  let budget = 1000000;
  const walk = (v, depth) => {
    if (budget <= 0) return;
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      const s = typeof v === 'symbol' ? v.toString() : String(v);
      out.push(s);
      budget -= s.length;
      return;
    }
    if (seen.has(v) || depth > 30) return;
    seen.add(v);
    try {
      if (v instanceof Map) for (const [k, x] of v) { walk(k, depth + 1); walk(x, depth + 1); }
      else if (v instanceof Set) for (const x of v) walk(x, depth + 1);
      if (v instanceof Error) out.push(String(v.message), String(v.stack));
      if (typeof HTMLInputElement === 'function' && v instanceof HTMLInputElement) out.push(v.value);
      for (const k of Reflect.ownKeys(v)) {
        out.push(String(k));
        const d = Object.getOwnPropertyDescriptor(v, k);
        if (d && 'value' in d) walk(d.value, depth + 1);
      }
    } catch (e) {
      out.push('[unreadable: ' + e + ']');
    }
  };
  walk(this, 0);
  return out.join(' ');
}`;

interface RemoteObject {
  value?: unknown;
  description?: string;
  unserializableValue?: string;
  objectId?: string;
}

/**
 * Every console message and uncaught exception of every context of the browser: pages (their own scripts and the
 * extension's content scripts in isolated worlds), the service worker, the offscreen document and its worker.
 * Uses a browser-level DevTools session; each target is attached without flattening, so one session carries all.
 * Runtime.enable replays what a context logged before it was attached. An object logged (or thrown) is read whole
 * in its context, however deep a value sits in it; `flush` waits for those reads.
 */
export async function captureConsoles(h: Harness): Promise<{ texts: string[]; targets: Set<string>; flush: () => Promise<void>; stop: () => Promise<void> }> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser-level DevTools session for this context');
  const session: CDPSession = await browser.newBrowserCDPSession();
  const texts: string[] = [];
  const targets = new Set<string>();
  const attached = new Set<string>();
  const answers = new Map<number, { sessionId: string; resolve: (reply: { result?: unknown; error?: unknown }) => void }>();
  const reads = new Set<Promise<void>>();
  let id = 0;
  const call = (sessionId: string, method: string, params: object = {}) =>
    new Promise<{ result?: unknown; error?: unknown }>((resolve) => {
      const n = ++id;
      answers.set(n, { sessionId, resolve });
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params }) }).catch((error: unknown) => {
        answers.delete(n);
        resolve({ error });
      });
    });

  const describe = (arg: RemoteObject) =>
    arg.value !== undefined ? (typeof arg.value === 'string' ? arg.value : JSON.stringify(arg.value)) : (arg.description ?? arg.unserializableValue ?? '');

  /** The object's whole content as text, read in its context (an object whose context went first is marked unread). */
  const readDeep = (sessionId: string, arg: RemoteObject | undefined) => {
    if (!arg?.objectId) return;
    const read = call(sessionId, 'Runtime.callFunctionOn', { objectId: arg.objectId, functionDeclaration: DEEP_TEXT, returnByValue: true, silent: true }).then(({ result, error }) => {
      const value = (result as { result?: { value?: unknown } } | undefined)?.result?.value;
      texts.push(typeof value === 'string' ? value : `[object not read: ${JSON.stringify(error ?? result)}]`);
    });
    reads.add(read);
    void read.finally(() => reads.delete(read));
  };

  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const msg = JSON.parse(event.message) as { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: unknown };
    if (msg.id !== undefined) {
      answers.get(msg.id)?.resolve({ result: msg.result, error: msg.error });
      answers.delete(msg.id);
    } else if (msg.method === 'Runtime.consoleAPICalled') {
      const args = (msg.params!['args'] as RemoteObject[]) ?? [];
      texts.push(args.map(describe).join(' '));
      for (const arg of args) readDeep(event.sessionId, arg);
    } else if (msg.method === 'Runtime.exceptionThrown') {
      const details = msg.params!['exceptionDetails'] as { exception?: RemoteObject };
      texts.push(JSON.stringify(details));
      readDeep(event.sessionId, details.exception);
    } else if (msg.method === 'Log.entryAdded') {
      texts.push(JSON.stringify(msg.params!['entry']));
    }
  });

  const attach = async (t: TargetInfo) => {
    if (attached.has(t.targetId) || !['page', 'service_worker', 'background_page', 'worker', 'shared_worker', 'other'].includes(t.type)) return;
    attached.add(t.targetId);
    try {
      const { sessionId } = (await session.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
      targets.add(`${t.type} ${t.url}`);
      void call(sessionId, 'Runtime.enable');
      void call(sessionId, 'Log.enable');
    } catch {
      // Gone before we got there.
    }
  };
  // A context that goes away answers nothing more: its open questions end unanswered.
  session.on('Target.detachedFromTarget', (e: { sessionId: string }) => {
    for (const [n, a] of answers)
      if (a.sessionId === e.sessionId) {
        answers.delete(n);
        a.resolve({ error: 'target gone' });
      }
  });
  session.on('Target.targetCreated', (e: { targetInfo: TargetInfo }) => void attach(e.targetInfo));
  session.on('Target.targetInfoChanged', (e: { targetInfo: TargetInfo }) => void attach(e.targetInfo));
  await session.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  await Promise.all(targetInfos.map(attach));
  const flush = async () => {
    while (reads.size) await Promise.all([...reads]);
  };
  return {
    texts,
    targets,
    flush,
    stop: async () => {
      await flush();
      await session.detach();
    },
  };
}
