import { describe, expect, it } from 'vitest';
import { findRawIdentifiers } from '../../../../domain/text/raw-identifiers.js';
import { REMINDER_KINDS } from '../../../../domain/reminders/reminders.js';
import { digestEmail, reminderEmail } from './reminder-email.js';

const line = {
  kind: 'nc_due',
  dueOn: '2026-12-10',
  daysLeft: 3,
  enterpriseName: '徐州示例机械有限公司',
  campaignName: null,
};

describe('a reminder email', () => {
  it('Chinese first, then English, naming the deadline, the enterprise and the days left', () => {
    const mail = reminderEmail(line);
    expect(mail.subject).toBe(
      "【小微企业质量管理体系认证提升】不符合项纠正措施到期：徐州示例机械有限公司 / [Quality certification campaign] A nonconformity's corrective action is due: 徐州示例机械有限公司",
    );
    expect(mail.text).toContain('2026-12-10（还有 3 天）');
    expect(mail.text).toContain('2026-12-10 (in 3 days)');
    expect(mail.text.indexOf('您好')).toBeLessThan(mail.text.indexOf('Hello'));
  });
  it('on the day says today; without an enterprise it names the campaign', () => {
    const mail = reminderEmail({
      ...line,
      kind: 'report_due',
      daysLeft: 0,
      enterpriseName: null,
      campaignName: '江苏提升行动',
    });
    expect(mail.text).toContain('2026-12-10（今天）');
    expect(mail.subject).toContain('阶段工作报告报送截止：江苏提升行动');
  });
  it('no kind shows an internal code', () => {
    for (const kind of REMINDER_KINDS) {
      const mail = reminderEmail({ ...line, kind });
      expect(findRawIdentifiers(`${mail.subject}\n${mail.text}`)).toEqual([]);
      if (kind.includes('_')) expect(mail.text).not.toContain(kind);
    }
  });
  it('a digest numbers the day’s reminders in one mail', () => {
    const mail = digestEmail([line, { ...line, kind: 'evaluation', daysLeft: 7 }]);
    expect(mail.subject).toContain('今日期限提醒（2 项）');
    expect(mail.text).toContain('1. 不符合项纠正措施到期');
    expect(mail.text).toContain('2. 验收评价开始');
  });
});
