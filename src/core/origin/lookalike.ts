import { distance } from 'fastest-levenshtein';
import { analyzeHost, charLength, displayHost, type HostAnalysis, isIcannSuffixOrShorter, normalizeHost, skeleton } from './host';
import { parseOriginPattern } from './pattern';

export type LookalikeReason = 'homoglyph' | 'punycode' | 'typo' | 'addedWords' | 'wrongTld' | 'embedded' | 'protectedName';

/**
 * Look-alike detection: does a host imitate a trusted (allow-list) host or a vendor's hosted domain?
 *
 * Hosts are compared by "site": the registrable label plus its public suffix (`acme` + `example`), where a vendor's
 * hosted domain counts as a suffix of its own, so that a tenant `acme.zendesk.com` is the site `acme` under
 * `zendesk.com`. All comparisons run on confusable skeletons, so homoglyphs (`zendеsk` with a Cyrillic е, `acrne`)
 * compare equal to what they imitate.
 *
 * Deliberately NOT look-alikes (false positives cost trust):
 * - the same site as any reference (`helpdesk.acme.example` when `pbx.acme.example` is trusted): same owner;
 * - a genuine tenant of a vendor domain (`other.zendesk.com`), and any host on one vendor's domain compared with
 *   another vendor's domain or tenant (`acme.freshdesk.com` vs `acme.zendesk.com`); within one vendor domain only a
 *   homoglyph or typo of a trusted tenant counts (`acrne.zendesk.com`), and not a difference in digits only
 *   (`acme2` vs `acme1`: numbered tenants of one company);
 * - IP addresses and single-label names, either side: they have no registrable name to imitate;
 * - the product or brand name merely appearing as a sub-domain label (`3cx.acme.de`, `zendesk.acme.com`): that is
 *   how self-hosted and host-mapped consoles are named; only a whole trusted/vendor domain embedded as sub-domains
 *   (`acme.zendesk.com.evil.test`) counts;
 * - a trusted name under another suffix (`acme.com`, `shop.acme.com` when `pbx.acme.de` is trusted; usually the same
 *   organisation's other domain; a vendor's brand under another suffix, `zendesk.co`, does count, and so do the
 *   whole trusted host under another suffix, `pbx.acme.com`, a trusted name followed by another suffix,
 *   `acme.de.com`, and one written with homoglyphs or accents);
 * - typos of short names (fewer than 6 characters: `3cx` vs `3c`, `bvoip` vs `bvoap`; from 10 characters two
 *   edits count), typos of a trusted site under a different suffix (`mueller.de` vs `muller.com`), names differing
 *   only in digits (`customer17` vs `customer18`), and a trusted or vendor name with an ordinary extra word rather
 *   than a lure word (`acme-tools.com`, `zendesk-experts.com`, `starface-hosting.de`, `kunde1.3cx-hosting.de`):
 *   other organisations, partners and resellers have such names (but not with an organisation the allow-list knows
 *   in front, `acme.zendesk-cloud.com`: that is a tenant imitated under a combo-squatted domain).
 *
 * What does count, strongest first: a whole reference domain embedded as sub-domains, or written as one label with
 * hyphens for dots (`pbx-acme-internal.com`; `embedded`); the same name by skeleton under the same suffix, accents
 * and barred letters folded (`homoglyph`, plus `punycode` for IDN; also an accented vendor tenant whose skeleton is a
 * trusted name, `acmé.my3cx.de`); a vendor's brand or a homoglyph of a trusted name under another suffix, the whole
 * trusted host under another suffix, or a reference domain with a suffix appended (`wrongTld`); the name plus lure
 * words or a private-use suffix written out (`acme-internal.com`), or a vendor brand plus words with a known
 * organisation in front (`addedWords`); an edit-distance typo (`typo`). Protected names are judged in verdict.ts.
 */

