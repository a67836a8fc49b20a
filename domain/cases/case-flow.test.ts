import { describe, expect, it } from 'vitest';
import { NEW_CASE, allowedCommands, caseStep, reviewChain, type CaseState } from './case-flow.js';

const BUREAUS = ['000000', '320000', '320300', '320321', '120000'];
const fengxian = reviewChain('320321', BUREAUS);
const writer = { kind: 'writer' } as const;
const bureau = (regionCode: string) => ({ kind: 'bureau', regionCode }) as const;
function run(
  state: CaseState,
  steps: Array<[Parameters<typeof caseStep>[1], Parameters<typeof caseStep>[2]]>,
  chain = fengxian,
) {
  let s = state;
  for (const [command, acting] of steps) {
    const r = caseStep(s, command, acting, chain);
    if (!r.ok) throw new Error(`${command}: ${r.code}`);
    s = r.state;
  }
  return s;
}

describe('reviewChain (002 step 10(2), by the region hierarchy)', () => {
  it('goes county → city → province → national where bureaus exist', () => {
    expect(fengxian).toEqual(['320321', '320300', '320000', '000000']);
  });
  it('skips a level without a bureau (云龙区 goes to 徐州; Tianjin districts to 天津)', () => {
    expect(reviewChain('320303', BUREAUS)).toEqual(['320300', '320000', '000000']);
    expect(reviewChain('120116', BUREAUS)).toEqual(['120000', '000000']);
    expect(reviewChain('440305', ['320000'])).toEqual([]);
  });
});

