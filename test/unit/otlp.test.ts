import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildReportRequest, envelopeToOtlp, isoToUnixNano, makeEnvelope, makeSender, otlpLogsUrl, toAnyValue, type FetchLike, type ReportEnvelope } from '../../src/core';

/**
 * The OTLP/HTTP JSON encoding of ExportLogsServiceRequest (opentelemetry-proto, logs/v1/logs.proto and
 * common/v1/common.proto, in the proto3 JSON mapping OTLP prescribes): lowerCamelCase names, 64-bit integers and
 * fixed64 times as decimal strings, enums as integers, AnyValue as exactly one of its fields. Strict objects: a
 * misspelt field (which a collector silently drops) fails here.
 */
const Uint64String = z.string().regex(/^(0|[1-9]\d{0,19})$/);
type AnyValue = { [k: string]: unknown };
const AnyValueSchema: z.ZodType<AnyValue> = z.lazy(() =>
  z.union([
    z.strictObject({ stringValue: z.string() }),
    z.strictObject({ boolValue: z.boolean() }),
    z.strictObject({ intValue: z.string().regex(/^-?\d{1,19}$/) }),
    z.strictObject({ doubleValue: z.number() }),
    z.strictObject({ arrayValue: z.strictObject({ values: z.array(AnyValueSchema) }) }),
    z.strictObject({ kvlistValue: z.strictObject({ values: z.array(KeyValueSchema) }) }),
    z.strictObject({ bytesValue: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }),
  ]),
);
const KeyValueSchema = z.strictObject({ key: z.string().min(1), value: AnyValueSchema });
const LogRecordSchema = z.strictObject({
  timeUnixNano: Uint64String,
  observedTimeUnixNano: Uint64String,
  severityNumber: z.number().int().min(0).max(24),
  severityText: z.string(),
  body: AnyValueSchema,
  attributes: z.array(KeyValueSchema),
  droppedAttributesCount: z.number().int().optional(),
  flags: z.number().int().optional(),
  traceId: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  spanId: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  eventName: z.string().min(1),
});
const ExportLogsServiceRequestSchema = z.strictObject({
  resourceLogs: z.array(
    z.strictObject({
      resource: z.strictObject({ attributes: z.array(KeyValueSchema), droppedAttributesCount: z.number().int().optional() }),
      schemaUrl: z.string().optional(),
      scopeLogs: z.array(
        z.strictObject({
          scope: z.strictObject({ name: z.string(), version: z.string().optional(), attributes: z.array(KeyValueSchema).optional() }),
          schemaUrl: z.string().optional(),
          logRecords: z.array(LogRecordSchema),
        }),
      ),
    }),
  ),
});

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
const meta = { now: new Date('2026-12-03T09:30:15.123Z'), extensionVersion: '0.1.0', browser: 'Google Chrome 156', device: 'PC-0042', user: 'ACME\\jdoe', randomBytes: bytes };

const attr = (list: { key: string; value: AnyValue }[], key: string) => list.find((a) => a.key === key)?.value;

