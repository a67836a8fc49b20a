/** "assign": experts of the enterprise's certification body with their load; full ones disabled. */
import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAssignableExperts } from '../../api/participations';
import { errorText } from '../../../../components/ErrorAlert';

export function ExpertsField({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const experts = useAssignableExperts(participationId, true);
  const selected: string[] = Form.useWatch('expertUserIds') ?? [];
  return (
    <>
      {experts.isError ? <Alert type="error" showIcon title={errorText(experts.error)} style={{ marginBottom: 12 }} /> : null}
      <Form.Item name="expertUserIds" label={t('dialog.experts')} rules={[{ required: true, type: 'array', min: 1, message: t('dialog.expertsRequired') }]}>
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
    </>
  );
}
