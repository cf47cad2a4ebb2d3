import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsoleEntry, judgeOrigin, protectedNameIn } from '../../src/core';
import { skeleton } from '../../src/core/origin/host';

/**
 * The look-alike classes of issue 18, each next to the honest hosts that must stay honest (a false alarm costs more
 * than a miss: users uninstall what cries wolf).
 */
const CONSOLES: ConsoleEntry[] = [
  { product: 'glpi', origins: ['https://helpdesk.schmidt-bau.de'] },
  { product: '3cx', origins: ['https://pbx.acme.de'] },
  { product: 'zendesk', origins: ['https://holzbau.zendesk.com'] },
  { product: 'freepbx', origins: ['https://pbx.weber.internal', 'https://tk.mueller.home.arpa', 'https://voip.lab.test', 'https://pbx.corp.example'] },
  { product: 'starface', origins: ['https://starface.kanzlei.lan'] },
];
const VENDORS: Record<string, string[]> = { zendesk: ['zendesk.com'], '3cx': ['3cx.net', 'my3cx.de'], freshdesk: ['freshdesk.com'] };
const ALL_VENDORS = Object.values(VENDORS).flat();

function judge(host: string, productId = 'glpi', extra: { protectedNames?: string[]; consoles?: ConsoleEntry[] } = {}) {
  return judgeOrigin({
    url: `https://${host}/login`,
    productId,
    consoles: extra.consoles ?? CONSOLES,
    vendorDomains: VENDORS[productId] ?? [],
    allVendorDomains: ALL_VENDORS,
    ...(extra.protectedNames ? { protectedNames: extra.protectedNames } : {}),
  });
}
const kind = (host: string, productId?: string) => judge(host, productId).kind;

describe('a self-hosted console host under another top-level domain', () => {
  it('is a look-alike when the whole host is copied under another suffix', () => {
    expect(judge('helpdesk.schmidt-bau.com')).toMatchObject({ kind: 'lookalike', lookalikeOf: 'helpdesk.schmidt-bau.de', reasons: ['wrongTld'] });
    expect(judge('helpdesk.schmidt-bau.co')).toMatchObject({ kind: 'lookalike', reasons: ['wrongTld'] });
    expect(judge('pbx.acme.com', '3cx')).toMatchObject({ kind: 'lookalike', lookalikeOf: 'pbx.acme.de', reasons: ['wrongTld'] });
    expect(judge('login.helpdesk.schmidt-bau.eu')).toMatchObject({ kind: 'lookalike', lookalikeOf: 'helpdesk.schmidt-bau.de' });
  });

  it('is a look-alike when a console domain of its own (a console word in the name) is copied under another suffix', () => {
    const consoles: ConsoleEntry[] = [{ product: 'glpi', origins: ['https://helpdesk-schmidt.de'] }, { product: '3cx', origins: ['https://acme-pbx.de:5001'] }];
    expect(judge('helpdesk-schmidt.com', 'glpi', { consoles })).toMatchObject({ kind: 'lookalike', lookalikeOf: 'helpdesk-schmidt.de', reasons: ['wrongTld'] });
    expect(judge('acme-pbx.eu', '3cx', { consoles })).toMatchObject({ kind: 'lookalike', lookalikeOf: 'acme-pbx.de' });
    // The organisation's plain name on the apex is most often its other domain.
    const plain: ConsoleEntry[] = [{ product: 'glpi', origins: ['https://schmidt-bau.de'] }];
    expect(judge('schmidt-bau.com', 'glpi', { consoles: plain }).kind).toBe('unknown');
    expect(judge('www.helpdesk-schmidt.com', 'glpi', { consoles }).kind).toBe('unknown');
  });

  it('honest: the organisation name alone, or another host of it, under another suffix', () => {
    expect(kind('schmidt-bau.com')).toBe('unknown');
    expect(kind('www.schmidt-bau.at')).toBe('unknown');
    expect(kind('tickets.schmidt-bau.com')).toBe('unknown');
    expect(kind('pbx.other-firm.com', '3cx')).toBe('unknown');
  });

  it('honest: other hosts of the trusted registrable domain', () => {
    expect(kind('support.schmidt-bau.de')).toBe('unknown');
    expect(kind('pbx2.acme.de', '3cx')).toBe('unknown');
  });

  it('honest: a trusted host that is just www under another suffix (a web site, not a console host)', () => {
    const consoles: ConsoleEntry[] = [{ product: 'glpi', origins: ['https://www.schmidt-bau.de'] }];
    expect(judge('www.schmidt-bau.com', 'glpi', { consoles }).kind).toBe('unknown');
  });
});

