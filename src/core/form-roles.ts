/**
 * What each password field of a console form is for, and what the form is: the in-page meter rates a new
 * password against the tier, tells a login that its current password is below it, checks that a confirmation
 * matches, and treats an extension form's PIN and auth ID by the vendor's weak-extension rules.
 *
 * Evidence, strongest first: the catalogue's per-product selectors, the `autocomplete` attribute
 * (`current-password`, `new-password`), then the field's name, id, label and placeholder in English and German,
 * then the shape of the form (one password next to a user name is a login; three are current, new, confirmation).
 */

export type FieldRole = 'current' | 'new' | 'confirm' | 'pin' | 'authId' | 'other';
export type FormKind = 'login' | 'changePassword' | 'newUser' | 'newExtension' | 'other';

/** A catalogue selector group a field matched (ConsoleSelectors). */
export type CatalogueField = 'extensionNumber' | 'extensionPassword' | 'voicemailPin' | 'authId';

export interface FieldFacts {
  /** The `type` attribute, lower case (`password`, `text`, `email`, …). */
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  label: string;
  placeholder: string;
  inputMode?: string;
  catalogue?: CatalogueField;
}

export interface FormFacts {
  /** Every visible input of the form, in document order. */
  fields: FieldFacts[];
  /** Headings, legends and button texts of the form ("Change password", "Neuer Benutzer"). */
  text?: string;
  /** The detector found a login form on this page. */
  isLoginPage?: boolean;
}

export interface ClassifiedForm {
  kind: FormKind;
  /** One role per field, parallel to `fields`; fields that hold no credential are 'other'. */
  roles: FieldRole[];
  /** Which field gives the rating its context, when the form has one. */
  usernameIndex?: number;
  emailIndex?: number;
  extensionIndex?: number;
  /** For each confirmation field, the new-password field it repeats. */
  confirms: Record<number, number>;
}

const CONFIRM_WORDS = /confirm|repeat|retype|re-?enter|again|verif|bestätig|bestaetig|wiederhol|erneut|nochmal|noch einmal|(pass(word)?|pwd|pw|kennwort|passwort)_?2\b/i;
const CURRENT_WORDS = /current|\bold|old(pass|pw|pwd|_)|existing|present|aktuell|bisherig|derzeitig|\balte[sn]?\b|alte[sn]?(kennwort|passwort)|altpass/i;
const NEW_WORDS = /\bnew|new(pass|pw|pwd|_)|neue[sn]?\b|neue[sn]?(kennwort|passwort)|\bneu\b|choose|create|wählen|waehlen|festlegen|vergeben/i;
const PIN_WORDS = /(^|[^a-z])(vm|voicemail|mailbox)?_?pin([^a-z]|$)|voicemail|mailbox/i;
const AUTH_ID_WORDS = /auth_?id|authentication id|authentifizierungs-?id|sip_?id|sip id/i;
const USER_WORDS = /user|login|benutzer|anmelde|account|konto|agent|member|mitglied/i;
const EMAIL_WORDS = /e-?mail/i;
const EXTENSION_WORDS = /extension|nebenstelle|\bext\b|durchwahl/i;
const NEW_USER_TEXT = /(add|new|create|invite)\s+(user|agent|member|team member|account|staff)|benutzer\s+(anlegen|hinzufügen|erstellen)|neue[rn]?\s+(benutzer|agent|mitarbeiter)|(user|agent|member)\s+(anlegen|hinzufügen)/i;

const describe = (f: FieldFacts): string => `${f.name} ${f.id} ${f.label} ${f.placeholder}`;
const autocompleteTokens = (f: FieldFacts): string[] => f.autocomplete.toLowerCase().split(/\s+/).filter(Boolean);

function isPasswordLike(f: FieldFacts): boolean {
  return f.type === 'password' || f.catalogue === 'extensionPassword' || f.catalogue === 'voicemailPin' || f.catalogue === 'authId';
}

/** The role a field's own attributes give it; undefined when they say nothing. */
function ownRole(f: FieldFacts): FieldRole | undefined {
  if (f.catalogue === 'voicemailPin') return 'pin';
  if (f.catalogue === 'authId') return 'authId';
  const text = describe(f);
  if (f.type === 'password' && PIN_WORDS.test(text)) return 'pin';
  if (f.catalogue === 'extensionPassword') return 'new';
  const auto = autocompleteTokens(f);
  if (auto.includes('current-password')) return 'current';
  if (CONFIRM_WORDS.test(text)) return 'confirm';
  if (auto.includes('new-password')) return 'new';
  if (CURRENT_WORDS.test(text)) return 'current';
  if (NEW_WORDS.test(text)) return 'new';
  return undefined;
}

function firstIndex(fields: FieldFacts[], test: (f: FieldFacts, i: number) => boolean): number | undefined {
  const i = fields.findIndex(test);
  return i < 0 ? undefined : i;
}

