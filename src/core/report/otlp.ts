import type { ReportEnvelope } from './envelope';

/**
 * A report as an OpenTelemetry log record, OTLP/HTTP with the JSON encoding (opentelemetry-proto's
 * ExportLogsServiceRequest in proto3 JSON: lowerCamelCase field names, 64-bit integers and nanosecond times as
 * decimal strings, enums as numbers, attributes as `{ key, value: AnyValue }`). Any OpenTelemetry Collector's
 * `otlp` receiver takes it as it is and can route it on by `event_name`.
 *
 * Field choices, from the OpenTelemetry semantic conventions:
 * - resource: `service.name`, `service.version`, `host.name` (reportDevice), `user.name` (reportUser),
 *   `browser.brands` (the browser and its version);
 * - the record: `eventName` = the report type, `log.record.uid` = the event id (kept through retries, for
 *   de-duplication), `timeUnixNano` = when it happened, the event's data as attributes.
 */

export const OTLP_LOGS_PATH = '/v1/logs';
export const OTLP_SERVICE_NAME = 'admin-console-guard';

export type OtlpAnyValue =
  | { stringValue: string }
  | { boolValue: boolean }
  | { intValue: string }
  | { doubleValue: number }
  | { arrayValue: { values: OtlpAnyValue[] } }
  | { kvlistValue: { values: OtlpKeyValue[] } };

export interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}

export interface OtlpLogRecord {
  timeUnixNano: string;
  observedTimeUnixNano: string;
  severityNumber: number;
  severityText: string;
  eventName: string;
  body: OtlpAnyValue;
  attributes: OtlpKeyValue[];
}

export interface OtlpLogsRequest {
  resourceLogs: {
    resource: { attributes: OtlpKeyValue[] };
    scopeLogs: { scope: { name: string; version: string }; logRecords: OtlpLogRecord[] }[];
  }[];
}

/** SeverityNumber values of the log data model. */
const SEVERITY = { INFO: 9, WARN: 13, ERROR: 17 } as const;
type SeverityText = keyof typeof SEVERITY;

/** How urgent each report type is; a type added later without an entry is INFO. */
const SEVERITY_OF: Readonly<Record<string, SeverityText>> = {
  lookalikeVisited: 'ERROR',
  weakPassword: 'WARN',
  recoveryEmailStale: 'WARN',
  recoveryEmailChanged: 'WARN',
  invalidPolicy: 'WARN',
  queueOverflow: 'WARN',
  unknownOrigin: 'INFO',
};

/** A JSON value as an OTLP AnyValue (undefined and null leave the attribute out). */
export function toAnyValue(value: unknown): OtlpAnyValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number') return Number.isSafeInteger(value) ? { intValue: String(value) } : Number.isFinite(value) ? { doubleValue: value } : { stringValue: String(value) };
  if (typeof value === 'bigint') return { intValue: value.toString() };
  if (Array.isArray(value)) return { arrayValue: { values: value.map((v) => toAnyValue(v) ?? { stringValue: '' }) } };
  if (typeof value === 'object') return { kvlistValue: { values: toAttributes(value as Record<string, unknown>) } };
  return { stringValue: String(value) };
}

export function toAttributes(record: Readonly<Record<string, unknown>>): OtlpKeyValue[] {
  const out: OtlpKeyValue[] = [];
  for (const [key, raw] of Object.entries(record)) {
    const value = toAnyValue(raw);
    if (value) out.push({ key, value });
  }
  return out;
}

/** An ISO time as nanoseconds since the epoch, as the decimal string OTLP JSON wants (beyond 2^53: BigInt). */
export function isoToUnixNano(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${iso}`);
  return (BigInt(ms) * 1_000_000n).toString();
}

/** One report as an OTLP ExportLogsServiceRequest holding one log record. */
export function envelopeToOtlp(envelope: ReportEnvelope): OtlpLogsRequest {
  const severity = SEVERITY_OF[envelope.type] ?? 'INFO';
  const time = isoToUnixNano(envelope.time);
  const resource = toAttributes({
    'service.name': OTLP_SERVICE_NAME,
    'service.version': envelope.extensionVersion,
    'host.name': envelope.device,
    'user.name': envelope.user,
    'browser.brands': envelope.browser ? [envelope.browser] : undefined,
  });
  return {
    resourceLogs: [
      {
        resource: { attributes: resource },
        scopeLogs: [
          {
            scope: { name: OTLP_SERVICE_NAME, version: envelope.extensionVersion },
            logRecords: [
              {
                timeUnixNano: time,
                observedTimeUnixNano: time,
                severityNumber: SEVERITY[severity],
                severityText: severity,
                eventName: envelope.type,
                body: { stringValue: envelope.type },
                attributes: [{ key: 'log.record.uid', value: { stringValue: envelope.id } }, ...toAttributes(envelope.data as Record<string, unknown>)],
              },
            ],
          },
        ],
      },
    ],
  };
}

/**
 * The collector URL for OTLP logs: a URL that already ends in /v1/logs is used as it is (a signal-specific
 * endpoint); otherwise it is the collector's base URL and /v1/logs is appended to its path.
 */
export function otlpLogsUrl(reportUrl: string): string {
  const url = new URL(reportUrl);
  if (!url.pathname.replace(/\/+$/, '').endsWith(OTLP_LOGS_PATH)) url.pathname = `${url.pathname.replace(/\/+$/, '')}${OTLP_LOGS_PATH}`;
  return url.href;
}