/** Words that phishing domains add to a name (`zendesk-support`, `acme-login`), English and German. */
const LURE_WORDS = new Set([
  'login', 'logon', 'signin', 'sign', 'auth', 'sso', 'secure', 'security', 'verify', 'verification', 'account',
  'accounts', 'update', 'portal', 'admin', 'support', 'help', 'helpdesk', 'service', 'services', 'servicedesk',
  'desk', 'online', 'web', 'www', 'my', 'app', 'mail', 'pbx', 'voip', 'sip', 'phone', 'office', 'access', 'id',
  'password', 'reset', 'recovery', 'team', 'agent', 'console', 'panel', 'manage', 'manager', 'dashboard', 'system',
  'tenant', 'anmelden', 'anmeldung', 'konto', 'sicher', 'sicherheit', 'zugang', 'hilfe', 'kundenportal',
  'passwort', 'verwaltung', 'telefonanlage',
]);
/**
 * Top-level names that never resolve on the public internet: reserved for private networks (`.internal`, ICANN 2024;
 * `home.arpa`, RFC 8375), for documentation and tests (`.example`, `.test`, RFC 2606) or in common private use
 * (`.lan`, `.corp`, `.local`). A console on `pbx.acme.internal` can only be imitated publicly by writing these as
 * words: `pbx-acme-internal.com`, `acme-internal.com`.
 */
const PRIVATE_USE_LABELS = new Set(['internal', 'home', 'arpa', 'example', 'test', 'local', 'localdomain', 'lan', 'corp', 'intranet', 'private', 'localhost']);

/** Host labels are compared as skeletons (`my` is `rny`), so the words are too. */
let lureSkeletons: Set<string> | undefined;
const isLureWord = (word: string) => (lureSkeletons ??= new Set([...LURE_WORDS].map(skeleton))).has(word);

export interface Reference {
  /** Where it came from: an allow-list pattern or a vendor's hosted domain. */
  kind: 'trusted' | 'vendor';
  host: HostAnalysis;
}

/** A host cut into sub-domain labels, the site label and the suffix (a public suffix or a vendor domain). */
interface Site {
  h: HostAnalysis;
  /** Index of the site label. */
  at: number;
  /** The vendor domain this host is on (as tenant or as the vendor's own apex), if any. */
  vendor: string | null;
  /** True when the site label is a tenant under `vendor` rather than the vendor's own name. */
  tenant: boolean;
}

function siteOf(h: HostAnalysis, vendors: ReadonlySet<string>): Site | null {
  if (h.isIp || h.labels.length < 2) return null;
  for (let i = 0; i < h.labels.length - 1; i++) {
    const suffix = h.suffixes[i]!;
    if (vendors.has(suffix)) return i === 0 ? { h, at: 0, vendor: suffix, tenant: false } : { h, at: i - 1, vendor: suffix, tenant: true };
  }
  return h.siteLabelIndex < 0 ? null : { h, at: h.siteLabelIndex, vendor: null, tenant: false };
}

const siteDomain = (s: Site) => s.h.suffixes[s.at]!;
const siteLabel = (s: Site) => s.h.sLabels[s.at]!;
const siteSuffix = (s: Site) => s.h.sSuffixes[s.at + 1]!;
/** Length in characters of the site label as written (the skeleton of `m` is `rn`, so not that). */
const labelLength = (s: Site) => charLength(s.h.uLabels[s.at]!);

