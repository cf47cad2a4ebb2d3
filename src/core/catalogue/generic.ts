import type { ProductSignature, Signal } from './types';
import type { LocalizedText } from '../messages';

/**
 * Fallbacks for consoles nobody listed: a login form on a page that says what it is. Considered by the detector
 * only when no product reaches the threshold, reported at low confidence, and never on a page without a password
 * field (`requiresPasswordField`): an article, a search result page or a shop that talks about phone systems or help
 * desks is never a console, whatever it says.
 *
 * Where the class word (helpdesk, service desk, PBX, Telefonanlage, …) may stand, threshold 50, password field 25:
 * - the title with a login word ("IT Service Desk Login", "Telefonanlage – Anmeldung"): 30, enough with the form;
 * - the URL path as a whole segment (`/helpdesk/login`, `/servicedesk/`; not `/best-helpdesk-software`): 20;
 * - the application name in `<meta name=application-name>`: 20;
 * - the form's action (`action="/helpdesk/login.php"`): 15;
 * - the title alone, without a login word ("Helpdesk"): 10;
 * - headings and other branding text: 10, a mention (a footer link "IT-Helpdesk" on a webmail login is evidence,
 *   not a trigger: ordinary login pages link to their help desk all the time).
 * So two places must carry the class word besides the form (title-only 10 + text 10 + form 25 = 45 stays below:
 * "Best helpdesk software" with a comment login is no console), or the title must name it with a login word.
 */
const LOGIN_WORDS = String.raw`log ?in|sign ?in|anmeld\w*|einloggen|admin\w*|console|konsole|agent|staff`;

/** Title contains a class word and a login word, in either order. */
function titleWith(classWords: string): RegExp {
  return new RegExp(String.raw`^(?=.*(?:${classWords}))(?=.*\b(?:${LOGIN_WORDS})\b)`, 'i');
}

const passwordField: Signal = { field: 'input', pattern: /^password\b/, weight: 25, note: { en: 'page has a password field', de: 'Seite hat ein Kennwortfeld' } };

const PBX_WORDS = String.raw`\bpbx\b|(tele)?phone[ -]system|telefon-?anlage|\btk-?anlage|\bvoip\b.{0,20}\b(server|system)\b`;
const HELPDESK_WORDS = String.raw`help[ -]?desk|service[ -]?desk|ticket[ -]?system|support[ -]?portal`;
/** The class word as a whole URL path segment (optionally with a file extension), where products install themselves. */
const PBX_SEGMENT = String.raw`(?:^|/)(?:pbx|ipbx|telefonanlage|tk-?anlage|phone-?system)(?:[/.]|$)`;
const HELPDESK_SEGMENT = String.raw`(?:^|/)(?:help-?desk|service-?desk|ticket-?system|support-?portal)(?:[/.]|$)`;

function fallback(id: string, name: string, family: ProductSignature['family'], words: string, segment: string, what: LocalizedText): ProductSignature {
  return {
    id,
    name,
    family,
    vendorDomains: [],
    nameTokens: [],
    requiresPasswordField: true,
    signals: [
      { field: 'title', pattern: titleWith(words), weight: 30, note: { en: `title names a ${what.en} login`, de: `Titel nennt eine Anmeldung (${what.de})` } },
      { field: 'title', pattern: new RegExp(words, 'i'), weight: 10, note: { en: `title names a ${what.en}`, de: `Titel nennt ${what.de}` } },
      { field: 'path', pattern: new RegExp(segment, 'i'), weight: 20, note: { en: `URL path names a ${what.en}`, de: `URL-Pfad nennt ${what.de}` } },
      { field: 'meta', pattern: new RegExp(String.raw`^application-name=.*(?:${words})`, 'i'), weight: 20, note: { en: `application name names a ${what.en}`, de: `Anwendungsname nennt ${what.de}` } },
      { field: 'form', pattern: new RegExp(String.raw`^\S*${segment}`, 'i'), weight: 15, note: { en: `login form posts to a ${what.en} path`, de: `Anmeldeformular sendet an einen Pfad, der ${what.de} nennt` } },
      { field: 'text', pattern: new RegExp(words, 'i'), weight: 10, note: { en: `branding names a ${what.en}`, de: `Beschriftung der Seite nennt ${what.de}` } },
      passwordField,
    ],
  };
}

export const genericPbx = fallback('generic-pbx', 'PBX console', 'pbx', PBX_WORDS, PBX_SEGMENT, { en: 'PBX or phone system', de: 'TK-Anlage oder Telefonanlage' });
export const genericHelpdesk = fallback('generic-helpdesk', 'Helpdesk console', 'helpdesk', HELPDESK_WORDS, HELPDESK_SEGMENT, { en: 'helpdesk or service desk', de: 'Helpdesk oder Servicedesk' });

export const GENERIC_SIGNATURES: ProductSignature[] = [genericPbx, genericHelpdesk];
