/**
 * The evaluation table C.1 (003 Annex C, §6.9) as Word: e03's signed-off evaluation downloads as DOCX, converts through
 * LibreOffice to PDF and renders to PNG (artifacts/documents/); the PDF's text carries the rows, the result and the
 * panel's signatures block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../artifacts/documents');
const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const tools = has('soffice') && has('pdftoppm') && has('pdftotext');
// CI installs LibreOffice and poppler (.ci/run); elsewhere the rendering is skipped, never faked
const render = tools || process.env.CI === 'true' ? it : it.skip;

let t: TestApp;
let profile: string;
beforeAll(async () => {
  t = await buildTestApp();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-lo-'));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

function toPdf(docx: string): { pdf: string; text: string; pages: number } {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, docx],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? '0');
  return { pdf, text, pages };
}

function png(pdf: string, page: number, name: string): string {
  const prefix = path.join(ARTIFACTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

describe('the evaluation table C.1', () => {
  it('downloads as DOCX for the bureau', async () => {
    const response = await (await t.as('xuzhou')).get(
      `/api/v1/participations/${t.ids.participations.e03}/evaluation/docx`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('认证提升成效评价表'));
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  render(
    'renders through LibreOffice with the rows, the result and the signatures block',
    async () => {
      const file = path.join(ARTIFACTS, 'evaluation-e03.docx');
      const bureau = await t.as('xuzhou');
      fs.writeFileSync(
        file,
        (await bureau.get(`/api/v1/participations/${t.ids.participations.e03}/evaluation/docx`)).rawPayload,
      );
      const d = toPdf(file);
      expect(d.text).toContain('认证提升成效评价表');
      expect(d.text).toContain('客户退货率');
      expect(d.text).toMatch(/未达成\s*目\s*标/);
      expect(d.text).toContain('合计评分');
      expect(d.text).toContain('评价组签字');
      expect(d.text).toContain('合格');
      expect(fs.statSync(png(d.pdf, 1, 'evaluation-e03-page1')).size).toBeGreaterThan(10_000);
    },
    240_000,
  );
});
