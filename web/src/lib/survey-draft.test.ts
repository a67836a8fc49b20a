import { describe, expect, it } from 'vitest';
import { ANNEX_A_TEMPLATE } from '../../../domain/survey/annex-a-template.js';
import { emptySurvey, type Survey } from '../../../domain/survey/survey.js';
import {
  applyLocalValue,
  countUnsyncedDrafts,
  draftKey,
  fillConforming,
  initialDraft,
  lastPeriod,
  readDraft,
  rebaseAfterSave,
  setAnswer,
  syncState,
  writeDraft,
  type StoredDraft,
} from './survey-draft';

const empty = (): Survey => emptySurvey(ANNEX_A_TEMPLATE);

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('stored draft', () => {
  it('round-trips per participation and ignores what is not a draft', () => {
    const storage = memoryStorage();
    const draft: StoredDraft = {
      baseRevision: 3,
      survey: setAnswer(empty(), 'resources.1', { value: 5 }),
      dirty: true,
      savedAt: '2026-06-10T08:00:00.000Z',
    };
    expect(writeDraft(storage, 'p1', draft)).toBe(true);
    expect(readDraft(storage, 'p1')).toEqual(draft);
    expect(readDraft(storage, 'p2')).toBeNull();
    storage.setItem(draftKey('p3'), '{not json');
    expect(readDraft(storage, 'p3')).toBeNull();
    storage.setItem(draftKey('p4'), JSON.stringify({ baseRevision: 1, dirty: true }));
    expect(readDraft(storage, 'p4')).toBeNull();
    expect(readDraft(null, 'p1')).toBeNull();
  });

  it('reports a storage that refuses to write', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => undefined,
    };
    expect(writeDraft(full, 'p1', { baseRevision: 0, survey: empty(), dirty: true, savedAt: '' })).toBe(false);
  });
});

describe('initialDraft', () => {
  const server = { survey: setAnswer(empty(), 'resources.1', { status: 'conforming' }), revision: 4 };

  it('takes a dirty local draft over the server copy, keeping its base', () => {
    const local = setAnswer(empty(), 'resources.2', { status: 'partial' });
    expect(initialDraft(server, { baseRevision: 2, survey: local, dirty: true, savedAt: '' })).toEqual({
      survey: local,
      baseRevision: 2,
      dirty: true,
      fromLocal: true,
    });
  });

  it('takes the server copy when the local one is clean, missing or of another template', () => {
    expect(initialDraft(server, { baseRevision: 4, survey: empty(), dirty: false, savedAt: '' }).survey).toBe(
      server.survey,
    );
    expect(initialDraft(server, null)).toEqual({
      survey: server.survey,
      baseRevision: 4,
      dirty: false,
      fromLocal: false,
    });
    const other = { ...empty(), templateVersion: 2 };
    expect(initialDraft(server, { baseRevision: 1, survey: other, dirty: true, savedAt: '' }).fromLocal).toBe(false);
  });

  it('sends a draft based on a revision the server does not have without a base', () => {
    expect(initialDraft(server, { baseRevision: 9, survey: empty(), dirty: true, savedAt: '' }).baseRevision).toBe(0);
  });
});

describe('rebaseAfterSave', () => {
  it('takes the saved copy when nothing changed meanwhile', () => {
    const sent = setAnswer(empty(), 'resources.1', { status: 'conforming' });
    const saved = setAnswer(sent, 'resources.3', { status: 'partial', finding: 'from the server' });
    expect(rebaseAfterSave(sent, saved, sent)).toBe(saved);
  });

  it('keeps edits made while the save was under way on top of the merged copy', () => {
    const sent = setAnswer(empty(), 'resources.1', { status: 'conforming' });
    const saved = setAnswer(sent, 'resources.3', { status: 'partial', finding: 'from the server' });
    const current = setAnswer(sent, 'resources.2', { value: 97 });
    const next = rebaseAfterSave(sent, saved, current);
    expect(next.answers['resources.3']).toEqual({ status: 'partial', finding: 'from the server' });
    expect(next.answers['resources.2']).toEqual({ value: 97 });
    expect(next.answers['resources.1']).toEqual({ status: 'conforming' });
  });
});

