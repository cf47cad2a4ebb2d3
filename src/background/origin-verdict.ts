import { ALL_VENDOR_DOMAINS, judgeOrigin, matchOriginPattern, signatureById, type ConsoleEntry, type Detection, type TabVerdict } from '../core';

/** Judges a frame's real URL (from the browser) for a detected console, in the shape the badge and popup use. */
export function judge(url: string, detection: Detection, consoles: readonly ConsoleEntry[], protectedNames: readonly string[] = []): TabVerdict['origin'] {
  const v = judgeOrigin({
    url,
    productId: detection.productId,
    consoles: [...consoles],
    vendorDomains: signatureById(detection.productId)?.vendorDomains ?? [],
    allVendorDomains: [...ALL_VENDOR_DOMAINS],
    protectedNames,
  });
  return {
    kind: v.kind,
    host: v.displayHost,
    insecure: v.insecure,
    ...(v.lookalikeOf ? { lookalikeOf: v.lookalikeOf } : {}),
    ...(v.consoleLabel ? { matchedLabel: v.consoleLabel } : {}),
    ...(v.reasons ? { reasons: v.reasons } : {}),
  };
}

/**
 * A console in a frame is only as trustworthy as the page that frames it: a trusted (or vendor-hosted) console
 * inside a cross-origin frame of a page that is not on the allow-list could be overlaid or clickjacked, so it is
 * "unknown".
 */
export function judgeFramed(
  frameUrl: string,
  topUrl: string | undefined,
  detection: Detection,
  consoles: readonly ConsoleEntry[],
  protectedNames: readonly string[] = [],
): TabVerdict['origin'] {
  const own = judge(frameUrl, detection, consoles, protectedNames);
  // A vendor tenant is anyone's to rent: framed by a foreign page it earns no tick either.
  if (!topUrl || (own.kind !== 'trusted' && own.kind !== 'vendor')) return own;
  let topOrigin: string;
  try {
    // blob: and filesystem: URLs carry their creator's origin; URL.origin unwraps it.
    topOrigin = new URL(topUrl).origin;
  } catch {
    return { ...own, kind: 'unknown', framedBy: '' };
  }
  if (topOrigin === new URL(frameUrl).origin) return own;
  const topTrusted = consoles.some((c) => c.origins.some((p) => matchOriginPattern(topOrigin, p)));
  if (topTrusted) return own;
  let framedBy = '';
  try {
    framedBy = topOrigin === 'null' ? '' : new URL(topOrigin).hostname;
  } catch {
    // Opaque top origin: shown as "?".
  }
  return { ...own, kind: 'unknown', framedBy };
}
