/** A short list typed as one text (criteria, clauses, attendees): the Chinese and the Latin separators both split. */
export const splitList = (text: string): string[] =>
  text
    .split(/[;；,，、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The list as one text again, with the Chinese separator. */
export const joinList = (items: ReadonlyArray<string>): string => items.join('；');
