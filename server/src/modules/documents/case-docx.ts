/**
 * 优良案例 as DOCX in the structure of seed 003 Annex D / seed 002 Annex 1: the title (D.1), the body in its five
 * parts with their headings (D.2 a–e), each part followed by its images and charts (图N and the caption centred
 * below), and 主要起草单位 (D.3).
 */
import { ImageRun, Paragraph, type Table } from 'docx';
import type { CaseView } from '../../../../contracts/cases.js';
import { figureLabel } from '../../../../domain/cases/case-figures.js';
import { CASE_PARTS } from '../../../../domain/cases/case-text.js';
import { imageSize, scaleToWidth } from '../../platform/files/image-size.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { CONTENT_WIDTH, heading, packDocument, para, title } from './docx-kit.js';

/** Annex D.2's headings, numbered as the seed lists them (一、…五、). */
const NUMBERS = ['一', '二', '三', '四', '五'];
/** The text width in pixels at 96 dpi (twips ÷ 15), and a height that leaves room for the caption on an A4 page. */
const FIGURE_WIDTH = Math.floor(CONTENT_WIDTH / 15);
const FIGURE_MAX_HEIGHT = 800;

export interface DocxImage {
  bytes: Buffer;
  mime: string;
}

/** The figure scaled to the text width keeping its aspect ratio (and no taller than the page allows). */
function figureParagraph(image: DocxImage, caption: string): Paragraph | null {
  const size = imageSize(image.bytes);
  if (!size) return null;
  let fit = scaleToWidth(size, FIGURE_WIDTH);
  if (fit.height > FIGURE_MAX_HEIGHT)
    fit = { width: Math.max(1, Math.round((fit.width * FIGURE_MAX_HEIGHT) / fit.height)), height: FIGURE_MAX_HEIGHT };
  return new Paragraph({
    alignment: 'center',
    keepNext: true,
    children: [
      new ImageRun({
        type: image.mime === 'image/png' ? 'png' : 'jpg',
        data: image.bytes,
        transformation: fit,
        altText: { name: caption, description: caption, title: caption },
      }),
    ],
  });
}

export async function caseDocx(view: CaseView, images: ReadonlyMap<string, DocxImage> = new Map()): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [title(view.title)];
  children.push(para(view.enterpriseName, { alignment: 'center' }));
  CASE_PARTS.forEach((part, i) => {
    children.push(heading(`${NUMBERS[i]}、${labelOf('zh-CN', 'casePart', part)}`, 2));
    for (const line of view.parts[part].split(/\r?\n/)) {
      const text = line.trim();
      if (text) children.push(para(text, { indent: { firstLine: 480 } }));
    }
    for (const figure of view.figures.filter((f) => f.part === part)) {
      const image = images.get(figure.fileId);
      const picture = image ? figureParagraph(image, figure.caption) : null;
      if (picture) children.push(picture);
      children.push(para(figureLabel(figure.number, figure.caption), { alignment: 'center' }));
    }
  });
  children.push(heading('主要起草单位', 2));
  view.draftingUnits.forEach((unit, i) => {
    children.push(para(`${i + 1}. ${unit}`));
  });
  return packDocument(view.title, children);
}
