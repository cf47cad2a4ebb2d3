import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureConsoles } from './console-capture';
import { launch, until, type Harness } from './harness';

/**
 * The leak test's console capture reads what it claims to: a secret nested in arrays, objects, Maps, Sets or a thrown
 * object, logged by a page, by a script in an isolated world (where content scripts run) and by the service worker.
 * Chromium itself shows such values only as "Array(1)" or "Object" in the message.
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const secret = (what: string) => `${what}-${randomBytes(6).toString('hex')}`;

describe('console capture (the leak test’s own check)', () => {
  it('catches a secret nested deep in what a page, an isolated world and the service worker log or throw', async () => {
    const consoles = await captureConsoles(h);
    const inArray = secret('in-array');
    const inObject = secret('in-object');
    const inMap = secret('in-map');
    const thrown = secret('thrown');
    const isolated = secret('isolated');
    const worker = secret('worker');
    h.server.add({
      host: 'logger.example',
      path: '/',
      html: `<!doctype html><title>logger</title><script>
        console.log('values:', [[['${inArray}']]]);
        console.warn({ user: 'anna', form: { fields: [{ name: 'password', value: '${inObject}' }] } });
        console.error(new Map([['k', new Set(['${inMap}'])]]));
        setTimeout(() => { throw { reason: { detail: ['${thrown}'] } }; });
      </script>`,
    });
    const page = await h.context.newPage();
    await page.goto(h.server.url('logger.example', '/'));

    const cdp = await h.context.newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'a content script' })) as { executionContextId: number };
    await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: `console.log({ entries: [{ typed: '${isolated}' }] })` });

    await (await h.worker()).evaluate((s) => console.log('state', { queue: [{ body: { fields: [s] } }] }), worker);

    const all = async () => {
      await consoles.flush();
      return consoles.texts.join('\n');
    };
    const seen = await until(async () => {
      const text = await all();
      return [inArray, inObject, inMap, thrown, isolated, worker].every((s) => text.includes(s)) ? text : null;
    }, 'every nested secret in the captured console text');
    expect(seen).toContain(inObject);
    // The message lines alone, as Chromium sends them, carry none of the nested values.
    const lines = consoles.texts.filter((t) => t.startsWith('values:') || t.startsWith('state'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).not.toMatch(/in-array-|worker-/);
    await consoles.stop();
    await page.close();
  });
});
