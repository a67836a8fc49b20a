/** "select": the certification body, chosen from the campaign's participating bodies. */
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { campaigns } from '../../../../../../contracts/campaigns';
import { useApiQuery } from '../../../../lib/api-query';

export function CertificationBodyField({ campaignId, required }: { campaignId: string; required: boolean }) {
  const { t } = useTranslation();
  // the campaigns contract's own query (same key as the campaign page's), not the campaigns feature
  const campaign = useApiQuery(campaigns.get, { params: { id: campaignId } });
  return (
    <Form.Item
      name="certificationBodyId"
      label={t('dialog.certificationBody')}
      rules={required ? [{ required: true, message: t('dialog.certificationBodyRequired') }] : []}
    >
      <Select
        loading={campaign.isPending}
        options={(campaign.data?.certificationBodies ?? []).map((b) => ({ value: b.id, label: b.name }))}
        data-testid="field-certificationBodyId"
      />
    </Form.Item>
  );
}
