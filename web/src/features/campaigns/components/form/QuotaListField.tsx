/** Places per sub-region: one of the bureau's child regions and a number, each region once. */
import { Button, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRegionChildren } from '../../../../components/regions/regions';
import type { QuotaValue } from './campaign-form-values';

export function QuotaListField({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const children = useRegionChildren(regionCode);
  const quotas: QuotaValue[] = Form.useWatch('quotas') ?? [];
  const chosen = new Set(quotas.map((q) => q?.regionCode).filter(Boolean));

  if (children.data && children.data.length === 0) {
    return <Typography.Text type="secondary">{t('campaignForm.noSubRegions')}</Typography.Text>;
  }
  return (
    <div data-testid="field-quotas">
      <Form.List name="quotas">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <Row key={key} gutter={12} align="top" data-testid={`quota-row-${name}`}>
                <Col xs={14} md={12}>
                  <Form.Item
                    name={[name, 'regionCode']}
                    rules={[{ required: true, message: t('campaignForm.quotaRegionRequired') }]}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={children.isPending}
                      placeholder={t('campaignForm.quotaRegion')}
                      aria-label={t('campaignForm.quotaRegion')}
                      options={(children.data ?? []).map((r) => ({
                        value: r.code,
                        label: r.name,
                        disabled: chosen.has(r.code) && quotas[name]?.regionCode !== r.code,
                      }))}
                      data-testid={`field-quotas-${name}-regionCode`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={8} md={8}>
                  <Form.Item
                    name={[name, 'n']}
                    rules={[{ required: true, message: t('campaignForm.quotaNumberRequired') }]}
                  >
                    <InputNumber
                      min={0}
                      precision={0}
                      style={{ width: '100%' }}
                      placeholder={t('campaignForm.quotaNumber')}
                      aria-label={t('campaignForm.quotaNumber')}
                      data-testid={`field-quotas-${name}-n`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={2} md={4}>
                  <Button
                    danger
                    type="text"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(name)}
                    aria-label={t('campaignForm.removeQuota')}
                    title={t('campaignForm.removeQuota')}
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="quota-add">
              {t('campaignForm.addQuota')}
            </Button>
          </>
        )}
      </Form.List>
    </div>
  );
}
