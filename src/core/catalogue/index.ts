import { GENERIC_SIGNATURES } from './generic';
import { HELPDESK_SIGNATURES } from './helpdesk';
import { PBX_SIGNATURES } from './pbx';
import type { ProductSignature } from './types';

export { CONSOLE_HINTS, hasConsoleHint, hintedUrl } from './hints';
export { GENERIC_SIGNATURES, HELPDESK_SIGNATURES, PBX_SIGNATURES };

/** Every signature the detector knows, products first, generic fallbacks last. */
export const CATALOGUE: readonly ProductSignature[] = [...PBX_SIGNATURES, ...HELPDESK_SIGNATURES, ...GENERIC_SIGNATURES];

export function signatureById(id: string): ProductSignature | undefined {
  return CATALOGUE.find((s) => s.id === id);
}

/** Every vendor-hosted registrable domain of every product (look-alikes of any of them are phishing). */
export const ALL_VENDOR_DOMAINS: readonly string[] = [...new Set(CATALOGUE.flatMap((s) => s.vendorDomains))];
