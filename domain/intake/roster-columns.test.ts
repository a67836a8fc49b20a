import { describe, expect, it } from 'vitest';
import { REQUIRED_HEADERS, ROSTER_COLUMNS, rowToApplication } from './roster-columns.js';

describe('roster rows', () => {
  it('has a Chinese header for every application field, and the required ones', () => {
    expect(new Set(ROSTER_COLUMNS.map((c) => c.header)).size).toBe(ROSTER_COLUMNS.length);
    for (const key of REQUIRED_HEADERS) expect(ROSTER_COLUMNS.map((c) => c.key)).toContain(key);
  });

  it('accepts Excel numbers where codes are expected', () => {
    const { input, problems } = rowToApplication({
      industryCode: 3,
      regionCode: 320321,
      employees: '1,200',
      revenueWan: 350.5,
    });
    expect(problems).toEqual([]);
    expect(input).toMatchObject({ industryCode: '03', regionCode: '320321', employees: 1200, revenueWan: 350.5 });
  });

  it('reads 是/否, 已获证/未获证, size rows by name or key, and dates', () => {
    const { input } = rowToApplication({
      willing: '是',
      certificationStatus: '已获证',
      sizeIndustry: '工业',
      certificateExpiresOn: '2027/05/31',
    });
    expect(input).toMatchObject({
      willing: true,
      certificationStatus: 'certified',
      sizeIndustry: 'industrial',
      certificateExpiresOn: '2027-05-31',
    });
    expect(rowToApplication({ willing: '否' }).input.willing).toBe(false);
    expect(rowToApplication({ sizeIndustry: 'catering' }).input.sizeIndustry).toBe('catering');
    expect(
      rowToApplication({ certificateExpiresOn: new Date('2027-05-31T00:00:00Z') }).input.certificateExpiresOn,
    ).toBe('2027-05-31');
  });

  it('names the field of what cannot be read', () => {
    expect(rowToApplication({ employees: '四十' }).problems).toEqual([
      { field: 'employees', code: 'NUMBER_INVALID', detail: '四十' },
    ]);
    expect(rowToApplication({ certificationStatus: '在办' }).problems[0]).toMatchObject({
      field: 'certificationStatus',
    });
    expect(rowToApplication({ sizeIndustry: '造船' }).problems[0]).toMatchObject({
      field: 'sizeIndustry',
      code: 'SIZE_INDUSTRY_UNKNOWN',
    });
  });

  it('treats blank cells as not given', () => {
    expect(rowToApplication({ address: '   ', employees: '' }).input).not.toHaveProperty('address');
  });
});