describe('caseStep', () => {
  it('walks a case from draft to the national level, publishing on the way', () => {
    const submitted = run(NEW_CASE, [
      ['save', writer],
      ['submit', writer],
    ]);
    expect(submitted).toMatchObject({ status: 'submitted', atRegionCode: '320321', acceptedRegionCode: null });
    const city = run(submitted, [
      ['accept', bureau('320321')],
      ['recommend', bureau('320321')],
    ]);
    expect(city).toMatchObject({ status: 'recommended', atRegionCode: '320300', acceptedRegionCode: '320321' });
    const province = run(city, [
      ['accept', bureau('320300')],
      ['recommend', bureau('320300')],
      ['accept', bureau('320000')],
      ['publish', bureau('320000')],
    ]);
    expect(province).toMatchObject({ status: 'accepted', atRegionCode: '320000', published: true });
    const national = run(province, [
      ['recommend', bureau('320000')],
      ['accept', bureau('000000')],
    ]);
    expect(national).toMatchObject({ acceptedRegionCode: '000000', published: true });
    expect(caseStep(national, 'recommend', bureau('000000'), fengxian)).toEqual({ ok: false, code: 'CASE_TOP_LEVEL' });
    expect(caseStep(national, 'publish', bureau('000000'), fengxian)).toEqual({
      ok: false,
      code: 'CASE_ALREADY_PUBLISHED',
    });
  });
  it('撤回发布: only the bureau that published a case withdraws it, wherever the case went since; it may be published again', () => {
    const published = run(NEW_CASE, [
      ['submit', writer],
      ['accept', bureau('320321')],
      ['publish', bureau('320321')],
      ['recommend', bureau('320321')],
    ]);
    expect(published).toMatchObject({ status: 'recommended', atRegionCode: '320300', publishedRegionCode: '320321' });
    expect(caseStep(published, 'withdraw', bureau('320300'), fengxian)).toEqual({
      ok: false,
      code: 'CASE_NOT_YOUR_PUBLICATION',
    });
    expect(caseStep(published, 'withdraw', writer, fengxian)).toEqual({ ok: false, code: 'FORBIDDEN' });
    const withdrawn = run(published, [['withdraw', bureau('320321')]]);
    expect(withdrawn).toMatchObject({
      status: 'recommended',
      atRegionCode: '320300',
      published: false,
      publishedRegionCode: null,
    });
    expect(caseStep(withdrawn, 'withdraw', bureau('320321'), fengxian)).toEqual({
      ok: false,
      code: 'CASE_NOT_PUBLISHED',
    });
    expect(allowedCommands(withdrawn, bureau('320321'), fengxian)).not.toContain('withdraw');
    expect(allowedCommands(published, bureau('320321'), fengxian)).toEqual(['withdraw']);
    const again = run(withdrawn, [
      ['accept', bureau('320300')],
      ['publish', bureau('320300')],
    ]);
    expect(again).toMatchObject({ published: true, publishedRegionCode: '320300' });
  });
  it('each level acts only on what is with it: not the level above, not the level below', () => {
    const submitted = run(NEW_CASE, [['submit', writer]]);
    expect(caseStep(submitted, 'accept', bureau('320300'), fengxian)).toEqual({
      ok: false,
      code: 'CASE_NOT_AT_YOUR_LEVEL',
    });
    const city = run(submitted, [
      ['accept', bureau('320321')],
      ['recommend', bureau('320321')],
    ]);
    expect(caseStep(city, 'accept', bureau('320321'), fengxian)).toMatchObject({ code: 'CASE_NOT_AT_YOUR_LEVEL' });
    expect(caseStep(city, 'publish', bureau('320321'), fengxian)).toMatchObject({ code: 'CASE_NOT_AT_YOUR_LEVEL' });
    expect(caseStep(city, 'accept', bureau('000000'), fengxian)).toMatchObject({ code: 'CASE_NOT_AT_YOUR_LEVEL' });
  });
  it('a return sends the case back to the writers, who edit and submit again from the first level', () => {
    const city = run(NEW_CASE, [
      ['submit', writer],
      ['accept', bureau('320321')],
      ['recommend', bureau('320321')],
    ]);
    const returned = run(city, [['return', bureau('320300')]]);
    expect(returned).toMatchObject({ status: 'returned', atRegionCode: null });
    expect(allowedCommands(returned, writer, fengxian)).toEqual(['save', 'submit']);
    expect(
      run(returned, [
        ['save', writer],
        ['submit', writer],
      ]),
    ).toMatchObject({
      status: 'submitted',
      atRegionCode: '320321',
    });
  });
  it('refuses commands out of their status and role', () => {
    const submitted = run(NEW_CASE, [['submit', writer]]);
    expect(caseStep(submitted, 'save', writer, fengxian)).toMatchObject({ code: 'CASE_STATE' });
    expect(caseStep(submitted, 'submit', writer, fengxian)).toMatchObject({ code: 'CASE_STATE' });
    expect(caseStep(submitted, 'recommend', bureau('320321'), fengxian)).toMatchObject({ code: 'CASE_STATE' });
    expect(caseStep(submitted, 'publish', bureau('320321'), fengxian)).toMatchObject({ code: 'CASE_STATE' });
    expect(caseStep(NEW_CASE, 'accept', bureau('320321'), fengxian)).toMatchObject({ code: 'CASE_STATE' });
    expect(caseStep(NEW_CASE, 'submit', bureau('320321'), fengxian)).toMatchObject({ code: 'FORBIDDEN' });
    expect(caseStep(submitted, 'accept', writer, fengxian)).toMatchObject({ code: 'FORBIDDEN' });
    const accepted = run(submitted, [['accept', bureau('320321')]]);
    expect(caseStep(accepted, 'return', bureau('320321'), fengxian)).toMatchObject({ code: 'CASE_STATE' });
    expect(caseStep(NEW_CASE, 'submit', writer, [])).toMatchObject({ code: 'CASE_NO_REVIEWER' });
  });
  it('lists what a bureau may do now', () => {
    const submitted = run(NEW_CASE, [['submit', writer]]);
    expect(allowedCommands(submitted, bureau('320321'), fengxian)).toEqual(['return', 'accept']);
    expect(allowedCommands(run(submitted, [['accept', bureau('320321')]]), bureau('320321'), fengxian)).toEqual([
      'recommend',
      'publish',
    ]);
    expect(allowedCommands(submitted, bureau('320300'), fengxian)).toEqual([]);
  });
});
