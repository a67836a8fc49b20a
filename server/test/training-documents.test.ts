/**
 * The training sign-in sheet (培训签到表, 001 annex 一、1) rendered through LibreOffice to PDF and PNG for a person to
 * look at (artifacts/documents/). The PDF's text proves the Chinese content and the rows survived.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signInSheetDocx } from '../src/modules/training/sign-in-docx.js';

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

let profile: string;
beforeAll(() => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-lo-'));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => fs.rmSync(profile, { recursive: true, force: true }));

const SHEET = {
  title: '质量管理体系标准集中培训（丰县）',
  kind: 'industry',
  subKind: 'sectoral',
  delivery: 'offline',
  campaignName: '2026年徐州市小微企业质量管理体系认证提升行动',
  organizer: '徐州市市场监督管理局（王科长）',
  heldOn: '2026-05-12',
  endsOn: '2026-05-12',
  durationHours: 3.5,
  placeOrUrl: '丰县市场监督管理局三楼会议室',
  topics: ['GB/T 19001—2016 标准理解', '食品行业过程控制要点', '优良案例分享'],
  audiences: ['leadership', 'system_builders'],
  rows: [
    {
      enterpriseName: '丰县华康食品有限公司',
      personName: '张三',
      post: '质量部经理',
      audienceLevel: 'system_builders',
    },
    { enterpriseName: '丰县华康食品有限公司', personName: '李四', post: '总经理', audienceLevel: 'leadership' },
    { enterpriseName: '徐州云龙精密机械有限公司', personName: '王五', post: null, audienceLevel: null },
  ],
  blankFor: ['丰县宏达包装材料厂'],
};

describe('the training sign-in sheet', () => {
  it('is a well-formed DOCX', async () => {
    const file = await signInSheetDocx(SHEET);
    expect(file.subarray(0, 2).toString()).toBe('PK');
  });

  render(
    'renders through LibreOffice with its particulars, one row per person and blank rows to sign',
    async () => {
      const docx = path.join(ARTIFACTS, 'training-sign-in-sheet.docx');
      fs.writeFileSync(docx, await signInSheetDocx(SHEET));
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, docx],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = docx.replace(/\.docx$/, '.pdf');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      expect(text).toContain('培训签到表');
      expect(text).toContain('行业培训（行业性问题）');
      expect(text).toContain('丰县华康食品有限公司');
      expect(text).toContain('丰县宏达包装材料厂');
      expect(text).toContain('共 3 人次');
      const prefix = path.join(ARTIFACTS, 'training-sign-in-sheet');
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
      expect(fs.statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
    },
    180_000,
  );
});
