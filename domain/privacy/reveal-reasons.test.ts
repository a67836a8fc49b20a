import { describe, expect, it } from 'vitest';
import { REVEAL_REASONS, revealAllowed, revealNoteRequired } from './reveal-reasons.js';

describe('contact reveal reasons (R31)', () => {
  it('needs a note only for "other"', () => {
    expect(REVEAL_REASONS.filter(revealNoteRequired)).toEqual(['other']);
  });

  it('allows up to the hourly limit and refuses the next one', () => {
    expect(revealAllowed(0, 20)).toBe(true);
    expect(revealAllowed(19, 20)).toBe(true);
    expect(revealAllowed(20, 20)).toBe(false);
    expect(revealAllowed(0, 1)).toBe(true);
    expect(revealAllowed(1, 1)).toBe(false);
  });
});
