import { describe, expect, it } from 'vitest';
import {
  CLAUSES,
  EXCLUDABLE_CLAUSES,
  MANDATORY_ITEMS,
  childClauses,
  clauseWithin,
  isClause,
  parentClause,
} from './clauses.js';
import { computeCoverage, nonApplicabilityProblem, type CoveringDocument } from './coverage.js';
import { STARTER_OUTLINES, outlineOf } from './outlines.js';
import {
  compareRevisions,
  coverageClaimProblem,
  newRevisionProblem,
  nextNumber,
  nextRevision,
  numberTaken,
  parentProblem,
  revisionInForce,
  revisionProblem,
  statusChangeProblem,
  type RevisionFacts,
} from './register.js';

describe('the clause data (reference iso9001.md)', () => {
  it('lists clauses 4–10 with their titles, 10.1 General to 10.3', () => {
    expect(CLAUSES[0]).toMatchObject({ id: '4', zh: '组织环境' });
    expect(CLAUSES.find((c) => c.id === '10.2')?.zh).toBe('不合格和纠正措施');
    expect(CLAUSES.find((c) => c.id === '10.3')?.en).toBe('Continual improvement');
    expect(new Set(CLAUSES.map((c) => c.id)).size).toBe(CLAUSES.length);
  });
  it('has 5 documents to maintain and 21 records to retain, each on a listed clause', () => {
    expect(MANDATORY_ITEMS.filter((i) => i.kind === 'maintain')).toHaveLength(5);
    expect(MANDATORY_ITEMS.filter((i) => i.kind === 'retain')).toHaveLength(21);
    for (const item of MANDATORY_ITEMS) expect(isClause(item.clause), item.id).toBe(true);
    expect(MANDATORY_ITEMS.find((i) => i.id === 'R21')).toMatchObject({ citation: '10.2.2', clause: '10.2' });
  });
  it('knows parents and parts; 8.5 does not hold 8.51', () => {
    expect(parentClause('8.5.1')).toBe('8.5');
    expect(parentClause('8')).toBeNull();
    expect(clauseWithin('8.5.1', '8')).toBe(true);
    expect(clauseWithin('8.5', '8.5')).toBe(true);
    expect(clauseWithin('8.51', '8.5')).toBe(false);
    expect(childClauses('8.3')).toEqual(['8.3.1', '8.3.2', '8.3.3', '8.3.4', '8.3.5', '8.3.6']);
    expect(childClauses('4.3')).toEqual([]);
  });
  it('every excludable clause is listed; the design items all fall under 8.3', () => {
    for (const c of EXCLUDABLE_CLAUSES) expect(isClause(c), c).toBe(true);
    const design = MANDATORY_ITEMS.filter((i) => clauseWithin(i.clause, '8.3')).map((i) => i.id);
    expect(design).toEqual(['R7', 'R8', 'R9', 'R10', 'R11']);
  });
});

describe('the hierarchy 管理手册 → 程序文件 → 作业指导书 → 表单', () => {
  it('a document hangs below a higher level only', () => {
    expect(parentProblem('procedure', 'manual')).toBeNull();
    expect(parentProblem('form', 'procedure')).toBeNull();
    expect(parentProblem('form', 'instruction')).toBeNull();
    expect(parentProblem('procedure', null)).toBeNull();
    expect(parentProblem('procedure', 'procedure')?.code).toBe('QMS_PARENT_LEVEL');
    expect(parentProblem('procedure', 'instruction')?.code).toBe('QMS_PARENT_LEVEL');
    expect(parentProblem('manual', 'manual')).toMatchObject({ code: 'QMS_PARENT_LEVEL', field: 'parentId' });
  });
  it('clauses and items must be known; a record to retain sits on a form', () => {
    expect(coverageClaimProblem('procedure', ['7.5', '8.5.1'], ['D2'])).toBeNull();
    expect(coverageClaimProblem('procedure', ['7.9'], [])).toMatchObject({ code: 'QMS_CLAUSE_UNKNOWN', detail: '7.9' });
    expect(coverageClaimProblem('form', [], ['R22'])).toMatchObject({ code: 'QMS_ITEM_UNKNOWN', field: 'items' });
    expect(coverageClaimProblem('manual', ['9.2'], ['R19'])).toMatchObject({
      code: 'QMS_RECORD_ITEM_NEEDS_FORM',
      detail: 'R19',
    });
    expect(coverageClaimProblem('form', ['9.2'], ['R19'])).toBeNull();
  });
  it('numbers are unique without case; the next free number', () => {
    expect(numberTaken(' qp-01', ['QP-01'])).toBe(true);
    expect(numberTaken('QP-02', ['QP-01'])).toBe(false);
    expect(nextNumber('QP', [])).toBe('QP-01');
    expect(nextNumber('QP', ['QP-01', 'qp-02', 'QP-04'])).toBe('QP-03');
  });
});