/** How many edits a typo of a name this long may have: none for short names, where near-misses are other names. */
function typoBudget(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

function isOneAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Edit distance with an adjacent swap (`zendeks`) counting as one edit. */
function typoDistance(a: string, b: string): number {
  return isOneAdjacentSwap(a, b) ? 1 : distance(a, b);
}

interface Candidate {
  /** The reference reported as imitated. */
  report: Reference;
  reasons: Set<LookalikeReason>;
  /** Which rule matched: higher is a more certain imitation. */
  strength: number;
  /** Length of the reference string that was imitated (a whole embedded host beats its domain). */
  specificity: number;
}

const STRENGTH: Record<Exclude<LookalikeReason, 'homoglyph' | 'punycode' | 'protectedName'>, number> = {
  embedded: 5,
  wrongTld: 3,
  addedWords: 2,
  typo: 1,
};
/** Same skeleton label and suffix, different actual name: the purest homoglyph imitation. */
const SAME_SKELETON = 4;

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.strength !== b.strength) return a.strength > b.strength;
  if ((a.report.kind === 'trusted') !== (b.report.kind === 'trusted')) return a.report.kind === 'trusted';
  return a.specificity > b.specificity;
}

/** All runs of consecutive labels of `h` from index `from` to before `to` (skeleton strings). */
function runs(labels: string[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    let run = labels[i]!;
    out.add(run);
    for (let j = i + 1; j < to; j++) {
      run += `.${labels[j]}`;
      out.add(run);
    }
  }
  return out;
}

interface Context {
  productId: string;
  /** Trusted tenants per vendor domain, e.g. 'zendesk.com' → [acme.zendesk.com]. */
  tenants: Map<string, Array<[Reference, Site]>>;
  /**
   * Whether a sub-domain label of the host is a name the allow-list knows an organisation by (a trusted site label or
   * trusted tenant label). Asked only for hosts that carry a vendor's brand, and answered once per host: a lookup over
   * every reference.
   */
  knownOrgInFront: () => boolean;
  /** The host's labels up to its site label that contain a hyphen: where a flattened reference could be written. */
  hyphenated: string[];
}

/**
 * Is `word` one that makes `name-word` read as "the same thing, its login page"? A lure word, the product id, a
 * sub-domain label of the reference (`pbx` of `pbx.acme.example`), a short suffix label of it (`com` of
 * `zendesk.com`; not a long one such as `cloud`, which is also an ordinary word), or a trusted tenant of the vendor.
 */
function isStrongExtra(word: string, ref: Site, ctx: Context, after = false): boolean {
  if (isLureWord(word) || word === ctx.productId) return true;
  const { sLabels } = ref.h;
  for (let i = 0; i < sLabels.length; i++) {
    if (sLabels[i] !== word) continue;
    if (i < ref.at || (i > ref.at && ref.h.labels[i]!.length <= 3)) return true;
    // A private-use suffix written out after the name, in its place (`acme-internal`), not any word before it (`test-lab`).
    if (i > ref.at && after && PRIVATE_USE_LABELS.has(ref.h.labels[i]!)) return true;
  }
  return ref.vendor !== null && !ref.tenant && (ctx.tenants.get(ref.vendor)?.some(([, t]) => siteLabel(t) === word) ?? false);
}

/**
 * `acme-pbx-login` vs `acme` (+ sub-domain `pbx`), `zendesk-support` vs `zendesk`, `myzendesk` vs `zendesk`.
 * Hyphen-separated extra words need at least one strong word; words glued on without a hyphen must all be strong
 * (and the name at least 4 characters). A name plus an ordinary word (`acme-tools`, `zendesk-experts`,
 * `starface-hosting`) is left alone: partners and resellers name their own domains like that.
 */
function addedWords(host: Site, ref: Site, ctx: Context): boolean {
  const label = siteLabel(host);
  const name = siteLabel(ref);
  if (label === name) return false;
  const at = label.indexOf(name);
  if (at < 0) return false;
  const before = label.slice(0, at);
  const after = label.slice(at + name.length);
  const extras: Array<[string, boolean]> = [
    ...before.split('-').map((w): [string, boolean] => [w, false]),
    ...after.split('-').map((w): [string, boolean] => [w, true]),
  ].filter(([w]) => w !== '');
  if (extras.length === 0) return false;
  const glued = (before !== '' && !before.endsWith('-')) || (after !== '' && !after.startsWith('-'));
  if (glued) return labelLength(ref) >= 4 && extras.every(([w, isAfter]) => isStrongExtra(w, ref, ctx, isAfter));
  return extras.some(([w, isAfter]) => isStrongExtra(w, ref, ctx, isAfter));
}

