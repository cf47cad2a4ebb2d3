import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageBundle } from '../../src/core/i18n/format';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as MessageBundle;
const de = JSON.parse(readFileSync('public/_locales/de/messages.json', 'utf8')) as MessageBundle;

describe('formatMessage (the fallback when chrome.i18n answers nothing)', () => {
  it('formats the extension’s own messages with their substitutions, as the browser does', () => {
    expect(formatMessage(en, 'badgeTrusted', ['GLPI', 'helpdesk.acme.example'])).toBe('GLPI — trusted (helpdesk.acme.example)');
    expect(formatMessage(de, 'signinSwitchOn', 'Admin › 2FA')).toBe(`${de['signinSwitchOn']!.message.replace('$1', 'Admin › 2FA')}`);
    expect(formatMessage(en, 'extName')).toBe('Admin Console Guard');
  });

  it('writes $$ as a dollar, leaves missing substitutions empty and never treats a substitution as a pattern', () => {
    const b: MessageBundle = { price: { message: 'costs $$5 for $1 and $2' } };
    expect(formatMessage(b, 'price', ['$1 $$'])).toBe('costs $5 for $1 $$ and ');
  });

  it('answers "" for an unknown key and for keys of Object.prototype', () => {
    expect(formatMessage(en, 'noSuchKey')).toBe('');
    expect(formatMessage(en, 'constructor')).toBe('');
    expect(formatMessage(en, '__proto__')).toBe('');
  });

  it('uses only $1…$9, like the browser', () => {
    expect(formatMessage({ m: { message: '$1$0' } }, 'm', ['a'])).toBe('a$0');
  });
});
