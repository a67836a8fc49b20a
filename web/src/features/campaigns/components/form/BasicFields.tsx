/** Year, name and (when creating) the higher bureau's campaign this one carries out. */
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isWithinRegion } from '../../../../../../domain/regions/region-code.js';
import { JurisdictionCascader } from '../../../../components/regions/JurisdictionCascader';
import { useCampaignList } from '../../api/campaigns';

interface Props {
  editing: boolean;
  /** The bureau's region: a new campaign's region is picked inside it. */
  jurisdiction: string;
  /** The campaign's region: a parent must be a campaign of a region above it. */
  regionCode: string;
  parentName?: string;
}

export function BasicFields({ editing, jurisdiction, regionCode, parentName }: Props) {
  const { t } = useTranslation();
  const campaigns = useCampaignList({ page: 1, pageSize: 100 });
  const parents = (campaigns.data?.items ?? []).filter(
    (c) => c.regionCode !== regionCode && isWithinRegion(regionCode, c.regionCode),
  );

  return (
    <Row gutter={16}>
      <Col xs={24} md={6}>
        <Form.Item
          name="year"
          label={t('campaign.year')}
          rules={[{ required: true, message: t('campaignForm.yearRequired') }]}
        >
          <InputNumber
            min={2020}
            max={2100}
            precision={0}
            disabled={editing}
            style={{ width: '100%' }}
            data-testid="field-year"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={18}>
        <Form.Item
          name="name"
          label={t('campaign.name')}
          rules={[
            { required: true, whitespace: true, message: t('campaignForm.nameRequired') },
            { min: 4, max: 100, message: t('campaignForm.nameLength') },
          ]}
        >
          <Input maxLength={100} placeholder={t('campaignForm.namePlaceholder')} data-testid="field-name" />
        </Form.Item>
      </Col>
      {editing ? null : (
        <Col xs={24} md={12}>
          <Form.Item name="regionCode" label={t('campaign.region')} extra={t('campaignForm.regionHint')}>
            <JurisdictionCascader root={jurisdiction} testId="field-regionCode" ariaLabel={t('campaign.region')} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={editing ? 24 : 12}>
        {editing ? (
          <Form.Item label={t('campaign.parent')}>
            <Input value={parentName ?? t('campaignForm.noParent')} disabled data-testid="field-parentId" />
          </Form.Item>
        ) : (
          <Form.Item name="parentId" label={t('campaignForm.parentOptional')} extra={t('campaignForm.parentHint')}>
            <Select
              allowClear
              loading={campaigns.isPending}
              placeholder={t('campaignForm.parentPlaceholder')}
              options={parents.map((c) => ({ value: c.id, label: `${c.year} · ${c.name}（${c.regionName}）` }))}
              notFoundContent={t('campaignForm.noParents')}
              data-testid="field-parentId"
            />
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}
