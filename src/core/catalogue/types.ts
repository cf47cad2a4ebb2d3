import type { LocalizedText } from '../messages';
import type { PageSnapshot } from '../snapshot';

export type ProductFamily = 'pbx' | 'helpdesk';

/** Which part of the snapshot a signal looks at. */
export type SignalField =
  | 'url' // the whole URL
  | 'path' // pathname
  | 'hash' // location.hash, e.g. '#/login'
  | 'host' // hostname
  | 'title'
  | 'meta' // `name=content` lines
  | 'script'
  | 'style'
  | 'icon'
  | 'image'
  | 'input' // `type name id autocomplete placeholder label` lines
  | 'form'
  | 'text'
  | 'attr'
  | 'link';

export interface Signal {
  field: SignalField;
  pattern: RegExp;
  /** Points this signal adds when it matches. Strong, product-specific evidence ~ 40-60; weak hints ~ 5-20. */
  weight: number;
  /** Why this is evidence, shown to the user in the popup in the UI's language ("title is the 3CX Management Console title"). */
  note: LocalizedText;
}

/** Page parts that the in-page console module looks for (CSS selectors), per product. */
export interface ConsoleSelectors {
  /** The forgot-password link on the login page. */
  forgotPassword?: string[];
  /** Where a settings page shows the notification / recovery email. */
  recoveryEmail?: string[];
  /** Extension edit form fields (PBX). */
  extensionNumber?: string[];
  extensionPassword?: string[];
  voicemailPin?: string[];
  authId?: string[];
}

export interface ProductSignature {
  /** Stable id, lower case, e.g. '3cx', 'freepbx', 'zendesk'. */
  id: string;
  /** The vendor's own spelling, used in the badge tooltip and the UI: '3CX', 'FreePBX', 'Zendesk'. */
  name: string;
  family: ProductFamily;
  /** Registrable domains the vendor hosts consoles on (a tenant `acme.zendesk.com` is "vendor", not unknown). */
  vendorDomains: string[];
  /**
   * The vendor's own sign-in hosts for its hosted consoles (`id.atlassian.com`), where a console's password is
   * expected besides the console's own origins (reuse protection). Exact hosts; no tenant domain anyone can rent.
   */
  signInHosts?: string[];
  /** Words a password must not contain under tiers with a product-name rule, lower case ('zendesk'). */
  nameTokens: string[];
  signals: Signal[];
  /** Scores nothing on a page without a password field (the generic fallbacks: words alone never make a console). */
  requiresPasswordField?: boolean;
  selectors?: ConsoleSelectors;
}

export interface Detection {
  productId: string;
  productName: string;
  family: ProductFamily;
  /** Sum of matched weights. */
  score: number;
  confidence: 'high' | 'medium' | 'low';
  /** The notes of the matched signals, in both languages (the popup shows the UI's). */
  evidence: LocalizedText[];
  /** A page that shows a login form (password field) for the console. */
  isLogin: boolean;
  /**
   * Its one password field is the current password of a sign-in form (no new password, PIN or auth ID): the
   * console module's field features can wait for the user's first touch of the page.
   */
  signInOnly?: boolean;
}

export type Detector = (snapshot: PageSnapshot) => Detection | null;