export function classifyForm(form: FormFacts): ClassifiedForm {
  const { fields } = form;
  const roles: FieldRole[] = fields.map(() => 'other');
  const unknown: number[] = [];
  fields.forEach((f, i) => {
    if (f.catalogue === 'authId' || (f.type !== 'password' && AUTH_ID_WORDS.test(describe(f)) && form.fields.some((g) => g.catalogue))) {
      roles[i] = 'authId';
      return;
    }
    if (!isPasswordLike(f)) return;
    const role = ownRole(f);
    if (role) roles[i] = role;
    else unknown.push(i);
  });

  const extensionIndex =
    firstIndex(fields, (f) => f.catalogue === 'extensionNumber') ??
    firstIndex(fields, (f) => ['text', 'number', 'tel'].includes(f.type) && EXTENSION_WORDS.test(describe(f)) && !/name|label|bezeichnung|e-?mail|user|login/i.test(describe(f)) && !autocompleteTokens(f).includes('username'));
  const usernameIndex = firstIndex(
    fields,
    (f) => f.type !== 'password' && f.catalogue === undefined && (autocompleteTokens(f).includes('username') || (['text', 'email', ''].includes(f.type) && USER_WORDS.test(describe(f)))),
  );
  const emailIndex = firstIndex(fields, (f) => f.type === 'email' || autocompleteTokens(f).includes('email') || (f.type === 'text' && EMAIL_WORDS.test(describe(f))));

  // Password fields their attributes say nothing about: the form's shape decides.
  if (unknown.length > 0) {
    const known = roles.filter((r) => r === 'current' || r === 'new' || r === 'confirm');
    const passwordCount = known.length + unknown.length;
    // One password beside an extension number is that extension's secret; anywhere else it signs in.
    if (passwordCount === 1) roles[unknown[0]!] = extensionIndex !== undefined && !form.isLoginPage ? 'new' : 'current';
    else if (passwordCount === 3 && known.length === 0) unknown.forEach((i, k) => (roles[i] = (['current', 'new', 'confirm'] as const)[k]!));
    else
      for (const i of unknown) {
        const before = roles.slice(0, i);
        roles[i] = before.includes('new') ? 'confirm' : before.includes('current') || !form.isLoginPage ? 'new' : 'current';
      }
  }

  // Two new-password fields with nothing to tell them apart: the second repeats the first.
  const confirms: Record<number, number> = {};
  let lastNew: number | undefined;
  roles.forEach((role, i) => {
    if (role === 'new') {
      const f = fields[i]!;
      if (lastNew !== undefined && f.catalogue === undefined && fields[lastNew]!.catalogue === undefined && !NEW_WORDS.test(describe(f))) {
        roles[i] = 'confirm';
        confirms[i] = lastNew;
        return;
      }
      lastNew = i;
    } else if (role === 'confirm') {
      const target = lastNew ?? firstIndex(fields, (_, j) => j > i && roles[j] === 'new');
      if (target !== undefined) confirms[i] = target;
      else roles[i] = 'new';
    }
  });
  // A confirmation before any new field (odd markup): it repeats the next new field.
  for (const [c, n] of Object.entries(confirms)) if (roles[n] !== 'new') delete confirms[Number(c)];

  const has = (r: FieldRole) => roles.includes(r);
  let kind: FormKind;
  if ((fields.some((f) => f.catalogue !== undefined) || extensionIndex !== undefined) && (has('new') || has('pin') || has('authId'))) kind = 'newExtension';
  else if (has('new') && has('current')) kind = 'changePassword';
  else if (has('new'))
    kind = NEW_USER_TEXT.test(form.text ?? '') || (usernameIndex !== undefined && !form.isLoginPage) || (emailIndex !== undefined && !form.isLoginPage && !CURRENT_WORDS.test(form.text ?? ''))
      ? 'newUser'
      : 'changePassword';
  else if (has('current')) kind = 'login';
  else kind = 'other';

  return {
    kind,
    roles,
    confirms,
    ...(usernameIndex !== undefined ? { usernameIndex } : {}),
    ...(emailIndex !== undefined ? { emailIndex } : {}),
    ...(extensionIndex !== undefined ? { extensionIndex } : {}),
  };
}

const NOT_TYPED_IN = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file']);

/** An input type a user types a value into (text, password, email, …), not a button, box or hidden value. */
export const isTypedInput = (type: string): boolean => !NOT_TYPED_IN.has(type.toLowerCase());

/**
 * Whether a page's inputs are a sign-in and nothing else: their only credential is the current password (no new
 * password, confirmation, PIN or auth ID), read as classifyForm reads a form, with the page's text as its text.
 */
export function isSignInOnly(fields: readonly FieldFacts[], text: string): boolean {
  const { kind, roles } = classifyForm({ fields: fields.filter((f) => isTypedInput(f.type)), text, isLoginPage: true });
  const credentials = roles.filter((r) => r !== 'other');
  return kind === 'login' && credentials.length === 1 && credentials[0] === 'current';
}
