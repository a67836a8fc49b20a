/**
 * The figures of an excellent case (seed 003 Annex D.2: 可附图片、图表): images or charts placed under one of the five
 * parts, each with its caption, numbered 图1, 图2 … in the order a reader meets them.
 */
import { CASE_PARTS, type CasePart } from './case-text.js';

/** The seeds set no number; eight keep a 2,000-character case readable (a choice of the platform). */
export const MAX_CASE_FIGURES = 8;
/** The seeds set no length; a caption names the figure in one line of the Word document. */
export const FIGURE_CAPTION_LIMIT = 60;
/** The Word document embeds the image itself, and Word embeds JPEG and PNG everywhere (WebP/HEIC/PDF it does not). */
export const FIGURE_MIMES = ['image/jpeg', 'image/png'] as const;

export interface CaseFigure {
  fileId: string;
  part: CasePart;
  caption: string;
}

export const isFigureMime = (mime: string): boolean => (FIGURE_MIMES as ReadonlyArray<string>).includes(mime);

/**
 * The figures as they appear in the document: part by part (Annex D.2's order), within a part in the order given,
 * each with its number (图N) and its index in the given list.
 */
export function numberedFigures<F extends { part: CasePart }>(
  figures: ReadonlyArray<F>,
): Array<F & { number: number; index: number }> {
  const indexed = figures.map((f, index) => ({ ...f, index }));
  const ordered = CASE_PARTS.flatMap((part) => indexed.filter((f) => f.part === part));
  return ordered.map((f, i) => ({ ...f, number: i + 1 }));
}

/** 图N and the caption, the line under the figure. */
export const figureLabel = (number: number, caption: string): string => `图${number} ${caption.trim()}`;

/** Swap the figure at `index` with the previous (-1) or next (+1) figure of the same part. */
export function moveFigure<F extends { part: CasePart }>(
  figures: ReadonlyArray<F>,
  index: number,
  direction: -1 | 1,
): F[] {
  const part = figures[index]?.part;
  const same = figures.flatMap((f, i) => (f.part === part ? [i] : []));
  const at = same.indexOf(index);
  const other = same[at + direction];
  if (part === undefined || other === undefined) return [...figures];
  const next = [...figures];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}
