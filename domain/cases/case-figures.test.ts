import { describe, expect, it } from 'vitest';
import { FIGURE_MIMES, figureLabel, isFigureMime, moveFigure, numberedFigures } from './case-figures.js';

describe('case figures', () => {
  it('are numbered in the order of the parts, then the order given', () => {
    const figures = [
      { fileId: 'a', part: 'results' as const, caption: '成效' },
      { fileId: 'b', part: 'profile' as const, caption: '厂区' },
      { fileId: 'c', part: 'results' as const, caption: '合格率' },
      { fileId: 'd', part: 'actions' as const, caption: '看板' },
    ];
    expect(numberedFigures(figures).map((f) => [f.fileId, f.number, f.index])).toEqual([
      ['b', 1, 1],
      ['d', 2, 3],
      ['a', 3, 0],
      ['c', 4, 2],
    ]);
    expect(numberedFigures([])).toEqual([]);
  });
  it('accept JPEG and PNG only (what Word embeds)', () => {
    expect(FIGURE_MIMES).toEqual(['image/jpeg', 'image/png']);
    expect(isFigureMime('image/png')).toBe(true);
    expect(isFigureMime('image/jpeg')).toBe(true);
    for (const m of ['image/webp', 'image/heic', 'application/pdf', '']) expect(isFigureMime(m)).toBe(false);
  });
  it('are labelled 图N with the caption', () => {
    expect(figureLabel(3, ' 一次交检合格率 ')).toBe('图3 一次交检合格率');
  });
  it('move within their part: swap with the neighbour of the same part, never past the ends', () => {
    const f = [
      { fileId: 'a', part: 'actions' as const },
      { fileId: 'b', part: 'results' as const },
      { fileId: 'c', part: 'actions' as const },
    ];
    expect(moveFigure(f, 2, -1).map((x) => x.fileId)).toEqual(['c', 'b', 'a']);
    expect(moveFigure(f, 0, 1).map((x) => x.fileId)).toEqual(['c', 'b', 'a']);
    expect(moveFigure(f, 0, -1).map((x) => x.fileId)).toEqual(['a', 'b', 'c']);
    expect(moveFigure(f, 1, 1).map((x) => x.fileId)).toEqual(['a', 'b', 'c']);
    expect(moveFigure(f, 5, 1).map((x) => x.fileId)).toEqual(['a', 'b', 'c']);
  });
});