describe('versions A/0, A/1, B/0', () => {
  it('orders and proposes versions', () => {
    expect(compareRevisions('A/1', 'A/0')).toBeGreaterThan(0);
    expect(compareRevisions('A/10', 'A/9')).toBeGreaterThan(0);
    expect(compareRevisions('B/0', 'A/9')).toBeGreaterThan(0);
    expect(compareRevisions('A/0', 'A/0')).toBe(0);
    expect(nextRevision('A/0', 'minor')).toBe('A/1');
    expect(nextRevision('A/3', 'major')).toBe('B/0');
  });
  it('a new version is well formed and after every earlier one', () => {
    expect(revisionProblem('A/0', [])).toBeNull();
    expect(revisionProblem('A/1', ['A/0'])).toBeNull();
    expect(revisionProblem('V1.0', [])).toMatchObject({ code: 'QMS_REVISION_FORMAT', field: 'revision' });
    expect(revisionProblem('A/0', ['A/0'])).toMatchObject({ code: 'QMS_REVISION_NOT_NEWER', detail: 'A/0' });
    expect(revisionProblem('A/1', ['A/0', 'B/0'])).toMatchObject({ code: 'QMS_REVISION_NOT_NEWER', detail: 'B/0' });
  });
  it('the revision in force is the newest effective one', () => {
    expect(
      revisionInForce([
        { revision: 'A/0', status: 'obsolete' as const, effectiveOn: '2026-07-01' },
        { revision: 'A/1', status: 'effective' as const, effectiveOn: '2026-08-01' },
        { revision: 'B/0', status: 'draft' as const, effectiveOn: null },
      ])?.revision,
    ).toBe('A/1');
    expect(revisionInForce([{ revision: 'A/0', status: 'draft' as const, effectiveOn: null }])).toBeNull();
  });
});

const draft: RevisionFacts = {
  status: 'draft',
  authorName: '陈晓燕',
  draftedOn: '2026-07-05',
  approverName: null,
  approvedOn: null,
  effectiveOn: null,
};
const approved: RevisionFacts = { ...draft, status: 'approved', approverName: '张总', approvedOn: '2026-07-10' };
const effective: RevisionFacts = { ...approved, status: 'effective', effectiveOn: '2026-07-15' };
const TODAY = '2026-07-20';

