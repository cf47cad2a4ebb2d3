import { describe, expect, it } from 'vitest';
import { LEFT_DOCUMENT_TTL_MS, MAX_LEFT_DOCUMENTS, originOf, parkLeft, restorableFor, withoutDocuments, type LeftDocument } from '../../src/core';

/** Documents a tab has left, parked for a restore from the back/forward cache (src/core/documents/left.ts). */
const T0 = 1_800_000_000_000;
const doc = (documentId: string, topOrigin = 'https://pbx.acme.example', leftAt = T0, state = documentId): LeftDocument<string> => ({ documentId, topOrigin, leftAt, state });

describe('parking the state of left documents', () => {
  it('keeps the newest first; a document parked again replaces its older entry', () => {
    const first = parkLeft<string>(undefined, [doc('A'), doc('B')], T0);
    const again = parkLeft<string>(first, [doc('A', 'https://pbx.acme.example', T0 + 5, 'A2')], T0 + 5);
    expect(again.map((d) => `${d.documentId}:${d.state}`)).toEqual(['A:A2', 'B:B']);
  });

  it('holds at most MAX_LEFT_DOCUMENTS entries, dropping the oldest', () => {
    let left: LeftDocument<string>[] = [];
    for (let i = 0; i < MAX_LEFT_DOCUMENTS + 5; i++) left = parkLeft<string>(left, [doc(`D${i}`, 'https://a.example', T0 + i)], T0 + i);
    expect(left).toHaveLength(MAX_LEFT_DOCUMENTS);
    expect(left[0]!.documentId).toBe(`D${MAX_LEFT_DOCUMENTS + 4}`);
    expect(left.some((d) => d.documentId === 'D0')).toBe(false);
  });

  it('forgets what the browser no longer keeps: entries older than its back/forward cache lifetime', () => {
    const left = parkLeft<string>(undefined, [doc('OLD')], T0);
    expect(restorableFor(left, 'https://pbx.acme.example/', T0 + LEFT_DOCUMENT_TTL_MS - 1)).toHaveLength(1);
    expect(restorableFor(left, 'https://pbx.acme.example/', T0 + LEFT_DOCUMENT_TTL_MS)).toEqual([]);
    expect(parkLeft<string>(left, [doc('NEW', 'https://b.example', T0 + LEFT_DOCUMENT_TTL_MS)], T0 + LEFT_DOCUMENT_TTL_MS).map((d) => d.documentId)).toEqual(['NEW']);
  });

  it('offers for a restore only the documents of the origin the tab went to', () => {
    const left = parkLeft<string>(undefined, [doc('PBX'), doc('EVIL', 'https://pbx.acme.example.evil.test'), doc('PORT', 'https://pbx.acme.example:8443')], T0);
    expect(restorableFor<string>(left, 'https://pbx.acme.example/webclient/#/login', T0).map((d) => d.documentId)).toEqual(['PBX']);
    expect(restorableFor<string>(left, 'https://pbx.acme.example.evil.test/?q=1', T0).map((d) => d.documentId)).toEqual(['EVIL']);
    expect(restorableFor<string>(left, 'https://news.example/', T0)).toEqual([]);
    // No origin to match: nothing is offered (about:blank, data:, a broken URL).
    for (const url of ['about:blank', 'data:text/html,x', 'not a url', '']) expect(restorableFor(left, url, T0)).toEqual([]);
  });

  it('takes documents out of the list by id', () => {
    const left = parkLeft<string>(undefined, [doc('A'), doc('B'), doc('C')], T0);
    expect(withoutDocuments<string>(left, new Set(['B']), T0).map((d) => d.documentId)).toEqual(['A', 'C']);
    expect(withoutDocuments<string>(left, new Set(['A', 'B', 'C']), T0)).toEqual([]);
  });

  it('ignores stored data that is not a list of well-formed entries', () => {
    const junk: unknown[] = [null, 7, 'x', {}, { documentId: '', topOrigin: 'https://a.example', leftAt: T0, state: 1 }, { documentId: 'F', topOrigin: 'https://a.example', leftAt: T0 + 60_000, state: 1 }, { documentId: 'N', topOrigin: 5, leftAt: T0 }, doc('OK', 'https://a.example')];
    expect(restorableFor(junk, 'https://a.example/', T0).map((d) => d.documentId)).toEqual(['OK']);
    expect(parkLeft({ not: 'a list' } as unknown as unknown[], [doc('A')], T0).map((d) => d.documentId)).toEqual(['A']);
    expect(withoutDocuments(undefined, new Set(['A']), T0)).toEqual([]);
  });
});

describe('originOf', () => {
  it('names the origin of web URLs and none for opaque or broken ones', () => {
    expect(originOf('https://pbx.acme.example:5001/webclient/#/login')).toBe('https://pbx.acme.example:5001');
    expect(originOf('blob:https://a.example/uuid')).toBe('https://a.example');
    for (const url of [undefined, '', 'about:blank', 'data:text/html,x', 'nope']) expect(originOf(url)).toBeNull();
  });
});
