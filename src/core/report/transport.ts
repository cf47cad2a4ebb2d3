import type { ReportEnvelope } from './envelope';
import { envelopeToOtlp, otlpLogsUrl } from './otlp';
import type { SendResult } from './queue';

/**
 * How a report travels: one envelope per POST, JSON, no cookies, no referrer, no redirects (a redirect would
 * carry the Authorization header to wherever the collector points, or fail in ways that look like success).
 * Headers come from the reportHeaders policy, e.g. Splunk HEC `Authorization: Splunk <token>` or an Elastic /
 * Logstash HTTP input's `Authorization: Basic …` / `ApiKey …`.
 */

/** Headers a browser sets itself or refuses from script (Fetch "forbidden request-header" names). */
const FORBIDDEN_HEADERS = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;

export interface ReportHeaders {
  headers: Record<string, string>;
  /** Headers left out, each with the reason (for the options page and an invalidPolicy report). */
  problems: { key: string; message: string }[];
}

/**
 * The request headers for the collector: `Content-Type: application/json` plus the reportHeaders policy.
 * A policy header replaces a default of the same name (any case). Header values are never put in problems:
 * they are usually tokens.
 */
export function buildReportHeaders(policyHeaders: Readonly<Record<string, string>> = {}): ReportHeaders {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const problems: ReportHeaders['problems'] = [];
  for (const [name, rawValue] of Object.entries(policyHeaders)) {
    const lower = name.toLowerCase();
    const key = `reportHeaders.${name}`;
    if (!HEADER_NAME.test(name)) problems.push({ key, message: `${key}: not a valid HTTP header name` });
    else if (FORBIDDEN_HEADERS.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-'))
      problems.push({ key, message: `${key}: the browser does not let extensions set this header` });
    else if (typeof rawValue !== 'string' || /[\r\n\0]/.test(rawValue) || /[^\x20-\x7e\x80-\xff\t]/.test(rawValue))
      problems.push({ key, message: `${key}: the value contains characters a header cannot carry (line breaks or non-Latin-1)` });
    else {
      for (const existing of Object.keys(headers)) if (existing.toLowerCase() === lower) delete headers[existing];
      headers[name] = rawValue.trim();
    }
  }
  return { headers, problems };
}

export interface ReportRequest {
  url: string;
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    credentials: 'omit';
    redirect: 'error';
    cache: 'no-store';
    referrerPolicy: 'no-referrer';
  };
}

/** `envelope`: the extension's own JSON (the default); `otlp`: an OTLP/HTTP JSON log record to <reportUrl>/v1/logs. */
export type ReportFormat = 'envelope' | 'otlp';

export function buildReportRequest(envelope: ReportEnvelope, reportUrl: string, policyHeaders?: Readonly<Record<string, string>>, format: ReportFormat = 'envelope'): ReportRequest {
  const otlp = format === 'otlp';
  return {
    url: otlp ? otlpLogsUrl(reportUrl) : reportUrl,
    init: {
      method: 'POST',
      headers: buildReportHeaders(policyHeaders).headers,
      body: JSON.stringify(otlp ? envelopeToOtlp(envelope) : envelope),
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    },
  };
}

/** Retry-After as ms from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{1,10}$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export type FetchLike = (url: string, init: ReportRequest['init'] & { signal?: AbortSignal }) => Promise<{ status: number; headers: { get(name: string): string | null } }>;

export interface SenderOptions {
  fetch: FetchLike;
  reportUrl: string;
  reportHeaders?: Readonly<Record<string, string>>;
  format?: ReportFormat;
  now: () => Date;
  /** Abort a request after this long (a hung collector must not hold the worker). */
  timeoutMs?: number;
}

/** A `send` for flush(): POSTs one envelope, maps the answer to a SendResult, never throws. */
export function makeSender(options: SenderOptions): (envelope: ReportEnvelope) => Promise<SendResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return async (envelope) => {
    try {
      const { url, init } = buildReportRequest(envelope, options.reportUrl, options.reportHeaders, options.format);
      const response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), options.now());
      return { ok: false, status: response.status, message: `HTTP ${response.status}`, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
    } catch (e) {
      return { ok: false, status: 0, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  };
}