describe('status changes draft → approved → effective → obsolete (7.5.2 c), 7.5.3)', () => {
  it('only the allowed transitions', () => {
    expect(statusChangeProblem(draft, { to: 'effective', effectiveOn: TODAY }, TODAY)).toMatchObject({
      code: 'QMS_STATUS_TRANSITION',
      detail: 'draft>effective',
    });
    expect(statusChangeProblem(draft, { to: 'obsolete', obsoletedOn: TODAY }, TODAY)?.code).toBe(
      'QMS_STATUS_TRANSITION',
    );
    expect(statusChangeProblem(approved, { to: 'draft' }, TODAY)).toBeNull();
    expect(
      statusChangeProblem({ ...effective, status: 'obsolete' }, { to: 'effective', effectiveOn: TODAY }, TODAY)?.code,
    ).toBe('QMS_STATUS_TRANSITION');
  });
  it('approval: by someone other than the author, dated from the draft to today', () => {
    const ok = { to: 'approved' as const, approverName: '张总', approvedOn: '2026-07-05' };
    expect(statusChangeProblem(draft, ok, TODAY)).toBeNull();
    expect(statusChangeProblem(draft, { ...ok, approverName: ' 陈 晓燕 ' }, TODAY)).toMatchObject({
      code: 'QMS_APPROVER_IS_AUTHOR',
      field: 'approverName',
    });
    expect(statusChangeProblem(draft, { ...ok, approverName: ' ' }, TODAY)).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'approverName',
    });
    expect(statusChangeProblem(draft, { ...ok, approvedOn: '2026-07-04' }, TODAY)).toMatchObject({
      code: 'DATE_ORDER',
      field: 'approvedOn',
    });
    expect(statusChangeProblem(draft, { ...ok, approvedOn: TODAY }, TODAY)).toBeNull();
    expect(statusChangeProblem(draft, { ...ok, approvedOn: '2026-07-21' }, TODAY)).toMatchObject({
      code: 'DATE_IN_FUTURE',
    });
  });
  it('effective: not before the approval, not in the future', () => {
    expect(statusChangeProblem(approved, { to: 'effective', effectiveOn: '2026-07-10' }, TODAY)).toBeNull();
    expect(statusChangeProblem(approved, { to: 'effective', effectiveOn: '2026-07-09' }, TODAY)).toMatchObject({
      code: 'DATE_ORDER',
      field: 'effectiveOn',
      detail: '2026-07-10',
    });
    expect(statusChangeProblem(approved, { to: 'effective', effectiveOn: '2026-07-21' }, TODAY)?.code).toBe(
      'DATE_IN_FUTURE',
    );
    expect(statusChangeProblem(approved, { to: 'effective' }, TODAY)).toMatchObject({ field: 'effectiveOn' });
  });
  it('obsolete: not before it took effect', () => {
    expect(statusChangeProblem(effective, { to: 'obsolete', obsoletedOn: '2026-07-15' }, TODAY)).toBeNull();
    expect(statusChangeProblem(effective, { to: 'obsolete', obsoletedOn: '2026-07-14' }, TODAY)).toMatchObject({
      code: 'DATE_ORDER',
      field: 'obsoletedOn',
    });
  });
  it('a new revision only of a document in force, after it took effect', () => {
    const inForce = { ...effective, revision: 'A/0' };
    expect(newRevisionProblem(inForce, ['A/0'], { revision: 'A/1', draftedOn: '2026-07-15' }, TODAY)).toBeNull();
    expect(
      newRevisionProblem({ ...draft, revision: 'A/0' }, ['A/0'], { revision: 'A/1', draftedOn: TODAY }, TODAY),
    ).toMatchObject({ code: 'QMS_REVISION_PENDING' });
    expect(newRevisionProblem(inForce, ['A/0'], { revision: 'A/0', draftedOn: TODAY }, TODAY)?.code).toBe(
      'QMS_REVISION_NOT_NEWER',
    );
    expect(newRevisionProblem(inForce, ['A/0'], { revision: 'A/1', draftedOn: '2026-07-14' }, TODAY)).toMatchObject({
      code: 'DATE_ORDER',
      field: 'draftedOn',
    });
    expect(newRevisionProblem(inForce, ['A/0'], { revision: 'A/1', draftedOn: '2026-07-21' }, TODAY)?.code).toBe(
      'DATE_IN_FUTURE',
    );
  });
});

const doc = (id: string, clauses: string[], items: string[] = []): CoveringDocument => ({
  id,
  number: id,
  title: id,
  clauses,
  items,
});

