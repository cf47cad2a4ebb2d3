import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, launch, setUserSettings, tabIdOf, until, type Harness } from './harness';

/**
 * reportFormat "otlp" against a local receiver that answers like an OpenTelemetry Collector's otlphttp receiver:
 * POST /v1/logs with Content-Type application/json gets 200 and an ExportLogsServiceResponse; anything else 404/415.
 */

interface OtlpRequest {
  path: string;
  contentType: string | undefined;
  authorization: string | undefined;
  body: {
    resourceLogs: {
      resource: { attributes: { key: string; value: Record<string, unknown> }[] };
      scopeLogs: { scope: { name: string }; logRecords: { timeUnixNano: string; eventName: string; severityText: string; attributes: { key: string; value: Record<string, unknown> }[] }[] }[];
    }[];
  };
}

let h: Harness;
let receiver: Server;
let port = 0;
const received: OtlpRequest[] = [];
const refused: string[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/logs') return void (refused.push(`${req.method} ${req.url}`), res.writeHead(404).end());
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return void (refused.push(`content-type ${req.headers['content-type']}`), res.writeHead(415).end());
      received.push({ path: req.url, contentType: req.headers['content-type'], authorization: req.headers['authorization'], body: JSON.parse(text) as OtlpRequest['body'] });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"partialSuccess":{}}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
  h = await launch();
  h.server.add({ host: 'pbx.acme.example.evil.test', path: '/', file: 'pbx/3cx-v16-login.html' });
  h.server.add({ host: 'pbx.branch.example', path: '/admin/config.php', file: 'pbx/freepbx-login.html' });
});
afterAll(async () => {
  await h?.close();
  receiver?.closeAllConnections();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

async function visit(host: string, path: string, hash = '') {
  const page = await h.context.newPage();
  await page.goto(h.server.url(host, path) + hash);
  const tabId = await tabIdOf(h, page);
  await until(async () => (await badgeOf(h, tabId)).text, `a verdict on ${host}`);
  await page.close();
}

const attrs = (list: { key: string; value: Record<string, unknown> }[]) => Object.fromEntries(list.map((a) => [a.key, a.value]));

describe('reportFormat "otlp"', () => {
  it('sends each finding as an OTLP/HTTP JSON log record to <reportUrl>/v1/logs', async () => {
    await setUserSettings(h, {
      consoles: [{ product: '3cx', origins: [h.server.origin('pbx.acme.example')] }],
      reportUrl: `http://127.0.0.1:${port}`,
      reportFormat: 'otlp',
      reportHeaders: { Authorization: 'Bearer otel-test-token' },
      reportDevice: 'LAPTOP-042',
      reportUser: 'jdoe',
    });
    const before = Date.now();
    await visit('pbx.acme.example.evil.test', '/', '#/login');
    await visit('pbx.branch.example', '/admin/config.php');
    await until(() => received.length >= 2 && received, 'two log records at the receiver');
    expect(refused).toEqual([]);

    const records = received.map((r) => r.body.resourceLogs[0]!.scopeLogs[0]!.logRecords[0]!);
    expect(records.map((r) => r.eventName).sort()).toEqual(['lookalikeVisited', 'unknownOrigin']);
    for (const r of received) {
      expect(r.contentType).toMatch(/^application\/json/);
      expect(r.authorization).toBe('Bearer otel-test-token');
      const resource = attrs(r.body.resourceLogs[0]!.resource.attributes);
      expect(resource).toMatchObject({
        'service.name': { stringValue: 'admin-console-guard' },
        'service.version': { stringValue: '0.1.0' },
        'host.name': { stringValue: 'LAPTOP-042' },
        'user.name': { stringValue: 'jdoe' },
      });
      expect(r.body.resourceLogs[0]!.scopeLogs[0]!.scope.name).toBe('admin-console-guard');
    }
    const lookalike = records.find((r) => r.eventName === 'lookalikeVisited')!;
    const a = attrs(lookalike.attributes);
    expect(a['log.record.uid']!['stringValue']).toMatch(/^[0-9a-f]{32}$/);
    expect(a['origin']).toEqual({ stringValue: h.server.origin('pbx.acme.example.evil.test') });
    expect(a['imitates']).toEqual({ stringValue: 'pbx.acme.example' });
    expect(lookalike.severityText).toBe('ERROR');
    // Nanoseconds since the epoch, as a string, within this test's run.
    expect(lookalike.timeUnixNano).toMatch(/^\d{19}$/);
    const ms = Number(BigInt(lookalike.timeUnixNano) / 1_000_000n);
    expect(ms).toBeGreaterThanOrEqual(before - 1000);
    expect(ms).toBeLessThanOrEqual(Date.now());
    // Nothing is left waiting: each record was taken with a 2xx.
    const sw = await h.worker();
    await until(async () => (await sw.evaluate(() => (globalThis as unknown as { acgTest: { queueState: () => Promise<{ events: unknown[] }> } }).acgTest.queueState())).events.length === 0, 'an empty queue');
  });
});
