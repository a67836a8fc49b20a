/**
 * A Word document as a person sees it: DOCX → PDF through LibreOffice, the PDF's text, and its first page as PNG in
 * artifacts/documents/ (look at it with an image viewer). CI installs LibreOffice and poppler (.ci/run); elsewhere
 * the caller skips the rendering, never fakes it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../../artifacts/documents');

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Whether the rendering tools are here (CI=true requires them: a missing tool then fails the test). */
export const canRender = () => (has('soffice') && has('pdftoppm') && has('pdftotext')) || process.env.CI === 'true';

/** Writes the DOCX, converts it, and returns the PDF's text and the PNG of its first page. */
export function renderDocx(bytes: Buffer, name: string): { text: string; png: string } {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-lo-'));
  try {
    const docx = path.join(ARTIFACTS, `${name}.docx`);
    fs.writeFileSync(docx, bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, docx],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    const prefix = path.join(ARTIFACTS, name);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    return { text, png: `${prefix}.png` };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
