import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, detect, isSignInOnly, type FieldFacts } from '../../src/core';
import { collectSnapshot } from '../../src/content/snapshot';
import { ALL_FIXTURES } from '../fixtures';

const field = (f: Partial<FieldFacts>): FieldFacts => ({ type: 'text', name: '', id: '', autocomplete: '', label: '', placeholder: '', ...f });
const user = field({ name: 'username' });

describe('isSignInOnly: the console module may wait for the user on a page that is only a sign-in', () => {
  it('a user name and the current password', () => {
    expect(isSignInOnly([user, field({ type: 'password', name: 'password' }), field({ type: 'submit' }), field({ type: 'hidden', name: 'csrf' })], 'Sign in')).toBe(true);
  });

  it('not a single new password, PIN or auth ID', () => {
    expect(isSignInOnly([user, field({ type: 'password', name: 'password', autocomplete: 'new-password' })], '')).toBe(false);
    expect(isSignInOnly([field({ type: 'password', name: 'vm_pin', label: 'Voicemail PIN' })], '')).toBe(false);
    expect(isSignInOnly([field({ type: 'password', name: 'password' }), field({ name: 'auth_id', label: 'Auth ID', catalogue: 'authId' })], '')).toBe(false);
  });

  it('not a page with two passwords, nor one without a password', () => {
    expect(isSignInOnly([user, field({ type: 'password', name: 'password' }), field({ type: 'password', name: 'password2' })], 'Add user')).toBe(false);
    expect(isSignInOnly([user], 'Sign in')).toBe(false);
  });
});

describe('Detection.signInOnly over every fixture with a password field', () => {
  const FIXTURE_DIR = new URL('../fixtures/', import.meta.url);
  for (const fx of ALL_FIXTURES) {
    const url = `https://${fx.host}${fx.path}${fx.hash ?? ''}`;
    const doc = new JSDOM(readFileSync(new URL(fx.file, FIXTURE_DIR), 'utf8'), { url }).window.document;
    const detection = detect(collectSnapshot(doc, url), CATALOGUE);
    if (!detection?.isLogin) continue;
    // Sign-in pages wait; change-password, new-user and extension forms show their actions and findings at once.
    const signIn = /-login(-jsp)?\.html$/.test(fx.file);
    it(`${fx.file}: ${signIn ? 'sign-in only' : 'more than a sign-in'}`, () => {
      expect(detection.signInOnly).toBe(signIn);
    });
  }
});