/**
 * `pbx.acme.com` vs a trusted `pbx.acme.de`: the whole trusted host, sub-domain labels included, under another suffix.
 * The organisation's name alone under another suffix (`acme.com`, `shop.acme.com`) is most often its other domain and
 * stays unknown; a copy of the console's own host name is what a phishing kit registers (dnstwist's tld-swap).
 */
function mirrorsHost(host: Site, ref: Site): boolean {
  // A console on the apex of a name made for it (`acme-pbx.de`, `helpdesk-acme.de`) is mirrored by the same name under
  // another suffix; the organisation's plain name (`acme.de` vs `acme.com`) is not.
  if (ref.at === 0) return host.at === 0 && siteLabel(ref).split('-').some((w) => w !== '' && isLureWord(w));
  if (host.at < ref.at) return false;
  const subs = ref.h.sLabels.slice(0, ref.at);
  if (subs.every((l) => l === 'www')) return false;
  const mine = host.h.sLabels.slice(host.at - ref.at, host.at);
  return subs.every((l, i) => l === mine[i]);
}

/**
 * A reference written with its dots as hyphens, as one label of the host: `pbx-acme-internal.evil.com` or
 * `pbx-acme-lan.com` for `pbx.acme.internal` / `pbx.acme.lan`. The whole host (three labels or more) counts under any
 * suffix; a two-label domain only when it is a private-use name (`acme-internal`), since `acme-de` is also just a name.
 */
function flattenedIn(ref: Site, ctx: Context): string | null {
  // Runs for every reference: most hosts have no hyphenated label, and then there is nothing to compare.
  if (ctx.hyphenated.length === 0) return null;
  if (ref.h.labels.length >= 3 && ctx.hyphenated.includes(ref.h.sLabels.join('-'))) return ref.h.ascii;
  const domain = ref.h.sLabels.slice(ref.at);
  const privateUse = ref.h.labels.slice(ref.at + 1).every((l) => PRIVATE_USE_LABELS.has(l));
  if (privateUse && domain.length >= 2 && ctx.hyphenated.includes(domain.join('-'))) return siteDomain(ref);
  return null;
}

/**
 * `acme.zendesk-cloud.com`: a vendor's brand joined with other words under an unrelated domain, with an organisation
 * the allow-list knows in front, as a tenant of the vendor would be (combo-squatting). A brand with an ordinary word
 * and no known organisation in front (`zendesk-experts.com`, `kunde1.starface-hosting.de`) is a partner or reseller.
 */
function brandWithKnownTenant(host: Site, ref: Site, ctx: Context): boolean {
  if (ref.vendor === null || ref.tenant || host.at === 0 || labelLength(ref) < 3) return false;
  if (!siteLabel(host).includes(siteLabel(ref))) return false;
  return ctx.knownOrgInFront();
}

function digitsOnlyDifference(a: string, b: string): boolean {
  return /\d/.test(a + b) && a.replace(/\d+/g, '') === b.replace(/\d+/g, '');
}

