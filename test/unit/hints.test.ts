import { describe, expect, it } from 'vitest';
import { CONSOLE_HINTS, hasConsoleHint, hintedUrl } from '../../src/core/catalogue';

describe('hasConsoleHint (the all-pages pre-filter)', () => {
  it('finds a hint in any of the texts, in any case', () => {
    expect(hasConsoleHint('3CX Management Console')).toBe(true);
    expect(hasConsoleHint('Sign in', 'support.example.com/HelpDesk/scp/login.php')).toBe(true);
    expect(hasConsoleHint('', '', 'Zammad')).toBe(true);
    expect(hasConsoleHint('STARFACE')).toBe(true);
  });

  it('leaves ordinary pages alone', () => {
    expect(hasConsoleHint('Weather in Hamburg', 'small-0.with.bench.example/', '')).toBe(false);
    expect(hasConsoleHint('Sign in — Mail', 'mail.example.org/login', 'WordPress 6.4')).toBe(false);
    expect(hasConsoleHint()).toBe(false);
  });

  it('does not join the texts: a hint split across title and URL is no hint', () => {
    expect(hasConsoleHint('Help', 'desk.example.com/')).toBe(false);
  });

  it('keeps every hint lower case (the texts are lower-cased before the search)', () => {
    for (const hint of CONSOLE_HINTS) expect(hint, hint).toBe(hint.toLowerCase());
  });

  it('gives a verdict on text of any size and alphabet', () => {
    expect(hasConsoleHint('ж'.repeat(200_000))).toBe(false);
    expect(hasConsoleHint(`${'ж'.repeat(200_000)}Ticket`)).toBe(true);
    expect(hasConsoleHint('\u{1F600}İSTANBUL \u0000')).toBe(false);
  });
});

describe('hintedUrl (the part of a page URL the pre-filter reads)', () => {
  it('drops the query, keeps the path and the fragment', () => {
    expect(hintedUrl('https://shop.example/search?q=zendesk+ticket')).toBe('https://shop.example/search');
    expect(hintedUrl('https://pbx.example/webclient/?lang=de#/login')).toBe('https://pbx.example/webclient/#/login');
    expect(hintedUrl('https://desk.example/#/ticket?id=4')).toBe('https://desk.example/#/ticket?id=4');
    expect(hintedUrl('https://example.org/')).toBe('https://example.org/');
  });

  it('so a product named only in the query is no hint', () => {
    expect(hasConsoleHint('Search', hintedUrl('https://search.example/?q=3cx+login'))).toBe(false);
    expect(hasConsoleHint('Sign in', hintedUrl('https://example.org/osticket/scp/?x=1'))).toBe(true);
  });
});