describe('an IDN host whose only change is a diacritic on one letter', () => {
  it.each([
    ['helpdesk.schmídt-bau.de', 'helpdesk.schmidt-bau.de'], // í: decomposes
    ['helpdesk.schmiđt-bau.de', 'helpdesk.schmidt-bau.de'], // đ: a barred letter, no combining mark
    ['pbx.acmę.de', 'pbx.acme.de'],
    ['pbx.açme.de', 'pbx.acme.de'],
    ['pbx.acmø.de', null], // ø is not e: a different name (but see the next row)
    ['pbx.äcme.de', 'pbx.acme.de'],
    ['hølzbau.zendesk.com', 'holzbau.zendesk.com'], // ø on a tenant of a 4-letter name: no typo budget, still caught
    ['hołzbau.zendesk.com', 'holzbau.zendesk.com'],
  ])('%s', (host, of) => {
    const v = judge(host, host.includes('zendesk') ? 'zendesk' : 'glpi');
    if (of === null) expect(v.kind).not.toBe('lookalike');
    else expect(v).toMatchObject({ kind: 'lookalike', lookalikeOf: of, reasons: ['homoglyph', 'punycode'] });
  });

  it('catches a diacritic on a short name, where a typo would not count', () => {
    const consoles: ConsoleEntry[] = [{ product: 'glpi', origins: ['https://it.bosch-hb.de'] }, { product: 'glpi', origins: ['https://desk.lidl.example'] }];
    expect(judge('desk.łidl.example', 'glpi', { consoles })).toMatchObject({ kind: 'lookalike', lookalikeOf: 'desk.lidl.example' });
    expect(judge('desk.lidł.example', 'glpi', { consoles }).kind).toBe('lookalike');
  });

  it('catches an accented tenant of a vendor when the allow-list knows that name from elsewhere', () => {
    expect(judge('acmé.my3cx.de', '3cx')).toMatchObject({ kind: 'lookalike', lookalikeOf: 'pbx.acme.de', reasons: ['homoglyph', 'punycode'] });
  });

  it('honest: the ASCII tenant of that name, other tenants, and real IDN names', () => {
    expect(kind('acme.my3cx.de', '3cx')).toBe('vendor');
    expect(kind('other.my3cx.de', '3cx')).toBe('vendor');
    expect(kind('müller-elektro.de')).toBe('unknown');
    expect(kind('bäckerei-schmidt.de')).toBe('unknown');
  });

  it('folds barred letters and sharp s in the skeleton', () => {
    expect(skeleton('hølzbåu')).toBe('holzbau');
    expect(skeleton('schmiđt')).toBe(skeleton('schmidt'));
    expect(skeleton('straße')).toBe('strasse');
    expect(skeleton('łódź')).toBe('lodz');
  });
});

