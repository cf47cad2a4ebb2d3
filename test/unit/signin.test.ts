import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  classifyView,
  isCodeInput,
  DAYS_TO_RAISE,
  IDLE,
  lastSignInText,
  noSecondFactorFinding,
  parseSignInRecord,
  parseSignInState,
  parseSignInView,
  recordSignIn,
  secondFactorDoor,
  SIGNIN_FACTS,
  SWITCH_ON,
  SIGNIN_WINDOW_MS,
  ssoHandOff,
  step,
  type SignInEvent,
  type SignInState,
  type SignInVerdict,
  type SignInView,
} from '../../src/core';

const view = (v: Partial<SignInView>): SignInView => ({ path: '/', hash: '', passwordFields: 0, inputs: [], text: '', links: [], ...v });

/** Runs a sequence of events (views given as plain views of `product`) and returns the verdicts it produced. */
function run(product: string, events: ({ password: true; codeTyped?: boolean } | { sso: string | true } | SignInView)[], start = 1_000_000): { verdicts: SignInVerdict[]; state: SignInState } {
  let state: SignInState = IDLE;
  const verdicts: SignInVerdict[] = [];
  events.forEach((e, i) => {
    const at = start + i * 5_000;
    const event: SignInEvent =
      'password' in e ? { kind: 'password', at, codeTyped: e.codeTyped === true } : 'sso' in e ? { kind: 'sso', at, ...(e.sso === true ? {} : { idp: e.sso }) } : { kind: 'view', at, view: classifyView(product, e) };
    const r = step(state, event);
    state = r.state;
    if (r.verdict) verdicts.push(r.verdict);
  });
  return { verdicts, state };
}

/** 3CX V20: one document; #/login, then (with 2FA) a security-code form on the same route, then #/office/…. */
const threecx = {
  login: view({ hash: '#/login', passwordFields: 1, inputs: ['text Username loginInput username  Username', 'password Password passwordInput current-password  Password'], text: 'Sign in\nForgot password?' }),
  code: view({ hash: '#/login', inputs: ['text SecurityCode securityCode one-time-code  Security code'], text: 'Two-factor authentication\nEnter the security code from your authenticator app\nOK' }),
  codeDe: view({ hash: '#/login', inputs: ['text   Sicherheitscode'], text: 'Bitte geben Sie den Sicherheitscode ein\nOK' }),
  dashboard: view({ hash: '#/office/dashboard', text: 'Dashboard\nUsers\nSettings' }),
  usersWith2faSetting: view({ hash: '#/office/users/edit/12', inputs: ['text Number number', 'checkbox Enable2FA enable2fa   Enable 2FA'], text: 'Enable 2FA\nSave\nEnter the code from your authenticator app' }),
};

/** osTicket: a page per step; login.php (do=scplogin), login.php again with the 2FA form (do=2fa), then index.php. */
const osticket = {
  login: view({ path: '/scp/login.php', passwordFields: 1, inputs: ['text userid name  Email or Username', 'password passwd pass  Password'], text: 'Log In\nForgot My Password' }),
  failed: view({ path: '/scp/login.php', passwordFields: 1, inputs: ['text userid name  Email or Username', 'password passwd pass  Password'], text: 'Access denied\nLog In' }),
  code: view({ path: '/scp/login.php', inputs: ['text _f12   Verification Code'], text: '2FA Pending\nVerify' }),
  dashboard: view({ path: '/scp/index.php', text: 'Dashboard\nTickets\nLog Out', links: ['/scp/logout.php', '/scp/profile.php'] }),
};

/** Zammad 6: SPA; #login, then a "Security Code" step, then #dashboard (sign out in the avatar menu). */
const zammad = {
  login: view({ hash: '#login', passwordFields: 1, inputs: ['text username  username  Username / email', 'password password  current-password  Password'], text: 'Sign in' }),
  code: view({ hash: '#login', inputs: ['text security_code  one-time-code  Security Code'], text: 'Enter the code from your two-factor authenticator app.\nSign in' }),
  key: view({ hash: '#login', text: 'Security key\nTry using your security key again.\nRetry' }),
  dashboard: view({ hash: '#dashboard', text: 'Dashboard\nSign out', links: ['/#logout'] }),
};

