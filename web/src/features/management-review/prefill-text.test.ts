import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import zhCN from '../../locales/zh-CN.json';
import { prefillText } from './prefill-text';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN } } });
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values);

const audit = {
  status: 'completed' as const,
  startsOn: '2026-11-10',
  endsOn: '2026-11-11',
  findings: { major: 0, minor: 1, observation: 2 },
  openNonconformities: [],
  closedNonconformities: 1,
};

describe("the review's input c) from the platform's data (9.3.2 c))", () => {
  it('names the completed audit with its closed and open NCs, the training and the indicators', () => {
    const text = prefillText(
      { audit, trainingPersonTimes: 12, indicators: [{ name: '一次交验合格率', baseline: '92%', target: '98%' }] },
      t,
    );
    expect(text.split('\n')).toEqual([
      '内审：2026-11-10 至 2026-11-11，已关闭不符合项 1 项，未关闭 0 项',
      '严重不符合 0 项，一般不符合 1 项，观察项 2 项',
      '培训累计 12 人次',
      '一次交验合格率：基线 92%，目标 98%',
    ]);
  });
  it('leaves out an audit not completed yet', () => {
    const text = prefillText({ audit: { ...audit, status: 'planned' }, trainingPersonTimes: 0, indicators: [] }, t);
    expect(text).toBe('培训累计 0 人次');
  });
});