describe('editing helpers', () => {
  it('setAnswer patches one sub-item and drops undefined fields', () => {
    const s = setAnswer(setAnswer(empty(), 'resources.1', { value: 5, unit: '%' }), 'resources.1', {
      unit: undefined,
      period: '2025年',
    });
    expect(s.answers['resources.1']).toEqual({ value: 5, period: '2025年' });
  });

  it('fillConforming marks unanswered sub-items that are not measures, and nothing else', () => {
    const start = setAnswer(empty(), 'compliance_integrity.2', { status: 'nonconforming', finding: 'x' });
    const { survey, filled } = fillConforming(ANNEX_A_TEMPLATE, start);
    const plain = ANNEX_A_TEMPLATE.items.flatMap((i) => i.subItems).filter((s) => !s.measure);
    expect(filled).toBe(plain.length - 1);
    expect(survey.answers['compliance_integrity.2']?.status).toBe('nonconforming');
    expect(survey.answers['compliance_integrity.1']?.status).toBe('conforming');
    expect(survey.answers['resources.1']).toBeUndefined();
  });

  it('lastPeriod suggests the period written last on a measure', () => {
    expect(lastPeriod(ANNEX_A_TEMPLATE, empty())).toBeNull();
    const s = setAnswer(setAnswer(empty(), 'resources.1', { value: 1, period: '2024年' }), 'customer_satisfaction.1', {
      value: 90,
      period: ' 2025年 ',
    });
    expect(lastPeriod(ANNEX_A_TEMPLATE, s)).toBe('2025年');
  });

  it('applyLocalValue re-applies the device value of a conflict', () => {
    const s = setAnswer(empty(), 'resources.1', { status: 'conforming' });
    expect(
      applyLocalValue(s, { path: 'answers.resources.1', local: { status: 'partial', finding: 'local' } }).answers[
        'resources.1'
      ],
    ).toEqual({ status: 'partial', finding: 'local' });
    expect(
      applyLocalValue(s, { path: 'answers.resources.1', local: undefined }).answers['resources.1'],
    ).toBeUndefined();
    expect(
      applyLocalValue(s, { path: 'checks.not_dishonest_2y', local: { result: 'pass' } }).checks.not_dishonest_2y,
    ).toEqual({ result: 'pass' });
    expect(applyLocalValue(s, { path: 'surveyedOn', local: '2026-06-10' }).surveyedOn).toBe('2026-06-10');
    expect(applyLocalValue(s, { path: 'methods', local: undefined }).methods).toEqual([]);
  });
});

describe('syncState', () => {
  const facts = { conflicts: 0, online: true, networkFailed: false, syncing: false, dirty: false };
  it('says the most pressing thing first', () => {
    expect(syncState(facts)).toBe('saved');
    expect(syncState({ ...facts, dirty: true })).toBe('dirty');
    expect(syncState({ ...facts, dirty: true, syncing: true })).toBe('syncing');
    expect(syncState({ ...facts, dirty: true, online: false })).toBe('offline');
    expect(syncState({ ...facts, networkFailed: true, syncing: true })).toBe('offline');
    expect(syncState({ ...facts, conflicts: 2, online: false })).toBe('conflict');
  });
});

describe('countUnsyncedDrafts (asked before signing out, which clears the browser)', () => {
  it('counts the surveys with changes not yet sent, and nothing else', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      key: (i: number) => [...data.keys()][i] ?? null,
      get length() {
        return data.size;
      },
    };
    const put = (id: string, dirty: boolean) =>
      data.set(draftKey(id), JSON.stringify({ baseRevision: 1, survey: empty(), dirty, savedAt: '' }));
    expect(countUnsyncedDrafts(storage)).toBe(0);
    put('p1', true);
    put('p2', false);
    put('p3', true);
    data.set('uplift.lang', 'zh-CN');
    data.set(draftKey('p4'), '{not json');
    expect(countUnsyncedDrafts(storage)).toBe(2);
    expect(countUnsyncedDrafts(null)).toBe(0);
  });
});