/** Compare a host with one reference, the host being on an ordinary (non-vendor) domain. */
function compareSite(host: Site, ref: Site, reference: Reference, ctx: Context, subRuns: Set<string>, labelRuns: Set<string>): Candidate | null {
  const h = host.h;
  const reasons = new Set<LookalikeReason>();
  let strength = 0;
  let specificity = 0;
  // Specificity: how much of the reference was imitated. Label rules imitate the name only, so among equally good
  // references (zoho.com, zoho.eu, ...) the first listed wins.
  const note = (reason: LookalikeReason, ruleStrength: number, imitated: string) => {
    reasons.add(reason);
    strength = Math.max(strength, ruleStrength);
    specificity = Math.max(specificity, imitated.length);
  };
  const refName = ref.h.labels[ref.at]!;
  const refDomain = siteDomain(ref);
  const refDomainSkeleton = ref.h.sSuffixes[ref.at]!;

  // The whole reference domain (or host) written as sub-domains of another domain: `acme.zendesk.com.evil.test`.
  if (subRuns.has(refDomainSkeleton)) {
    note('embedded', STRENGTH.embedded, subRuns.has(ref.h.sSuffixes[0]!) ? ref.h.ascii : refDomain);
    if (!runs(h.uLabels, 0, host.at).has(ref.h.uLabels.slice(ref.at).join('.'))) reasons.add('homoglyph');
  }
  // The reference domain with another suffix appended: `acme.example.net`, `zendesk.com.evil`.
  else if (labelRuns.has(refDomainSkeleton) && labelLength(ref) >= 3) {
    note('wrongTld', STRENGTH.wrongTld, refDomain);
  }
  // The reference with its dots flattened into hyphens: `pbx-acme-internal.com`.
  const flattened = flattenedIn(ref, ctx);
  if (flattened) note('embedded', STRENGTH.embedded, flattened);

  const label = siteLabel(host);
  const name = siteLabel(ref);
  const sameSuffix = siteSuffix(host) === siteSuffix(ref);
  const rawLabel = h.uLabels[host.at]!;
  const rawName = ref.h.uLabels[ref.at]!;
  if (label === name) {
    if (sameSuffix) {
      // Equal skeletons, different names (equal names would be the same site): `zendеsk.com`, `acrne.example`.
      note('homoglyph', SAME_SKELETON, refName);
    } else if (labelLength(ref) >= 3 && (reference.kind === 'vendor' || rawLabel !== rawName)) {
      // A trusted name under another suffix (`acme.com` vs `pbx.acme.de`) is most often the same organisation's other
      // domain, so only a vendor's brand (`zendesk.co`) or a homoglyph of the trusted name counts.
      note('wrongTld', STRENGTH.wrongTld, refName);
      if (rawLabel !== rawName) reasons.add('homoglyph');
    } else if (labelLength(ref) >= 3 && reference.kind === 'trusted' && mirrorsHost(host, ref)) {
      // Specificity of the name without its suffix: of `pbx.acme.de` and `pbx.acme.internal`, the first listed wins.
      note('wrongTld', STRENGTH.wrongTld, ref.h.labels.slice(0, ref.at + 1).join('.'));
    }
  } else {
    const budget = typoBudget(labelLength(ref));
    const typoAllowed = sameSuffix || reference.kind === 'vendor';
    if (budget > 0 && typoAllowed && Math.abs(label.length - name.length) <= budget && !digitsOnlyDifference(rawLabel, rawName)) {
      const d = typoDistance(label, name);
      if (d <= budget) {
        note('typo', STRENGTH.typo, refName);
        if (!sameSuffix) reasons.add('wrongTld');
        if (typoDistance(rawLabel, rawName) > d) reasons.add('homoglyph');
      }
    }
    if (addedWords(host, ref, ctx) || brandWithKnownTenant(host, ref, ctx)) {
      note('addedWords', STRENGTH.addedWords, refName);
      if (!rawLabel.includes(rawName)) reasons.add('homoglyph');
    }
  }
  if (strength === 0) return null;
  const idnFrom = reasons.has('embedded') ? 0 : host.at;
  if (h.labels.some((l, i) => i >= idnFrom && l.startsWith('xn--'))) reasons.add('punycode');

  // Imitating a vendor's domain while naming a trusted tenant of it (`acme-zendesk.com`, `acme.zendesk-login.com`,
  // `acme.zendesk.com.br`): report the tenant, which is what the user knows.
  if (ref.vendor !== null && !ref.tenant) {
    const words = new Set([...h.sLabels.slice(0, host.at), ...h.sLabels[host.at]!.split('-')]);
    const tenant = ctx.tenants.get(ref.vendor)?.find(([, site]) => words.has(siteLabel(site)));
    if (tenant) return { report: tenant[0], reasons, strength: strength + 0.5, specificity: tenant[0].host.ascii.length };
  }
  return { report: reference, reasons, strength, specificity };
}

