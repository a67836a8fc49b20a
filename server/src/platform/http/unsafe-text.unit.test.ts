import { describe, expect, it } from 'vitest';
import { findUnsafeText, unsafeText } from './unsafe-text.js';

describe('unsafeText', () => {
  it('finds NUL and lone surrogates of either half', () => {
    expect(unsafeText('a\u0000b')).toBe('NUL');
    expect(unsafeText('\u0000')).toBe('NUL');
    expect(unsafeText('a\ud800')).toBe('LONE_SURROGATE');
    expect(unsafeText('\udfffa')).toBe('LONE_SURROGATE');
    expect(unsafeText('\ude00\ud83d')).toBe('LONE_SURROGATE'); // halves in the wrong order
  });
  it('accepts ordinary text, surrogate pairs (emoji, rare CJK) and other control characters', () => {
    for (const text of ['', '徐州市', '😀', '𠮷野家', 'tab\tnewline\n', '\u0001', '\ufffd', '\uffff'])
      expect(unsafeText(text), text).toBeNull();
  });
});

describe('findUnsafeText', () => {
  it('names the path of the first bad string in objects and arrays', () => {
    expect(findUnsafeText({ a: 'ok', b: { c: ['ok', 'x\u0000'] } }, 'body')).toEqual({
      field: 'body.b.c.1',
      problem: 'NUL',
    });
    expect(findUnsafeText('x\ud800', 'body')).toEqual({ field: 'body', problem: 'LONE_SURROGATE' });
    expect(findUnsafeText({ first: 'a\u0000', second: 'b\u0000' }, 'body')?.field).toBe('body.first');
  });
  it('checks keys too, and shows a bad key escaped', () => {
    expect(findUnsafeText({ 'na\u0000me': 'ok' }, 'body')).toEqual({ field: 'body.na\\u0000me', problem: 'NUL' });
    expect(findUnsafeText({ 'k\ud800': 1 }, 'query')).toEqual({ field: 'query.k\\ud800', problem: 'LONE_SURROGATE' });
  });
  it('walks objects without a prototype (parsed query strings)', () => {
    const query = Object.create(Object.create(null)) as Record<string, string>;
    query.q = '\u0000';
    expect(findUnsafeText(query, 'query')).toEqual({ field: 'query.q', problem: 'NUL' });
  });
  it('ignores numbers, booleans, null and non-text bodies', () => {
    expect(findUnsafeText({ n: 1, b: true, z: null, u: undefined }, 'body')).toBeNull();
    expect(findUnsafeText(Buffer.from([0, 0xd8]), 'body')).toBeNull();
    expect(findUnsafeText(undefined, 'params')).toBeNull();
  });
  it('walks a deeply nested body without overflowing the stack', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnsafeText(deep, 'body')).toMatchObject({ problem: 'NUL' });
  });
});