describe("the vendor's brand joined with other words under an unrelated domain, a tenant label in front", () => {
  it('is a look-alike when the label in front is an organisation the allow-list knows', () => {
    expect(judge('holzbau.zendesk-cloud.com', 'zendesk')).toMatchObject({ kind: 'lookalike', lookalikeOf: 'holzbau.zendesk.com', reasons: ['addedWords'] });
    expect(judge('holzbau.zendeskworkspace.net', 'zendesk')).toMatchObject({ kind: 'lookalike', lookalikeOf: 'holzbau.zendesk.com' });
    expect(judge('acme.3cx-cloud.com', '3cx')).toMatchObject({ kind: 'lookalike', reasons: ['addedWords'] });
    expect(judge('acme.my3cx-hosting.de', '3cx')).toMatchObject({ kind: 'lookalike', lookalikeOf: 'my3cx.de' });
  });

  it('honest: partners and resellers with the brand and an ordinary word, and their own customers', () => {
    expect(kind('zendesk-experts.com', 'zendesk')).toBe('unknown');
    expect(kind('www.zendesk-experts.com', 'zendesk')).toBe('unknown');
    expect(kind('kunde1.3cx-hosting.de', '3cx')).toBe('unknown');
    expect(kind('bakery.zendesk-cloud.com', 'zendesk')).toBe('unknown');
  });

  it('honest: the real tenants', () => {
    expect(kind('holzbau.zendesk.com', 'zendesk')).toBe('trusted');
    expect(kind('acme.zendesk.com', 'zendesk')).toBe('vendor');
    expect(kind('acme.my3cx.de', '3cx')).toBe('vendor');
  });
});

describe('a private-use name imitated under a public domain with its dots flattened into hyphens', () => {
  it.each([
    ['pbx-weber-internal.com', 'pbx.weber.internal'],
    ['pbx-weber-internal.login-portal.net', 'pbx.weber.internal'],
    ['weber-internal.com', 'pbx.weber.internal'],
    ['pbx.weber-internal.com', 'pbx.weber.internal'],
    ['tk-mueller-home-arpa.de', 'tk.mueller.home.arpa'],
    ['mueller-home-arpa.com', 'tk.mueller.home.arpa'],
    ['voip-lab-test.net', 'voip.lab.test'],
    ['lab-test.net', 'voip.lab.test'],
    ['pbx-corp-example.com', 'pbx.corp.example'],
    ['starface-kanzlei-lan.de', 'starface.kanzlei.lan'],
  ])('%s imitates %s', (host, of) => {
    expect(judge(host, 'freepbx')).toMatchObject({ kind: 'lookalike', lookalikeOf: of });
    expect(judge(host, 'freepbx').reasons).toContain('embedded');
  });

  it('honest: words that happen to match, without the organisation name', () => {
    expect(kind('internal-tools.com', 'freepbx')).toBe('unknown');
    expect(kind('home-arpa.net', 'freepbx')).toBe('unknown');
    expect(kind('test-lab.net', 'freepbx')).toBe('unknown');
    expect(kind('weber-elektro.de', 'freepbx')).toBe('unknown');
    expect(kind('lab-tests.net', 'freepbx')).toBe('unknown');
  });

  it('honest: other hosts of the private network itself', () => {
    expect(kind('helpdesk.weber.internal', 'freepbx')).toBe('unknown');
    expect(kind('nas.mueller.home.arpa', 'freepbx')).toBe('unknown');
  });
});

