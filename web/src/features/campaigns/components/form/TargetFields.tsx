/** Targets: enterprises to lift, excellent cases, and the quotas per sub-region. */
import { Col, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignProblem } from '../../../../../../domain/campaigns/campaign-rules.js';
import { useCampaignProblemText } from './campaign-problem-text';
import { QuotaListField } from './QuotaListField';

export function TargetFields({ regionCode, problems }: { regionCode: string; problems: CampaignProblem[] }) {
  const { t } = useTranslation();
  const text = useCampaignProblemText();
  const quotaProblems = problems.filter((p) => p.field.startsWith('targets.quotas'));
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="enterprises" label={t('campaign.targetEnterprises')}>
            <InputNumber
              min={0}
              precision={0}
              style={{ width: '100%' }}
              suffix={t('campaignForm.unitEnterprises')}
              data-testid="field-enterprises"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="excellentCases" label={t('campaign.targetExcellentCases')}>
            <InputNumber
              min={0}
              precision={0}
              style={{ width: '100%' }}
              suffix={t('campaignForm.unitCases')}
              data-testid="field-excellentCases"
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('campaign.quotas')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <QuotaListField regionCode={regionCode} />
      </div>
      {quotaProblems.map((p) => (
        <Typography.Paragraph key={p.field + p.code} type="danger" style={{ marginTop: 8 }}>
          {text(p)}
        </Typography.Paragraph>
      ))}
    </>
  );
}
