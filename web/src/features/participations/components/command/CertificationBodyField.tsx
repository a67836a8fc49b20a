/** "select": the certification body, chosen from the campaign's participating bodies. */
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCampaign } from '../../../campaigns/api/campaigns';

export function CertificationBodyField({ campaignId, required }: { campaignId: string; required: boolean }) {
  const { t } = useTranslation();
  const campaign = useCampaign(campaignId);
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
