import { describe, expect, it } from 'vitest';
import { CONSOLE_HINTS, hasConsoleHint } from '../../src/core/catalogue';

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