describe('coverage', () => {
  it('an empty register is all gaps', () => {
    const c = computeCoverage([], []);
    expect(c.gaps).toEqual({ clauses: CLAUSES.length, items: MANDATORY_ITEMS.length });
  });
  it('a document naming a clause covers its parts; a record item needs the item itself', () => {
    const c = computeCoverage([doc('QP-01', ['8.5']), doc('QR-01', ['8.5.2'], ['R13'])], []);
    const at = (id: string) => c.clauses.find((x) => x.clause === id)!;
    expect(at('8.5.1')).toMatchObject({ state: 'covered', documentIds: ['QP-01'] });
    expect(at('8.5.2').documentIds).toEqual(['QP-01', 'QR-01']);
    expect(at('8.4').state).toBe('gap');
    expect(at('8').state).toBe('gap'); // 8.1–8.4, 8.6, 8.7 not covered
    expect(c.items.find((i) => i.item === 'R13')).toMatchObject({ state: 'covered', documentIds: ['QR-01'] });
    expect(c.items.find((i) => i.item === 'D5')!.state).toBe('gap'); // 8.5.1 covered, the document D5 not named
  });
  it('a parent is covered when every part is covered or not applicable', () => {
    const parts = ['8.3.1', '8.3.2', '8.3.3', '8.3.4', '8.3.5'];
    expect(computeCoverage([doc('a', parts)], []).clauses.find((x) => x.clause === '8.3')!.state).toBe('gap');
    const all = computeCoverage([doc('a', [...parts, '8.3.6'])], []);
    expect(all.clauses.find((x) => x.clause === '8.3')).toMatchObject({ state: 'covered', documentIds: [] });
    const withNa = computeCoverage([doc('a', parts)], [{ clause: '8.3.6', reason: '无设计更改' }]);
    expect(withNa.clauses.find((x) => x.clause === '8.3')!.state).toBe('covered');
    // all parts not applicable and none covered is not "covered"
    const allNa = computeCoverage(
      [],
      [
        { clause: '7.1.5.1', reason: 'x' },
        { clause: '7.1.5.2', reason: 'y' },
      ],
    );
    expect(allNa.clauses.find((x) => x.clause === '7.1.5')!.state).toBe('gap');
  });
  it('8.3 not applicable: the clause, its parts and R7–R11, with the reason', () => {
    const c = computeCoverage([], [{ clause: '8.3', reason: '按客户图纸加工，无设计开发' }]);
    expect(c.clauses.filter((x) => x.state === 'not_applicable').map((x) => x.clause)).toEqual([
      '8.3',
      '8.3.1',
      '8.3.2',
      '8.3.3',
      '8.3.4',
      '8.3.5',
      '8.3.6',
    ]);
    expect(c.items.filter((i) => i.state === 'not_applicable').map((i) => i.item)).toEqual([
      'R7',
      'R8',
      'R9',
      'R10',
      'R11',
    ]);
    expect(c.items.find((i) => i.item === 'R9')!.notApplicable?.reason).toBe('按客户图纸加工，无设计开发');
    expect(c.gaps).toEqual({ clauses: CLAUSES.length - 7, items: MANDATORY_ITEMS.length - 5 });
  });
  it('the whole starter pack covers every clause and item, 8.3 excluded', () => {
    const pack = STARTER_OUTLINES.filter((o) => o.key !== 'design' && o.key !== 'design_record').map((o) =>
      doc(o.key, [...o.clauses], [...o.items]),
    );
    const c = computeCoverage(pack, [{ clause: '8.3', reason: '无设计开发' }]);
    expect(c.gaps).toEqual({ clauses: 0, items: 0 });
  });
  it('non-applicability: only an excludable clause, with a reason, once', () => {
    expect(nonApplicabilityProblem('8.3', '无设计', [])).toBeNull();
    expect(nonApplicabilityProblem('8.5.3', '无顾客财产', [])).toBeNull();
    expect(nonApplicabilityProblem('9.2', '不做内审', [])).toMatchObject({
      code: 'QMS_CLAUSE_NOT_EXCLUDABLE',
      field: 'clause',
    });
    expect(nonApplicabilityProblem('8.3', ' ', [])).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    expect(nonApplicabilityProblem('8.3.2', '无', [{ clause: '8.3', reason: 'x' }])).toMatchObject({
      code: 'QMS_NA_ALREADY_RECORDED',
      detail: '8.3',
    });
  });
});

describe('starter outlines', () => {
  it('each names known clauses and items, its records on forms, with headings', () => {
    for (const o of STARTER_OUTLINES) {
      expect(coverageClaimProblem(o.level, o.clauses, o.items), o.key).toBeNull();
      expect(o.headings.length, o.key).toBeGreaterThan(0);
    }
    expect(new Set(STARTER_OUTLINES.map((o) => o.key)).size).toBe(STARTER_OUTLINES.length);
    expect(outlineOf('internal_audit')?.zh).toBe('内部审核控制程序');
    expect(outlineOf('nope')).toBeUndefined();
  });
  it('covers every level of the hierarchy', () => {
    expect(new Set(STARTER_OUTLINES.map((o) => o.level))).toEqual(
      new Set(['manual', 'procedure', 'instruction', 'form']),
    );
  });
});
