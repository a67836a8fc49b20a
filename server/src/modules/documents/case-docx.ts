/**
 * 优良案例 as DOCX in the structure of seed 003 Annex D / seed 002 Annex 1: the title (D.1), the body in its five
 * parts with their headings (D.2 a–e), and 主要起草单位 (D.3).
 */
import type { Paragraph, Table } from 'docx';
import type { CaseView } from '../../../../contracts/cases.js';
import { CASE_PARTS } from '../../../../domain/cases/case-text.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { heading, packDocument, para, title } from './docx-kit.js';

/** Annex D.2's headings, numbered as the seed lists them (一、…五、). */
const NUMBERS = ['一', '二', '三', '四', '五'];

export async function caseDocx(view: CaseView): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [title(view.title)];
  children.push(para(view.enterpriseName, { alignment: 'center' }));
  CASE_PARTS.forEach((part, i) => {
    children.push(heading(`${NUMBERS[i]}、${labelOf('zh-CN', 'casePart', part)}`, 2));
    for (const line of view.parts[part].split(/\r?\n/)) {
      const text = line.trim();
      if (text) children.push(para(text, { indent: { firstLine: 480 } }));
    }
  });
  children.push(heading('主要起草单位', 2));
  view.draftingUnits.forEach((unit, i) => {
    children.push(para(`${i + 1}. ${unit}`));
  });
  return packDocument(view.title, children);
}
