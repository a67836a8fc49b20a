/**
 * "assign": experts of the enterprise's certification body with their load; full ones disabled.
 * Each chosen expert is checked live with the same pair rules the server applies
 * (domain/matching/pair-check): preferences as orange warnings, hard rules in red with a reason
 * required before the assignment can go ahead.
 */
import dayjs from 'dayjs';
import { Alert, Form, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAssignableExperts } from '../../api/participations';
import { errorText } from '../../../../components/ErrorAlert';
import { codeMessage } from '../../../../lib/code-message';
import { useLanguage } from '../../../../lib/use-language';
import type { AssignableExpert, ParticipationDetail } from '../../../../../../contracts/participations';
import { checkAssignment, type PairCheck } from '../../../../../../domain/matching/pair-check.js';

/** The pair rules one expert would break with this enterprise today. */
export function assignmentCheck(
  expert: AssignableExpert,
  detail: Pick<ParticipationDetail, 'id' | 'enterprise'>,
  today: string,
): PairCheck {
  const { profile } = expert;
  return checkAssignment({
    expert: profile
      ? {
          id: expert.userId,
          categories: profile.categories,
          regionCode: profile.homeRegionCode,
          capacity: expert.capacity,
          unavailable: profile.unavailable,
        }
      : null,
    enterprise: { id: detail.id, category: detail.enterprise.industryCode, regionCode: detail.enterprise.regionCode },
    conflicted: profile?.conflicted ?? false,
    onDate: today,
    loadWithPair: expert.load + 1,
  });
}

export function ExpertsField({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const experts = useAssignableExperts(detail.id, true);
  const selected: string[] = Form.useWatch('expertUserIds') ?? [];
  const today = dayjs().format('YYYY-MM-DD');
  const checks = (experts.data ?? [])
    .filter((x) => selected.includes(x.userId))
    .map((x) => ({ expert: x, check: assignmentCheck(x, detail, today) }));
  const hard = checks.some((c) => c.check.hard.length > 0);
  return (
    <>
      {experts.isError ? (
        <Alert type="error" showIcon title={errorText(experts.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Form.Item
        name="expertUserIds"
        label={t('dialog.experts')}
        rules={[{ required: true, type: 'array', min: 1, message: t('dialog.expertsRequired') }]}
      >
        <Select
          mode="multiple"
          loading={experts.isPending}
          optionFilterProp="label"
          data-testid="field-expertUserIds"
          options={(experts.data ?? []).map((x) => {
            const full = x.load >= x.capacity;
            const load = t('dialog.expertLoad', { load: x.load, capacity: x.capacity });
            return {
              value: x.userId,
              label: t('dialog.expertOption', { name: x.displayName, status: full ? t('dialog.expertFull') : load }),
              disabled: full && !selected.includes(x.userId),
            };
          })}
        />
      </Form.Item>
      {checks
        .filter((c) => c.check.hard.length || c.check.soft.length)
        .map(({ expert, check }) => (
          <div key={expert.userId} style={{ marginBottom: 8 }} data-testid="assign-rules">
            <span style={{ marginInlineEnd: 8 }}>{expert.displayName}</span>
            <Space size={4} wrap>
              {check.hard.map((rule) => (
                <Tag key={rule} color="red" data-testid="assign-hard" data-rule={rule}>
                  {codeMessage(rule, lang)}
                </Tag>
              ))}
              {check.soft.map((rule) => (
                <Tag key={rule} color="orange" data-testid="assign-soft" data-rule={rule}>
                  {codeMessage(rule, lang)}
                </Tag>
              ))}
            </Space>
          </div>
        ))}
      {hard ? (
        <Form.Item
          name="reason"
          label={t('dialog.assignOverrideReason')}
          extra={t('dialog.assignOverrideHint')}
          rules={[{ required: true, whitespace: true, message: t('dialog.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="field-reason" />
        </Form.Item>
      ) : null}
    </>
  );
}
