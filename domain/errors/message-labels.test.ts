import { describe, expect, it } from 'vitest';
import { labelDetail, labelField, labelParams, type MessageLabels } from './message-labels.js';

const labels: MessageLabels = {
  field: {
    _other: '该字段',
    phases: '阶段安排',
    endsOn: '结束日期',
    internalAuditOn: '内审日期',
    participation: '参与企业',
  },
  detail: { USCC_CHECKSUM: '校验位不正确', plan_agreed: '方案确认', required: '必填' },
};

describe('labelField', () => {
  it('names a known key by its label', () => {
    expect(labelField('internalAuditOn', labels)).toBe('内审日期');
    expect(labelField('participation', labels)).toBe('参与企业');
  });
  it('drops the request part and writes list indexes as ordinals', () => {
    expect(labelField('body.phases.0.endsOn', labels)).toBe('阶段安排 1 · 结束日期');
    expect(labelField('body.internalAuditOn', labels)).toBe('内审日期');
  });
  it('leaves unknown keys out, and names a path of unknown keys "this field"', () => {
    expect(labelField('body.phases.2.somethingElse', labels)).toBe('阶段安排 3');
    expect(labelField('body.mysteryField', labels)).toBe('该字段');
    expect(labelField('body', labels)).toBe('该字段');
  });
  it('keeps text that is no path (a label already, an address)', () => {
    expect(labelField('c) 评价节点 2 · 日期', labels)).toBe('c) 评价节点 2 · 日期');
    expect(labelField('/api/nothing-here', labels)).toBe('/api/nothing-here');
  });
});

describe('labelDetail', () => {
  it('names a whole known detail, as a detail or as a field', () => {
    expect(labelDetail('USCC_CHECKSUM', labels)).toBe('校验位不正确');
    expect(labelDetail('plan_agreed', labels)).toBe('方案确认');
    expect(labelDetail('internalAuditOn', labels)).toBe('内审日期');
  });
  it('replaces key-like words inside a longer detail and keeps free text', () => {
    expect(labelDetail('plan_agreed → internalAuditOn', labels)).toBe('方案确认 → 内审日期');
    expect(labelDetail('最多 20 次', labels)).toBe('最多 20 次');
    expect(labelDetail('unknown_key', labels)).toBe('unknown_key');
  });
});

describe('labelParams', () => {
  it('labels what is given and adds nothing', () => {
    expect(labelParams({}, labels)).toEqual({});
    expect(labelParams({ field: 'body.internalAuditOn', detail: 'required' }, labels)).toEqual({
      field: '内审日期',
      detail: '必填',
    });
  });
});
