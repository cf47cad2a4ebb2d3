import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, extractEmails, readerShowsAt, recoveryFindings, RECOVERY_READERS, recoveryReaderFor } from '../../src/core';

/** What the console module does on a view: the reader's first element holding an address, as an input value or text. */
function read(productId: string, route: string, html: string, query = ''): string | undefined {
  const reader = recoveryReaderFor(productId);
  if (!reader || !readerShowsAt(reader, route, query)) return undefined;
  const doc = new JSDOM(html).window.document;
  for (const s of reader.selectors) {
    const el = doc.querySelector(s);
    if (!el) continue;
    const value = el.localName === 'input' ? (el as HTMLInputElement).value : el.textContent ?? '';
    const email = extractEmails(value)[0];
    if (email) return email;
  }
  return undefined;
}

const fixture = (file: string): string => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');

describe('recovery-address readers', () => {
  it('3CX: the first notification address on Settings › E-Mail › Notifications (V18/V20 #/office, V16 #/app)', () => {
    const html = '<form data-qa="notifications"><label>Send notifications to</label><input type="email" name="EmailAddresses" multiple value="pbx-admin@acme.example, noc@acme.example"></form>';
    expect(read('3cx', '/#/office/settings/email', html)).toBe('pbx-admin@acme.example');
    expect(read('3cx', '/#/app/settings/email', html)).toBe('pbx-admin@acme.example');
    expect(read('3cx', '/#/office/settings/e-mail', html)).toBe('pbx-admin@acme.example');
    // Angular reactive forms name the control, not the input.
    expect(read('3cx', '/#/office/settings/email', '<input formcontrolname="emailAddresses" value="ops@acme.example">')).toBe('ops@acme.example');
  });

  it('3CX: nothing on other routes, the login page above all', () => {
    const html = '<input type="text" name="EmailAddresses" value="someone@acme.example">';
    expect(read('3cx', '/#/login', html)).toBeUndefined();
    expect(read('3cx', '/#/office/users/edit/12', html)).toBeUndefined();
    expect(read('3cx', '/webclient/#/people', html)).toBeUndefined();
  });

  it('osTicket: the agent’s own profile email on scp/profile.php (also under a sub-path)', () => {
    const html = '<form action="profile.php" method="post"><input type="email" name="email" value="agent@acme.example"></form>';
    expect(read('osticket', '/scp/profile.php', html)).toBe('agent@acme.example');
    expect(read('osticket', '/support/scp/profile.php', html)).toBe('agent@acme.example');
    expect(read('osticket', '/scp/login.php', html)).toBeUndefined();
    expect(read('osticket', '/scp/staff.php', html)).toBeUndefined();
  });

  it('GLPI: the user’s addresses on My settings (front/preference.php)', () => {
    const html = "<input title='Default email' type='radio' name='_default_email' value='3' checked><input type='text' size=30 name='_useremails[3]' value='tech@acme.example'>";
    expect(read('glpi', '/glpi/front/preference.php', html)).toBe('tech@acme.example');
    expect(read('glpi', '/front/user.form.php', html)).toBeUndefined();
  });

  it('Jira Server/Data Center: the profile’s email (secure/ViewProfile.jspa, #up-d-email)', () => {
    const html = '<dl><dt>Email:</dt><dd id="up-d-email"><a href="mailto:jira-admin@acme.example">jira-admin@acme.example</a></dd></dl>';
    expect(read('jira-service-management', '/jira/secure/ViewProfile.jspa', html)).toBe('jira-admin@acme.example');
    // Jira's optional obfuscation ("x at y dot z") is no address: nothing is read rather than a wrong one.
    expect(read('jira-service-management', '/secure/ViewProfile.jspa', '<dd id="up-d-email">jira-admin at acme dot example</dd>')).toBeUndefined();
  });

  it('FusionPBX: the signed-in user’s own email on Account Profile (core/users/user_profile.php)', () => {
    const html = "<form method='post'><table><tr><td class='vncellreq'>Email</td><td class='vtable'><input type='text' class='formfld' name='user_email' value='voip-admin@acme.example' required='required'></td></tr></table></form>";
    expect(read('fusionpbx', '/core/users/user_profile.php', html)).toBe('voip-admin@acme.example');
    // Another user's record (Accounts › Users › edit) and the login page are not the user's own recovery address.
    expect(read('fusionpbx', '/core/users/user_edit.php', html)).toBeUndefined();
    expect(read('fusionpbx', '/login.php', html)).toBeUndefined();
  });

  it('UVdesk: the agent’s own profile email (/{locale}/member/profile), not the customer portal', () => {
    const html = '<div class="uv-element-block"><label class="uv-field-label">Email</label><div class="uv-field-block"><input type="text" name="user_form[email]" class="uv-field" value="agent@acme.example" /></div></div>';
    expect(read('uvdesk', '/en/member/profile', html)).toBe('agent@acme.example');
    expect(read('uvdesk', '/helpdesk/public/de/member/profile', html)).toBe('agent@acme.example');
    expect(read('uvdesk', '/en/customer/profile', html)).toBeUndefined();
    expect(read('uvdesk', '/en/member/login', html)).toBeUndefined();
  });

  describe('the OTRS family (Znuny, OTRS, OTOBO): the agent’s own address on Personal Preferences', () => {
    const znunyOverview = fixture('helpdesk/znuny-preferences.html');
    const otoboUserProfile = fixture('helpdesk/otobo-preferences-userprofile.html');

    it('reads the Gravatar hint of the overview and the Avatar setting of User Profile', () => {
      expect(read('znuny', '/otrs/index.pl', znunyOverview, '?Action=AgentPreferences')).toBe('anna.admin@acme.example');
      expect(read('otobo', '/otobo/index.pl', otoboUserProfile, '?Action=AgentPreferences;Subaction=Group;Group=UserProfile')).toBe('tom.agent@acme.example');
      expect(read('otrs', '/otrs/index.pl', otoboUserProfile, '?Action=AgentPreferences&Subaction=Group&Group=UserProfile')).toBe('tom.agent@acme.example');
    });

    it('reads the German page alike: the selectors hold to the template, not to its words', () => {
      // Kernel/Language/de.pm: "Sie können Ihren Avatar ändern, indem Sie sich mit Ihrer E-Mail-Adresse %s unter %s registrieren".
      const german = znunyOverview.replace(/<strong>Did you know\?<\/strong> You can change your avatar by registering with your email address (\S+) on /, '<strong>Wussten Sie schon?</strong> Sie können Ihren Avatar ändern, indem Sie sich mit Ihrer E-Mail-Adresse $1 unter ');
      expect(german).toContain('Sie können Ihren Avatar ändern');
      expect(read('znuny', '/otrs/index.pl', german, '?Action=AgentPreferences')).toBe('anna.admin@acme.example');
    });

    it('nothing on other actions (another agent’s record in Admin › Agents, the dashboard) nor on the bare login URL', () => {
      const adminUser = '<form><input type="email" name="UserEmail" id="UserEmail" value="other.agent@acme.example"></form>';
      expect(read('znuny', '/otrs/index.pl', adminUser + znunyOverview, '?Action=AdminUser;Subaction=Change;UserID=7')).toBeUndefined();
      expect(read('znuny', '/otrs/index.pl', znunyOverview, '?Action=AgentDashboard')).toBeUndefined();
      expect(read('znuny', '/otrs/index.pl', znunyOverview, '')).toBeUndefined();
      // The customer interface's own preferences are a customer's, not the agent's.
      expect(read('znuny', '/otrs/customer.pl', znunyOverview, '?Action=CustomerPreferences')).toBeUndefined();
      // A parameter whose value merely contains the action's name is not the action.
      expect(read('znuny', '/otrs/index.pl', znunyOverview, '?Action=AgentTicketZoom;Title=Action=AgentPreferences')).toBeUndefined();
    });

    it('nothing where the avatar engine is off: the page then names no address', () => {
      const noGravatar = otoboUserProfile.replace(/<div class="Field NoMargin PreferenceAvatar">[\s\S]*?<\/div>/, '<div class="Field NoMargin">Avatars have been disabled by the system administrator.</div>');
      expect(noGravatar).not.toContain('tom.agent@');
      expect(read('otobo', '/otobo/index.pl', noGravatar, '?Action=AgentPreferences;Subaction=Group;Group=UserProfile')).toBeUndefined();
    });
  });

  it('has a reader only for catalogue products, each with selectors this DOM parses and a place in en and de', () => {
    const ids = new Set(CATALOGUE.map((s) => s.id));
    const doc = new JSDOM('').window.document;
    for (const [id, reader] of Object.entries(RECOVERY_READERS)) {
      expect(ids.has(id), id).toBe(true);
      expect(reader.routes.length, id).toBeGreaterThan(0);
      for (const s of reader.selectors) expect(() => doc.querySelector(s), `${id}: ${s}`).not.toThrow();
      expect(reader.place.en && reader.place.de, id).toBeTruthy();
    }
    expect(recoveryReaderFor('zendesk')).toBeUndefined();
    expect(recoveryReaderFor('constructor')).toBeUndefined();
  });
});

describe('a recovery email cleared in the options page', () => {
  it('reads as missing, not as an unconfirmed address with nothing in it', () => {
    const entry = { product: '3cx', origins: ['https://pbx.acme.example'], label: 'ACME PBX' };
    for (const blank of ['', '   ']) {
      const findings = recoveryFindings({ ...entry, recoveryEmail: blank, recoveryEmailVerifiedAt: '2026-01-01' }, { now: new Date('2026-02-01T12:00:00Z'), maxAgeDays: 90 });
      expect(findings.map((f) => f.id)).toEqual(['recoveryEmailMissing']);
    }
  });
});