describe('protected names', () => {
  const P = { protectedNames: ['Schmidt-Bau', 'contoso'] };

  it('make a console on a host carrying the name a look-alike, with homoglyphs and accents folded', () => {
    for (const host of ['schmidtbau-support.com', 'helpdesk.schmidt-bau-gmbh.net', 'schmídtbau.example', 'login.contoso.help', 'cоntoso-it.de', 'contoso.zendesk.com']) {
      const v = judge(host, host.includes('zendesk') ? 'zendesk' : 'glpi', P);
      expect(v, host).toMatchObject({ kind: 'lookalike', reasons: ['protectedName'] });
    }
    expect(judge('contoso-pbx.de', '3cx', P).lookalikeOf).toBe('contoso');
  });

  it('trust nothing: an allow-listed host and other hosts of its registrable domain keep their verdict', () => {
    expect(judge('helpdesk.schmidt-bau.de', 'glpi', P).kind).toBe('trusted');
    expect(judge('support.schmidt-bau.de', 'glpi', P).kind).toBe('unknown');
    expect(judge('contoso.com', 'glpi', P).kind).toBe('lookalike');
  });

  it('leave hosts without the name, IP addresses and single-label names alone', () => {
    for (const host of ['tickets.example.org', '192.0.2.7', 'contosa.com', 'bau.de', 'acme.zendesk.com']) {
      expect(judge(host, host.includes('zendesk') ? 'zendesk' : 'glpi', P).kind, host).not.toBe('lookalike');
    }
    expect(protectedNameIn('contoso', ['contoso'])).toBeNull();
    expect(protectedNameIn('helpdesk.com', ['com'])).toBeNull();
  });

  it('ignore names too short to protect anything, and never look across labels', () => {
    expect(protectedNameIn('ab.example.com', ['ab'])).toBeNull();
    expect(protectedNameIn('con.toso.com', ['contoso'])).toBeNull();
    expect(protectedNameIn('con-toso.com', ['contoso'])).toBe('contoso');
  });
});

describe('honest variants are never look-alikes (properties)', () => {
  const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
  const suffix = fc.constantFrom('de', 'com', 'at', 'ch', 'co.uk', 'eu', 'net', 'internal', 'lan', 'example');
  const product = fc.constantFrom('glpi', '3cx', 'zendesk', 'freepbx');

  it('another sub-domain of an allow-listed registrable domain is trusted or unknown', () => {
    fc.assert(
      fc.property(label, label, suffix, fc.array(label, { minLength: 1, maxLength: 3 }), product, (org, sub, sfx, others, productId) => {
        fc.pre(org.length >= 3);
        const consoles: ConsoleEntry[] = [{ product: productId, origins: [`https://${sub}.${org}.${sfx}`] }];
        const host = [...others, `${org}.${sfx}`].join('.');
        const v = judge(host, productId, { consoles, protectedNames: [org] });
        expect(['trusted', 'unknown']).toContain(v.kind);
      }),
    );
  });

  it('a tenant of the vendor is vendor-hosted, or a look-alike only of a trusted tenant it imitates', () => {
    fc.assert(
      fc.property(label, label, fc.constantFrom('zendesk.com', 'my3cx.de', '3cx.net', 'freshdesk.com'), (tenant, trustedTenant, vendor) => {
        const productId = vendor === 'zendesk.com' ? 'zendesk' : vendor === 'freshdesk.com' ? 'freshdesk' : '3cx';
        const consoles: ConsoleEntry[] = [...CONSOLES, { product: productId, origins: [`https://${trustedTenant}.${vendor}`] }];
        const v = judge(`${tenant}.${vendor}`, productId, { consoles });
        if (v.kind === 'lookalike') {
          expect(v.lookalikeOf).toBe(`${trustedTenant}.${vendor}`);
          expect(v.reasons).toContain('typo');
        } else expect(['vendor', 'trusted']).toContain(v.kind);
      }),
    );
  });

  it('an unrelated company (no shared name) is never a look-alike of a self-hosted console', () => {
    fc.assert(
      fc.property(label, label, label, suffix, (sub, org, other, sfx) => {
        fc.pre(org.length >= 4 && other.length >= 4 && !other.includes(org) && !org.includes(other) && skeleton(other) !== skeleton(org));
        fc.pre(Math.abs(other.length - org.length) > 2); // far from a typo of the trusted name
        const consoles: ConsoleEntry[] = [{ product: 'glpi', origins: [`https://${sub}.${org}.de`] }];
        expect(judge(`${sub}.${other}.${sfx}`, 'glpi', { consoles }).kind).toBe('unknown');
      }),
    );
  });
});
