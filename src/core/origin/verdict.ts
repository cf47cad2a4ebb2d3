import type { ConsoleEntry } from '../settings/schema';
import { analyzeHost, displayHost, type HostAnalysis, isLoopbackHost } from './host';
import { findLookalikeAmong, type LookalikeReason, normalizeVendorDomains, type Reference, referenceName } from './lookalike';
import { matchesParsed, parseOriginPattern, parsePageOrigin } from './pattern';
import { protectedNameIn } from './protected-names';

export type OriginVerdictKind = 'trusted' | 'vendor' | 'unknown' | 'lookalike';

export interface OriginVerdict {
  kind: OriginVerdictKind;
  /** The page origin, ASCII, as the browser serialises it ('null' for pages without one). */
  origin: string;
  /** The host for people: Unicode where safe; always the punycode form for look-alikes. */
  displayHost: string;
  /** Plain http: on a non-loopback host: credentials cross the network in clear text. */
  insecure: boolean;
  /** trusted: the allow-list pattern that matched, as written in the allow-list. */
  matchedPattern?: string;
  /** trusted: the label of the matched allow-list entry. */
  consoleLabel?: string;
  /** trusted: the matching entry is for another product than the detected one. */
  productMismatch?: boolean;
  /** vendor: the vendor's hosted domain the page is on, e.g. 'zendesk.com'. */
  vendorDomain?: string;
  /** lookalike: the trusted or vendor host it imitates, as shown to people (e.g. 'acme.zendesk.com'). */
  lookalikeOf?: string;
  reasons?: LookalikeReason[];
}

export interface JudgeOriginInput {
  /** The page URL as the browser reports it (tab or frame URL), never anything read from the page's DOM. */
  url: string;
  /** Detected product id, e.g. '3cx', 'zendesk'. */
  productId: string;
  /** The allow-list. */
  consoles: ConsoleEntry[];
  /** The detected product's hosted registrable domains, e.g. ['zendesk.com']. */
  vendorDomains: string[];
  /** Every product's vendor domains: look-alikes of any of them count, and their tenants are never look-alikes. */
  allVendorDomains?: string[];
  /**
   * Names the organisation is known by (`protectedNames`): a console on a host carrying one, off the allow-list and
   * off the registrable domains of the allow-list, is a look-alike (see protected-names.ts).
   */
  protectedNames?: readonly string[];
}

/**
 * The verdict on a detected console's origin, in this order:
 * 1. trusted: the origin matches an allow-list pattern (an entry for the detected product is preferred; an entry for
 *    another product still makes it trusted, with `productMismatch`);
 * 2. on the detected product's vendor domain: vendor, unless the tenant imitates a trusted tenant (`acrne.zendesk.com`);
 * 3. lookalike: the host imitates a trusted host or any vendor domain (see lookalike.ts for the rules), or carries a
 *    protected name while not on a trusted registrable domain (a vendor tenant included: `acme.zendesk.com` when
 *    `acme` is protected and that tenant is not on the list);
 * 4. unknown: everything else, including IP addresses, single-label names, and other hosts of a trusted site.
 * Never throws; an unparsable or non-http(s) URL is unknown with origin 'null'.
 */
export function judgeOrigin(input: JudgeOriginInput): OriginVerdict {
  const page = parsePageOrigin(input.url);
  if (!page) return { kind: 'unknown', origin: 'null', displayHost: '', insecure: false };
  const productId = input.productId.toLowerCase();
  const base = { origin: page.origin, insecure: page.scheme === 'http' && !isLoopbackHost(page.host) };

  const productVendors = normalizeVendorDomains(input.vendorDomains);
  const vendors = new Set([...productVendors, ...normalizeVendorDomains(input.allVendorDomains ?? [])]);
  // One pass over the allow-list: find the matching entry and collect the hosts a look-alike could imitate.
  const references: Reference[] = [...vendors].map((v) => ({ kind: 'vendor', host: analyzeHost(v) }));
  const seen = new Set(vendors);
  let trusted: { pattern: string; entry: ConsoleEntry } | null = null;
  search: for (const entry of input.consoles) {
    for (const pattern of entry.origins) {
      const parsed = parseOriginPattern(pattern);
      if (!parsed) continue;
      if (matchesParsed(page, parsed)) {
        const sameProduct = entry.product.toLowerCase() === productId;
        if (sameProduct || !trusted) trusted = { pattern, entry };
        if (sameProduct) break search;
      }
      if (!seen.has(parsed.host)) {
        seen.add(parsed.host);
        references.push({ kind: 'trusted', host: analyzeHost(parsed.host) });
      }
    }
  }
  if (trusted) {
    const verdict: OriginVerdict = {
      kind: 'trusted',
      ...base,
      displayHost: displayHost(page.host),
      matchedPattern: trusted.pattern,
      productMismatch: trusted.entry.product.toLowerCase() !== productId,
    };
    if (trusted.entry.label !== undefined) verdict.consoleLabel = trusted.entry.label;
    return verdict;
  }

  const host = analyzeHost(page.host);
  const found = host.isIp ? null : findLookalikeAmong(page.host, references, vendors, productId);
  if (found) {
    return { kind: 'lookalike', ...base, displayHost: page.host, lookalikeOf: referenceName(found.reference), reasons: found.reasons };
  }
  const named = host.isIp ? null : protectedNameIn(page.host, input.protectedNames ?? []);
  if (named && !onTrustedSite(host, references, vendors)) {
    return { kind: 'lookalike', ...base, displayHost: page.host, lookalikeOf: named, reasons: ['protectedName'] };
  }
  const vendorDomain = productVendors.find((v) => page.host === v || page.host.endsWith(`.${v}`));
  if (vendorDomain) return { kind: 'vendor', ...base, displayHost: displayHost(page.host), vendorDomain };
  return { kind: 'unknown', ...base, displayHost: displayHost(page.host) };
}

/** The registrable domain of a host, where a vendor's hosted domain counts as a suffix (`acme.zendesk.com`). */
function siteKey(h: HostAnalysis, vendors: ReadonlySet<string>): string | null {
  for (let i = 1; i < h.labels.length; i++) if (vendors.has(h.suffixes[i]!)) return h.suffixes[i - 1]!;
  return h.siteLabelIndex < 0 ? null : h.suffixes[h.siteLabelIndex]!;
}

/** Whether a host is on the registrable domain of an allow-listed host (another host of the same organisation). */
function onTrustedSite(host: HostAnalysis, references: readonly Reference[], vendors: ReadonlySet<string>): boolean {
  const key = siteKey(host, vendors);
  return key !== null && references.some((r) => r.kind === 'trusted' && siteKey(r.host, vendors) === key);
}