/** Znuny/OTRS: the Google Authenticator token field sits on the login form itself. */
const znuny = {
  login: view({ path: '/otrs/index.pl', passwordFields: 1, inputs: ['text User User username  Username', 'password Password Password current-password  Password', 'text TwoFactorToken TwoFactorToken   2 Factor Token'], text: 'Login' }),
  dashboard: view({ path: '/otrs/index.pl', text: 'Dashboard\nLogout', links: ['/otrs/index.pl#', '/otrs/index.pl'] }),
};

/** Zendesk with SSO: the login page hands off to the identity provider, which comes back signed in. */
const zendesk = {
  login: view({ path: '/access/login', passwordFields: 1, inputs: ['email user[email] user_email username  Email', 'password user[password] user_password current-password  Password'], text: 'Sign in to Acme\nSign in with Microsoft' }),
  agent: view({ path: '/agent/dashboard', text: 'Views\nSign out' }),
};

describe('classifyView', () => {
  it('tells a login form, a code step, a key prompt and the signed-in console apart', () => {
    expect(classifyView('3cx', threecx.login).kind).toBe('password');
    expect(classifyView('3cx', threecx.code)).toEqual({ kind: 'secondFactor', factor: 'otp' });
    expect(classifyView('3cx', threecx.codeDe)).toEqual({ kind: 'secondFactor', factor: 'otp' });
    expect(classifyView('3cx', threecx.dashboard).kind).toBe('signedIn');
    expect(classifyView('osticket', osticket.code)).toEqual({ kind: 'secondFactor', factor: 'otp' });
    expect(classifyView('osticket', osticket.dashboard).kind).toBe('signedIn');
    expect(classifyView('zammad', zammad.key)).toEqual({ kind: 'secondFactor', factor: 'webauthn' });
    expect(classifyView('znuny', znuny.login)).toEqual({ kind: 'password', codeOnLoginForm: true });
  });

  it('judges a signed-in page that talks about 2FA (a settings page) as signed in, not as a code step', () => {
    expect(classifyView('3cx', threecx.usersWith2faSetting).kind).toBe('signedIn');
    // A change-password page has password fields, and a way out, or a signed-in route: signed in, never a login form.
    expect(classifyView('osticket', view({ path: '/scp/profile.php', passwordFields: 2, text: 'Change Password\nLog Out' })).kind).toBe('signedIn');
    expect(classifyView('3cx', view({ hash: '#/office/profile/password', passwordFields: 3, text: 'Change password\nSave' })).kind).toBe('signedIn');
    expect(classifyView('generic-pbx', view({ path: '/password', passwordFields: 3, text: 'Change password' })).kind).toBe('other');
    // One password field on a signed-in route is a login again (a session that expired), unless there is a way out.
    expect(classifyView('3cx', view({ hash: '#/office/dashboard', passwordFields: 1 })).kind).toBe('password');
  });

  it('finds the sign-out control in German and by its link', () => {
    expect(classifyView('generic-helpdesk', view({ path: '/app', text: 'Übersicht\nAbmelden' })).kind).toBe('signedIn');
    expect(classifyView('generic-helpdesk', view({ path: '/app', links: ['/auth/logout'] })).kind).toBe('signedIn');
    expect(classifyView('generic-helpdesk', view({ path: '/loading' })).kind).toBe('other');
  });

  it('tells a code input by its description, as the console watcher sees it at the first key', () => {
    expect(isCodeInput('text authentication_code authentication_code  Authentication Code')).toBe(true); // FusionPBX
    expect(isCodeInput('text TwoFactorToken TwoFactorToken  2-Faktor-Token')).toBe(true); // Znuny/OTOBO
    expect(isCodeInput('text totp_code[]')).toBe(true); // GLPI 11
    expect(isCodeInput('text  code one-time-code')).toBe(true);
    expect(isCodeInput('text  otp  Bestätigungscode')).toBe(true);
    expect(isCodeInput('text username loginInput username Benutzername')).toBe(false);
    expect(isCodeInput('text postcode zip postal-code Postleitzahl')).toBe(false);
    expect(isCodeInput('search q  Search tickets')).toBe(false);
  });

  it('does not take a page without a field for a code step because of a word', () => {
    expect(classifyView('generic-pbx', view({ path: '/about', text: 'Our product supports 2FA' })).kind).toBe('other');
  });
});

