/**
 * "certify": the audit team and the decision makers, chosen from the certifying body's people.
 * Anyone the impartiality register bars from this enterprise (seed 000 §三: 帮扶专家不得进审核组及
 * 参与认证决定; cooling-off included) is shown and cannot be chosen; the server checks again.
 */
import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCertificationCandidates } from '../../api/participations';
import { errorText } from '../../../../components/ErrorAlert';

export function CertificationTeamField({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const people = useCertificationCandidates(participationId);
  const options = (people.data ?? []).map((p) => {
    const roles = p.roles.map((r) => t(`role.${r}`)).join('、');
    const status = p.barred ? (p.clearOn ? t('dialog.barredUntil', { date: p.clearOn }) : t('dialog.barred')) : roles;
    return { value: p.userId, label: t('dialog.expertOption', { name: p.displayName, status }), disabled: p.barred };
  });
  return (
    <>
      {people.isError ? (
        <Alert type="error" showIcon title={errorText(people.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Form.Item
        name="auditorUserIds"
        label={t('dialog.auditors')}
        extra={t('dialog.impartialityHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('dialog.auditorsRequired') }]}
      >
        <Select
          mode="multiple"
          loading={people.isPending}
          optionFilterProp="label"
          options={options}
          data-testid="field-auditorUserIds"
        />
      </Form.Item>
      <Form.Item
        name="decisionMakerUserIds"
        label={t('dialog.decisionMakers')}
        rules={[{ required: true, type: 'array', min: 1, message: t('dialog.decisionMakersRequired') }]}
      >
        <Select
          mode="multiple"
          loading={people.isPending}
          optionFilterProp="label"
          options={options}
          data-testid="field-decisionMakerUserIds"
        />
      </Form.Item>
    </>
  );
}
