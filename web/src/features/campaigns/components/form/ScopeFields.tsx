/** Key industries (free tags, suggested from the 39 categories) and the eligibility rule. */
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { INDUSTRY_CATEGORIES } from '../../../../../../domain/industries/categories.js';
import { useLanguage } from '../../../../lib/use-language';

export function ScopeFields({ inheritHint }: { inheritHint: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const suggestions = INDUSTRY_CATEGORIES.map((c) => {
    const name = lang === 'en-US' ? c.nameEn : c.nameZh;
    return { value: name.slice(0, 30), label: name };
  });
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Form.Item
          name="keyIndustries"
          label={t('campaignForm.keyIndustries')}
          extra={inheritHint ? t('campaignForm.keyIndustriesInherit') : t('campaignForm.keyIndustriesHint')}
          rules={[{ type: 'array', max: 30, message: t('campaignForm.keyIndustriesMax') }]}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、']}
            options={suggestions}
            maxCount={30}
            placeholder={t('campaignForm.keyIndustriesPlaceholder')}
            data-testid="field-keyIndustries"
          />
        </Form.Item>
      </Col>
      <Col xs={24} lg={10}>
        <Form.Item
          name="minMainRevenueWan"
          label={t('campaignForm.minMainRevenue')}
          extra={inheritHint ? t('campaignForm.eligibilityInherit') : t('campaignForm.minMainRevenueHint')}
        >
          <InputNumber
            min={0}
            style={{ width: '100%' }}
            suffix={t('common.wan')}
            data-testid="field-minMainRevenueWan"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