describe('the sign-in state machine, per product family', () => {
  it('3CX (single-page PBX console): password page → 2FA step → signed in gives a second factor', () => {
    expect(run('3cx', [threecx.login, { password: true }, threecx.code, threecx.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
  });

  it('3CX: password page → signed in gives "password alone"', () => {
    expect(run('3cx', [threecx.login, { password: true }, threecx.login, threecx.dashboard]).verdicts).toEqual([{ kind: 'passwordOnly' }]);
  });

  it('osTicket (page-per-step helpdesk): 2FA step, and a failed sign-in back on the login page gives no verdict', () => {
    expect(run('osticket', [osticket.login, { password: true }, osticket.code, osticket.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
    const failed = run('osticket', [osticket.login, { password: true }, osticket.failed]);
    expect(failed.verdicts).toEqual([]);
    expect(failed.state.stage).toBe('password');
    expect(run('osticket', [osticket.login, { password: true }, osticket.failed, { password: true }, osticket.dashboard]).verdicts).toEqual([{ kind: 'passwordOnly' }]);
  });

  it('Zammad (single-page helpdesk): security code and security key steps', () => {
    expect(run('zammad', [zammad.login, { password: true }, zammad.code, zammad.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
    expect(run('zammad', [zammad.login, { password: true }, zammad.key, zammad.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'webauthn' }]);
  });

  it('Znuny/OTRS: a token typed on the login form is a second factor; an empty token field is not', () => {
    expect(run('znuny', [znuny.login, { password: true, codeTyped: true }, znuny.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
    expect(run('znuny', [znuny.login, { password: true }, znuny.dashboard]).verdicts).toEqual([{ kind: 'passwordOnly' }]);
  });

  it('SSO hand-off: the identity provider owns the second factor', () => {
    expect(run('zendesk', [zendesk.login, { sso: 'login.microsoftonline.com' }, zendesk.agent]).verdicts).toEqual([{ kind: 'sso', idp: 'login.microsoftonline.com' }]);
    expect(run('zendesk', [{ sso: true }, zendesk.agent]).verdicts).toEqual([{ kind: 'sso' }]);
  });

  it('gives no verdict for a signed-in view nobody signed in to (an old session), nor for a sign-in left too long', () => {
    expect(run('3cx', [threecx.dashboard, threecx.dashboard]).verdicts).toEqual([]);
    const r1 = step(IDLE, { kind: 'password', at: 0, codeTyped: false });
    const late = step(r1.state, { kind: 'view', at: SIGNIN_WINDOW_MS + 1, view: { kind: 'signedIn' } });
    expect(late.verdict).toBeUndefined();
    expect(late.state).toEqual(IDLE);
    // A clock that went backwards is no sign-in either.
    expect(step(r1.state, { kind: 'view', at: -1, view: { kind: 'signedIn' } }).verdict).toBeUndefined();
  });

  it('gives one verdict per sign-in: further signed-in views add nothing', () => {
    expect(run('osticket', [{ password: true }, osticket.dashboard, osticket.dashboard, osticket.dashboard]).verdicts).toHaveLength(1);
  });

  it('reads back only well-formed stored states', () => {
    expect(parseSignInState({ stage: 'password', at: 5, codeTyped: true })).toEqual({ stage: 'password', at: 5, codeTyped: true });
    expect(parseSignInState({ stage: 'secondFactor', at: 5, factor: 'evil' })).toEqual({ stage: 'secondFactor', at: 5, factor: 'otp' });
    expect(parseSignInState({ stage: 'password' })).toEqual(IDLE);
    expect(parseSignInState('x')).toEqual(IDLE);
  });
});

/**
 * Products added from their public source (see products.ts for the commits): the views are modelled on the templates.
 * GLPI 11: index.php, then front/login.php with six one-digit `totp_code[]` boxes (no label, no placeholder: the field
 * name must do, whatever the UI language), then front/central.php.
 */
const glpi = {
  login: view({ path: '/index.php', passwordFields: 1, inputs: ['text login_name login_name username', 'password login_password login_password current-password'], text: 'Log in to your account\nSign in\nForgotten password?' }),
  code: view({ path: '/front/login.php', inputs: Array.from({ length: 6 }, () => 'text totp_code[]'), text: 'Please enter the code from your authenticator app\nUse a backup code\nCancel\nVerify' }),
  codeButtonsOnly: view({ path: '/front/login.php', inputs: Array.from({ length: 6 }, () => 'text totp_code[]'), text: 'Abbrechen\nOK' }),
  central: view({ path: '/front/central.php', text: 'Home\nAssets\nAssistance\nLogout', links: ['/front/logout.php', '/front/preference.php'] }),
  /** My settings › Two-factor authentication (2FA): setting it up while signed in is no code step. */
  setup: view({ path: '/front/preference.php', inputs: Array.from({ length: 6 }, () => 'text totp_code[]'), text: '2FA Setup\nVerify\nLogout', links: ['/front/logout.php'] }),
};

/** FusionPBX 5: the login and the code step (totp.htm / email.htm) render at the same path; then the dashboard. */
const fusionpbx = {
  login: view({ path: '/login.php', passwordFields: 1, inputs: ['text username   Username', 'password password   Password'], text: 'Login\nForgot Password' }),
  code: view({ path: '/login.php', inputs: ['text authentication_code   Authentication Code'], text: 'Enter your Authenticator code.\nVerify' }),
  codeDe: view({ path: '/login.php', inputs: ['text authentication_code   Authentication Code'], text: 'Geben Sie Ihren Bestätigungs-Code ein.\nVerifizieren' }),
  dashboard: view({ path: '/core/dashboard/', text: 'Dashboard\nAccounts\nLogout', links: ['/logout.php', '/core/users/user_profile.php'] }),
};

/** OTOBO (Login.tt): the "2 Factor Token" field sits on the login form, as in Znuny/OTRS. */
const otobo = {
  login: view({ path: '/otobo/index.pl', passwordFields: 1, inputs: ['text User User username  Username', 'password Password Password current-password  Password', 'text TwoFactorToken TwoFactorToken  2 Factor Token'], text: 'Login\nLost your password?' }),
  dashboard: view({ path: '/otobo/index.pl', text: 'Dashboard\nLogout', links: ['/otobo/index.pl'] }),
};

describe('second-factor steps of products added from their public source', () => {
  it('GLPI 11: the six totp_code[] boxes are a code step, in any UI language; setting 2FA up while signed in is not', () => {
    expect(classifyView('glpi', glpi.code)).toEqual({ kind: 'secondFactor', factor: 'otp' });
    expect(classifyView('glpi', glpi.codeButtonsOnly)).toEqual({ kind: 'secondFactor', factor: 'otp' });
    expect(classifyView('glpi', glpi.setup).kind).toBe('signedIn');
    expect(run('glpi', [glpi.login, { password: true }, glpi.code, glpi.central]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
    expect(run('glpi', [glpi.login, { password: true }, glpi.central]).verdicts).toEqual([{ kind: 'passwordOnly' }]);
  });

  it('FusionPBX: the authentication_code step after the password, in en and de, also when its placeholder is translated', () => {
    expect(run('fusionpbx', [fusionpbx.login, { password: true }, fusionpbx.code, fusionpbx.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
    expect(run('fusionpbx', [fusionpbx.login, { password: true }, fusionpbx.codeDe, fusionpbx.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
    expect(classifyView('fusionpbx', view({ path: '/login.php', inputs: ['text authentication_code'], text: 'Verifizieren' }))).toEqual({ kind: 'secondFactor', factor: 'otp' });
    expect(run('fusionpbx', [fusionpbx.login, { password: true }, fusionpbx.dashboard]).verdicts).toEqual([{ kind: 'passwordOnly' }]);
  });

  it('OTOBO: a token typed on the login form is a second factor; the empty field is not', () => {
    expect(classifyView('otobo', otobo.login)).toEqual({ kind: 'password', codeOnLoginForm: true });
    expect(run('otobo', [otobo.login, { password: true, codeTyped: true }, otobo.dashboard]).verdicts).toEqual([{ kind: 'secondFactor', factor: 'otp' }]);
    expect(run('otobo', [otobo.login, { password: true }, otobo.dashboard]).verdicts).toEqual([{ kind: 'passwordOnly' }]);
  });

  it('does not take a field merely named after 2FA (a secret, a switch) for a code field', () => {
    for (const input of ['text totp_secret', 'text mfa_enabled', 'text otp_issuer  Issuer']) {
      expect(classifyView('generic-helpdesk', view({ path: '/setup', inputs: [input], text: 'Save' })).kind, input).toBe('other');
    }
  });
});

describe('ssoHandOff', () => {
  const origin = 'https://acme.zendesk.com';
  it('recognises identity providers by host, SSO routes by path, and SSO buttons by their text', () => {
    expect(ssoHandOff({ href: 'https://login.microsoftonline.com/abc/saml2' }, origin)).toEqual({ idp: 'login.microsoftonline.com' });
    expect(ssoHandOff({ href: 'https://acme.okta.com/app/x/sso/saml' }, origin)).toEqual({ idp: 'acme.okta.com' });
    expect(ssoHandOff({ href: '/access/sso?role=agent' }, origin)).toEqual({});
    expect(ssoHandOff({ href: '/auth/saml' }, 'https://desk.acme.example')).toEqual({});
    expect(ssoHandOff({ text: 'Mit Microsoft anmelden' }, origin)).toEqual({});
    expect(ssoHandOff({ text: 'Sign in with SSO' }, origin)).toEqual({});
  });
  it('does not take an ordinary link for a hand-off', () => {
    expect(ssoHandOff({ href: '/access/help', text: 'Forgot password?' }, origin)).toBeNull();
    expect(ssoHandOff({ href: 'https://www.zendesk.com/', text: 'Zendesk' }, origin)).toBeNull();
    expect(ssoHandOff({ href: 'javascript:void(0)', text: 'Sign in' }, origin)).toBeNull();
  });
});

describe('sign-in records and the noSecondFactor finding', () => {
  const console3cx = { name: 'ACME PBX', product: '3cx' };
  const pw: SignInVerdict = { kind: 'passwordOnly' };

  it('is raised only after sign-ins with a password alone on two different days', () => {
    const once = recordSignIn(undefined, pw, '2026-03-02');
    expect(noSecondFactorFinding(once, console3cx)).toBeNull();
    expect(secondFactorDoor(once)).toBe('notSeen');
    const sameDay = recordSignIn(once, pw, '2026-03-02');
    expect(sameDay.passwordOnlyDays).toEqual(['2026-03-02']);
    expect(noSecondFactorFinding(sameDay, console3cx)).toBeNull();
    const twoDays = recordSignIn(sameDay, pw, '2026-03-05');
    const finding = noSecondFactorFinding(twoDays, console3cx)!;
    expect(DAYS_TO_RAISE).toBe(2);
    expect(finding.data).toEqual({ console: 'ACME PBX', product: '3cx', days: ['2026-03-02', '2026-03-05'], date: '2026-03-05' });
    expect(finding.en).toContain('No second-factor step at the last sign-ins to ACME PBX');
    expect(finding.en).toContain('2026-03-02 and 2026-03-05');
    expect(finding.de).toContain('02.03.2026 und 05.03.2026');
  });

  it('words the finding as what was seen and never claims that 2FA is off', () => {
    const finding = noSecondFactorFinding(recordSignIn(recordSignIn(undefined, pw, '2026-03-02'), pw, '2026-03-03'), console3cx)!;
    expect(finding.en).toMatch(/does not prove that two-factor sign-in is off/);
    expect(finding.en).not.toMatch(/\b2FA is (?:off|disabled)\b|\bnot enabled\b/i);
    expect(finding.de).toMatch(/beweist also nicht/);
    expect(finding.switchOn?.en).toContain('Enable 2FA');
    expect(finding.switchOn?.de).toContain('2FA aktivieren');
  });

  it('names where to switch 2FA on only where public documentation says so', () => {
    const rec = recordSignIn(recordSignIn(undefined, pw, '2026-03-02'), pw, '2026-03-03');
    for (const product of ['3cx', 'zendesk', 'freepbx', 'osticket', 'zammad', 'znuny', 'jira-service-management']) expect(noSecondFactorFinding(rec, { name: 'x', product })!.switchOn, product).toBeDefined();
    expect(noSecondFactorFinding(rec, { name: 'x', product: 'generic-pbx' })!.switchOn).toBeUndefined();
    expect(noSecondFactorFinding(rec, { name: 'x', product: '__proto__' })!.switchOn).toBeUndefined();
  });

  it('names the place for the products added from public documentation and source, in en and de', () => {
    const rec = recordSignIn(recordSignIn(undefined, pw, '2026-03-02'), pw, '2026-03-03');
    const added: Record<string, [RegExp, RegExp]> = {
      glpi: [/Two-factor authentication \(2FA\)/, /Zwei-Faktor-Authentifizierung \(2FA\)/],
      fusionpbx: [/Default Settings › Authentication/, /Standardeinstellungen › Authentication/],
      otobo: [/Personal Preferences › User Profile › Google Authenticator/, /Persönliche Einstellungen › Benutzerprofil/],
      freescout: [/Manage › Settings › Two-Factor Auth/, /Verwalten › Einstellungen/],
      deskpro: [/Agents › Auth & SSO/, /Agents › Auth & SSO/],
      'help-scout': [/Your Profile › Authentication/, /Your Profile › Authentication/],
      freshdesk: [/Edit Profile › Security/, /Edit Profile › Security/],
      freshservice: [/Edit Profile › Security/, /Edit Profile › Security/],
      'zoho-desk': [/accounts\.zoho\.com/, /accounts\.zoho\.com/],
      servicenow: [/Configure Multi-factor Authentication/, /Configure Multi-factor Authentication/],
      happyfox: [/My Settings › Security/, /My Settings › Security/],
      kayako: [/Setup two-factor auth/, /Setup two-factor auth/],
      'manageengine-servicedesk-plus': [/Two Factor Authentication › Configuration/, /Two Factor Authentication › Configuration/],
      jitbit: [/Enable two-factor auth/, /Enable two-factor auth/],
      itop: [/Multi-Factor Authentication extension/, /Erweiterung Multi-Factor Authentication/],
      'frappe-helpdesk': [/Enable Two Factor Auth/, /Enable Two Factor Auth/],
      'request-tracker': [/RT::Extension::TOTPMFA/, /RT::Extension::TOTPMFA/],
      yeastar: [/Change Password & Security/, /Change Password & Security/],
      'grandstream-ucm': [/User Management/, /User Management/],
      placetel: [/Activate two-factor authentication/, /Zwei-Faktor-Authentifizierung aktivieren/],
      sipgate: [/User settings › Two-factor authentication/, /Benutzereinstellungen › Zwei-Faktor-Authentifizierung/],
      auerswald: [/COMtrexx: secure the administrator access with MFA/, /COMtrexx: den Administratorzugang/],
    };
    for (const [product, [en, de]] of Object.entries(added)) {
      const switchOn = noSecondFactorFinding(rec, { name: 'x', product })!.switchOn;
      expect(switchOn?.en, product).toMatch(en);
      expect(switchOn?.de, product).toMatch(de);
    }
    // No public source said where (or the product has no second factor at all): no text rather than a guess.
    for (const product of ['mikopbx', 'starface', 'wildix', 'vitalpbx', 'nfon', 'swyx', 'topdesk', 'sysaid', 'hesk', 'kix', 'zammad-not-a-product']) {
      expect(noSecondFactorFinding(rec, { name: 'x', product })!.switchOn, product).toBeUndefined();
    }
  });

  it('has facts and places only for catalogue products, each place in en and de', () => {
    const ids = new Set(CATALOGUE.map((s) => s.id));
    for (const id of Object.keys(SIGNIN_FACTS)) expect(ids.has(id), id).toBe(true);
    for (const [id, place] of Object.entries(SWITCH_ON)) {
      expect(ids.has(id), id).toBe(true);
      expect(place.en.length, id).toBeGreaterThan(20);
      expect(place.de.length, id).toBeGreaterThan(20);
      expect(place.de, id).not.toBe(place.en);
    }
    expect(Object.keys(SWITCH_ON)).toHaveLength(31);
  });

  it('is cleared by a later sign-in with a second factor or through an identity provider', () => {
    const raised = recordSignIn(recordSignIn(undefined, pw, '2026-03-02'), pw, '2026-03-03');
    const withCode = recordSignIn(raised, { kind: 'secondFactor', factor: 'otp' }, '2026-03-04');
    expect(noSecondFactorFinding(withCode, console3cx)).toBeNull();
    expect(secondFactorDoor(withCode)).toBe('seen');
    expect(withCode.passwordOnlyDays).toEqual([]);
    // Counting starts again: one more password-only day does not raise it.
    expect(noSecondFactorFinding(recordSignIn(withCode, pw, '2026-03-05'), console3cx)).toBeNull();
    const sso = recordSignIn(raised, { kind: 'sso', idp: 'login.microsoftonline.com' }, '2026-03-04');
    expect(secondFactorDoor(sso)).toBe('sso');
    expect(lastSignInText(sso).en).toContain('the provider owns the second factor');
    expect(secondFactorDoor(undefined)).toBe('unknown');
  });

  it('keeps a few days only, and reads back only well-formed records', () => {
    let r = recordSignIn(undefined, pw, '2026-01-01');
    for (let d = 2; d <= 20; d++) r = recordSignIn(r, pw, `2026-01-${String(d).padStart(2, '0')}`);
    expect(r.passwordOnlyDays).toHaveLength(5);
    expect(parseSignInRecord(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(parseSignInRecord({ last: 'passwordOnly', lastDay: 'yesterday', passwordOnlyDays: [] })).toBeUndefined();
    expect(parseSignInRecord({ last: 'passwordOnly', lastDay: '2026-01-01', passwordOnlyDays: ['x', '2026-01-01', 5] })?.passwordOnlyDays).toEqual(['2026-01-01']);
    expect(parseSignInRecord(null)).toBeUndefined();
  });
});

describe('parseSignInView', () => {
  it('caps and types whatever a page sends', () => {
    const v = parseSignInView({ path: '/x'.repeat(1000), hash: 5, passwordFields: 1e9, inputs: Array(500).fill('a'.repeat(1000)), text: 't'.repeat(1e5), links: [1, '/a'] })!;
    expect(v.path.length).toBeLessThanOrEqual(300);
    expect(v.hash).toBe('');
    expect(v.passwordFields).toBe(50);
    expect(v.inputs).toHaveLength(40);
    expect(v.inputs[0]!.length).toBe(200);
    expect(v.text.length).toBe(3000);
    expect(v.links).toEqual(['/a']);
    expect(parseSignInView('view')).toBeNull();
    expect(parseSignInView({ passwordFields: -3 })!.passwordFields).toBe(0);
  });
});