describe('OTLP log records', () => {
  const envelope = makeEnvelope({
    type: 'lookalikeVisited',
    data: { product: '3cx', origin: 'https://pbx.acrne.example:5001', imitates: 'pbx.acme.example', reasons: ['homoglyph', 'typo'], action: 'block' },
    ...meta,
  });
  const otlp = envelopeToOtlp(envelope);

  it('is a valid ExportLogsServiceRequest in the OTLP JSON encoding', () => {
    expect(ExportLogsServiceRequestSchema.safeParse(JSON.parse(JSON.stringify(otlp))).error).toBeUndefined();
  });

  it('carries service, version, device, user and browser as resource attributes', () => {
    const resource = otlp.resourceLogs[0]!.resource.attributes;
    expect(resource).toEqual([
      { key: 'service.name', value: { stringValue: 'admin-console-guard' } },
      { key: 'service.version', value: { stringValue: '0.1.0' } },
      { key: 'host.name', value: { stringValue: 'PC-0042' } },
      { key: 'user.name', value: { stringValue: 'ACME\\jdoe' } },
      { key: 'browser.brands', value: { arrayValue: { values: [{ stringValue: 'Google Chrome 156' }] } } },
    ]);
  });

  it('names the event, keeps its id, times it in nanoseconds and puts the data in attributes', () => {
    const record = otlp.resourceLogs[0]!.scopeLogs[0]!.logRecords[0]!;
    expect(record.eventName).toBe('lookalikeVisited');
    expect(record.timeUnixNano).toBe('1796290215123000000');
    expect(BigInt(record.timeUnixNano) / 1_000_000n).toBe(BigInt(Date.parse(envelope.time)));
    expect(record).toMatchObject({ severityNumber: 17, severityText: 'ERROR' });
    expect(attr(record.attributes, 'log.record.uid')).toEqual({ stringValue: envelope.id });
    expect(attr(record.attributes, 'origin')).toEqual({ stringValue: 'https://pbx.acrne.example:5001' });
    expect(attr(record.attributes, 'reasons')).toEqual({ arrayValue: { values: [{ stringValue: 'homoglyph' }, { stringValue: 'typo' }] } });
  });

  it('maps every JSON type to its AnyValue: integers as strings, nested objects as kvlists, null left out', () => {
    expect(toAnyValue(42)).toEqual({ intValue: '42' });
    expect(toAnyValue(-7)).toEqual({ intValue: '-7' });
    expect(toAnyValue(1.5)).toEqual({ doubleValue: 1.5 });
    expect(toAnyValue(true)).toEqual({ boolValue: true });
    expect(toAnyValue(null)).toBeUndefined();
    expect(toAnyValue({ key: 'consoles', message: 'x' })).toEqual({ kvlistValue: { values: [{ key: 'key', value: { stringValue: 'consoles' } }, { key: 'message', value: { stringValue: 'x' } }] } });
    const stale = envelopeToOtlp(
      makeEnvelope({ type: 'recoveryEmailStale', data: { product: '3cx', console: 'PBX', origins: ['https://pbx.acme.example'], finding: 'recoveryEmailStale', ageDays: 120, maxAgeDays: 90 }, ...meta, device: '', user: '' }),
    );
    expect(ExportLogsServiceRequestSchema.safeParse(stale).error).toBeUndefined();
    const record = stale.resourceLogs[0]!.scopeLogs[0]!.logRecords[0]!;
    expect(attr(record.attributes, 'ageDays')).toEqual({ intValue: '120' });
    // No device or user set: no empty attributes.
    expect(stale.resourceLogs[0]!.resource.attributes.map((a) => a.key)).toEqual(['service.name', 'service.version', 'browser.brands']);
  });

  it('every event type validates', () => {
    const inputs = [
      { type: 'unknownOrigin', data: { product: 'zendesk', origin: 'https://help.acme.example' } },
      { type: 'weakPassword', data: { product: '3cx', origin: 'https://pbx.acme.example', tier: 'recommended', failedRules: ['minLength'], form: 'login' } },
      { type: 'recoveryEmailChanged', data: { product: '3cx', console: 'PBX', origins: ['https://pbx.acme.example'], from: 'a@acme.example', to: 'b@evil.example' } },
      { type: 'invalidPolicy', data: { problems: [{ key: 'passwordTier', message: 'passwordTier: invalid' }] } },
    ] as const;
    for (const input of inputs) {
      const out = envelopeToOtlp(makeEnvelope({ ...input, ...meta } as Parameters<typeof makeEnvelope>[0]));
      expect(ExportLogsServiceRequestSchema.safeParse(out).error, input.type).toBeUndefined();
      expect(out.resourceLogs[0]!.scopeLogs[0]!.logRecords[0]!.eventName).toBe(input.type);
    }
  });

  it('nanosecond times stay exact beyond 2^53', () => {
    expect(isoToUnixNano('2262-04-11T23:47:16.854Z')).toBe('9223372036854000000');
    expect(() => isoToUnixNano('soon')).toThrow(RangeError);
  });
});

describe('OTLP transport', () => {
  it('posts to <base>/v1/logs unless the URL already names it', () => {
    expect(otlpLogsUrl('https://otel.acme.example:4318')).toBe('https://otel.acme.example:4318/v1/logs');
    expect(otlpLogsUrl('https://otel.acme.example/collector/')).toBe('https://otel.acme.example/collector/v1/logs');
    expect(otlpLogsUrl('https://otel.acme.example/v1/logs')).toBe('https://otel.acme.example/v1/logs');
    expect(otlpLogsUrl('http://127.0.0.1:4318/v1/logs/')).toBe('http://127.0.0.1:4318/v1/logs/');
  });

  it('the request body is the OTLP record; the envelope stays the default', async () => {
    const e = makeEnvelope({ type: 'unknownOrigin', data: { product: '3cx', origin: 'https://pbx.acme.example' }, ...meta });
    const otlp = buildReportRequest(e, 'https://otel.acme.example:4318', { Authorization: 'Bearer t' }, 'otlp');
    expect(otlp.url).toBe('https://otel.acme.example:4318/v1/logs');
    expect(otlp.init.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer t' });
    expect(JSON.parse(otlp.init.body)).toEqual(envelopeToOtlp(e));
    expect(JSON.parse(buildReportRequest(e, 'https://siem.acme.example/hook').init.body)).toEqual(e as ReportEnvelope);

    const calls: string[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push(`${url} ${JSON.parse(init.body).resourceLogs ? 'otlp' : 'envelope'}`);
      return { status: 200, headers: new Headers() };
    };
    await makeSender({ fetch, reportUrl: 'https://otel.acme.example:4318', format: 'otlp', now: () => new Date() })(e);
    expect(calls).toEqual(['https://otel.acme.example:4318/v1/logs otlp']);
  });
});