/** Compare a tenant of a vendor domain with a trusted tenant of the same vendor domain. */
function compareTenant(host: Site, ref: Site, reference: Reference): Candidate | null {
  const a = siteLabel(host);
  const b = siteLabel(ref);
  const rawA = host.h.uLabels[host.at]!;
  const rawB = ref.h.uLabels[ref.at]!;
  const reasons = new Set<LookalikeReason>();
  let strength = 0;
  if (a === b) {
    reasons.add('homoglyph');
    strength = SAME_SKELETON;
  } else {
    const budget = typoBudget(labelLength(ref));
    if (budget === 0 || Math.abs(a.length - b.length) > budget || digitsOnlyDifference(rawA, rawB)) return null;
    const d = typoDistance(a, b);
    if (d > budget) return null;
    reasons.add('typo');
    if (typoDistance(rawA, rawB) > d) reasons.add('homoglyph');
    strength = STRENGTH.typo;
  }
  if (host.h.labels[host.at]!.startsWith('xn--')) reasons.add('punycode');
  return { report: reference, reasons, strength, specificity: ref.h.ascii.length };
}

/**
 * `acmé.my3cx.de` when the allow-list knows `acme` (as `pbx.acme.de`, or as a tenant of another vendor): a tenant
 * name that differs from a trusted name only by a diacritic or a homoglyph. Vendors' tenant names are ASCII, so a
 * genuine tenant never looks like this; an ASCII tenant with a trusted name (`acme.my3cx.de`) stays vendor-hosted.
 */
function accentedTenant(host: Site, sites: ReadonlyArray<[Reference, Site]>): Candidate | null {
  const raw = host.h.uLabels[host.at]!;
  if (/^[\x00-\x7f]*$/.test(raw)) return null;
  for (const [reference, site] of sites) {
    if (reference.kind !== 'trusted' || siteLabel(site) !== siteLabel(host) || site.h.uLabels[site.at] === raw) continue;
    const reasons = new Set<LookalikeReason>(['homoglyph']);
    if (host.h.labels[host.at]!.startsWith('xn--')) reasons.add('punycode');
    return { report: reference, reasons, strength: SAME_SKELETON, specificity: reference.host.ascii.length };
  }
  return null;
}

/**
 * The reference a host imitates most convincingly, or null. `vendors` holds every vendor domain (they act as
 * suffixes, so their tenants are sites of their own).
 */
