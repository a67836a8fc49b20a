/**
 * The campaign's grade bands (003 Table 2 可视实际情况调整): four rows 不合格/合格/良好/优秀 with min–max, checked live
 * by the same domain rule the server applies (campaignBandsProblem), and a button back to Table 2. Locked once an
 * evaluation of the campaign is signed off (ADR 0041).
 */
import { Alert, Button, Col, Flex, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { campaignBandsProblem } from '../../../../../../domain/campaigns/grade-bands.js';
import { DEFAULT_BANDS, GRADES, MAX_TOTAL, type GradeBand } from '../../../../../../domain/evaluation/annex-c.js';
import { codeMessage } from '../../../../lib/code-message';
import { useLanguage } from '../../../../lib/use-language';
import type { BandValue } from './campaign-form-values';

export function BandsField({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const form = Form.useFormInstance();
  const bands: BandValue[] | undefined = Form.useWatch('gradeBands', form);
  const problem = bands ? campaignBandsProblem(bands as GradeBand[], null, 0) : null;
  return (
    <Flex vertical gap={8} data-testid="bands-field">
      <Typography.Text type="secondary">{t('campaignForm.bandsHint')}</Typography.Text>
      {locked ? <Alert type="info" showIcon title={t('campaign.bandsLockedNote')} data-testid="bands-locked" /> : null}
      {GRADES.map((grade, i) => (
        <Row gutter={8} key={grade} align="middle">
          <Col xs={24} sm={6}>
            <Typography.Text strong>{t(`grade.${grade}`)}</Typography.Text>
          </Col>
          <Col xs={12} sm={9}>
            <Form.Item name={['gradeBands', i, 'min']} noStyle>
              <InputNumber
                min={0}
                max={MAX_TOTAL}
                precision={0}
                disabled={locked}
                style={{ width: '100%' }}
                aria-label={t('campaignForm.bandMin', { grade: t(`grade.${grade}`) })}
                data-testid={`band-${grade}-min`}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={9}>
            <Form.Item name={['gradeBands', i, 'max']} noStyle>
              <InputNumber
                min={0}
                max={MAX_TOTAL}
                precision={0}
                disabled={locked}
                style={{ width: '100%' }}
                aria-label={t('campaignForm.bandMax', { grade: t(`grade.${grade}`) })}
                data-testid={`band-${grade}-max`}
              />
            </Form.Item>
          </Col>
          <Form.Item name={['gradeBands', i, 'grade']} hidden initialValue={grade}>
            <input />
          </Form.Item>
        </Row>
      ))}
      {problem ? (
        <Typography.Text type="danger" data-testid="bands-problem">
          {codeMessage(problem.code, lang, { field: problem.field, detail: problem.detail })}
        </Typography.Text>
      ) : (
        <Typography.Text type="success">{t('campaignForm.bandsValid')}</Typography.Text>
      )}
      <div>
        <Button
          disabled={locked}
          data-testid="bands-reset"
          onClick={() =>
            form.setFieldValue(
              'gradeBands',
              DEFAULT_BANDS.map((b) => ({ ...b })),
            )
          }
        >
          {t('campaignForm.bandsReset')}
        </Button>
      </div>
    </Flex>
  );
}
