import { describe, expect, it } from 'vitest';
import { SubmissionKeys } from './submission-keys';

describe('SubmissionKeys (ADR 0039)', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${++n}`;
  };

  it('keeps the key for the same request until the server answers for good', () => {
    const keys = new SubmissionKeys(counter());
    expect(keys.keyFor('POST /a {"x":1}')).toBe('key-1');
    keys.settle(0); // network error: the retry is the same submission
    expect(keys.keyFor('POST /a {"x":1}')).toBe('key-1');
    keys.settle(503);
    expect(keys.keyFor('POST /a {"x":1}')).toBe('key-1');
    keys.settle(409, 'IDEMPOTENCY_IN_PROGRESS');
    expect(keys.keyFor('POST /a {"x":1}')).toBe('key-1');
    keys.settle(201);
    expect(keys.keyFor('POST /a {"x":1}')).toBe('key-2');
  });

  it('a refusal ends the submission (the corrected form is a new one); so does another request', () => {
    const keys = new SubmissionKeys(counter());
    expect(keys.keyFor('POST /a {"x":1}')).toBe('key-1');
    keys.settle(400);
    expect(keys.keyFor('POST /a {"x":1}')).toBe('key-2');
    expect(keys.keyFor('POST /a {"x":2}')).toBe('key-3');
  });

  it('makes 32 hex characters by default, different each time', () => {
    const keys = new SubmissionKeys();
    const a = keys.keyFor('a');
    keys.settle(200);
    const b = keys.keyFor('a');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).not.toBe(a);
  });
});