export function findLookalikeAmong(
  hostAscii: string,
  references: readonly Reference[],
  vendors: ReadonlySet<string>,
  productId = '',
): { reference: Reference; reasons: LookalikeReason[] } | null {
  const h = analyzeHost(hostAscii);
  const host = siteOf(h, vendors);
  if (!host || (host.vendor !== null && !host.tenant)) return null;
  const domain = siteDomain(host);

  const sites: Array<[Reference, Site]> = [];
  const tenants = new Map<string, Array<[Reference, Site]>>();
  for (const reference of references) {
    const site = siteOf(reference.host, vendors);
    if (!site) continue;
    if (siteDomain(site) === domain) return null; // the same site as a reference: same owner (or the same tenant)
    sites.push([reference, site]);
    if (site.tenant && reference.kind === 'trusted') {
      const list = tenants.get(site.vendor!) ?? [];
      list.push([reference, site]);
      tenants.set(site.vendor!, list);
    }
  }
  const hyphenated = h.sLabels.slice(0, host.at + 1).filter((l) => l.includes('-'));
  let knownOrg: boolean | undefined;
  const knownOrgInFront = () => {
    if (knownOrg === undefined) {
      const front = new Set(h.sLabels.slice(0, host.at));
      knownOrg = sites.some(([reference, site]) => reference.kind === 'trusted' && front.has(siteLabel(site)) && labelLength(site) >= 3);
    }
    return knownOrg;
  };
  const ctx: Context = { productId: skeleton(productId.toLowerCase()), tenants, knownOrgInFront, hyphenated };

  let best: Candidate | null = null;
  if (host.tenant) {
    for (const [reference, site] of tenants.get(host.vendor!) ?? []) {
      const c = compareTenant(host, site, reference);
      if (c && better(c, best)) best = c;
    }
    if (!best) best = accentedTenant(host, sites);
  } else {
    const subRuns = runs(h.sLabels, 0, host.at);
    const labelRuns = new Set<string>();
    for (let i = 0; i < host.at; i++) labelRuns.add(h.sLabels.slice(i, host.at + 1).join('.'));
    for (const [reference, site] of sites) {
      // Tenants only count when embedded whole (`acme.zendesk.com.evil.test`); otherwise through their vendor's domain.
      if (site.tenant && !subRuns.has(site.h.sSuffixes[site.at]!)) continue;
      const c = compareSite(host, site, reference, ctx, subRuns, labelRuns);
      if (c && better(c, best)) best = c;
    }
  }
  if (!best) return null;
  return { reference: best.report, reasons: REASON_ORDER.filter((r) => best.reasons.has(r)) };
}

const REASON_ORDER: readonly LookalikeReason[] = ['homoglyph', 'punycode', 'typo', 'addedWords', 'wrongTld', 'embedded'];

/** Vendor domains cleaned up: lower-case ASCII, no `*.`/leading or trailing dots; public suffixes (`com`) dropped. */
export function normalizeVendorDomains(domains: readonly string[]): string[] {
  const out = new Set<string>();
  for (const d of domains) {
    const host = normalizeHost(d.trim().replace(/^\*?\./, ''));
    if (host && host.includes('.') && !analyzeHost(host).isIp && !isIcannSuffixOrShorter(host)) out.add(host);
  }
  return [...out];
}

/** The host a reference string names: a host, an origin or an allow-list pattern (`https://*.acme.example`). */
export function referenceHost(ref: string): string | null {
  if (ref.includes('://')) {
    const pattern = parseOriginPattern(ref);
    if (pattern) return pattern.host;
    try {
      return normalizeHost(new URL(ref).hostname);
    } catch {
      return null;
    }
  }
  return normalizeHost(ref.replace(/^\*\./, ''));
}

/** The name to show for a reference. */
export function referenceName(reference: Reference): string {
  return displayHost(reference.host.ascii);
}

/**
 * Does `host` imitate one of `references` (hosts, origins or allow-list patterns)? Returns what it imitates (as shown
 * to people) and why, or null. Hosts listed in `options.vendorDomains` are treated as vendors' hosted domains, so
 * their tenants are genuine (see the rules at the top of this file).
 */
export function findLookalike(
  host: string,
  references: string[],
  options: { vendorDomains?: string[]; productId?: string } = {},
): { of: string; reasons: LookalikeReason[] } | null {
  const ascii = referenceHost(host);
  if (!ascii) return null;
  const vendors = normalizeVendorDomains(options.vendorDomains ?? []);
  const vendorSet = new Set(vendors);
  const refs: Reference[] = vendors.map((v) => ({ kind: 'vendor', host: analyzeHost(v) }));
  for (const r of references) {
    const refAscii = referenceHost(r);
    if (refAscii && !vendorSet.has(refAscii)) refs.push({ kind: 'trusted', host: analyzeHost(refAscii) });
  }
  const found = findLookalikeAmong(ascii, refs, vendorSet, options.productId);
  return found && { of: referenceName(found.reference), reasons: found.reasons };
}
