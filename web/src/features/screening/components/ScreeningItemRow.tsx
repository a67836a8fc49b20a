/**
 * One checklist item: its name, the result (符合 / 不符合 / 待核实), evidence and source, and who
 * verified it when. Items the platform answers, and every item in read-only mode, are shown as text.
 */
import { Col, Flex, Form, Input, Radio, Row, Tag, Typography } from 'antd';
import { RobotOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SCREENING_ITEMS, type ScreeningResult } from '../../../../../domain/intake/screening.js';
import type { ScreeningView } from '../../../../../contracts/screening';
import { formatDateTime } from '../../../lib/format';
import { AUTOMATIC_ITEMS, answeredByOfficer } from './screening-values';

type Item = ScreeningView['items'][number];

const RESULTS: ScreeningResult[] = ['pass', 'fail', 'unknown'];
const RESULT_COLORS: Record<ScreeningResult, string> = { pass: 'green', fail: 'red', unknown: 'default' };
const VERIFICATION = new Set<string>(SCREENING_ITEMS.filter((i) => 'verification' in i).map((i) => i.key));

function SourceText({ source }: { source?: string }) {
  const { t } = useTranslation();
  if (!source) return null;
  const label = source.startsWith('rule:')
    ? t(`screening.source_${source.slice(5)}`, { defaultValue: source })
    : source;
  return <Typography.Text type="secondary">{t('screening.sourceValue', { value: label })}</Typography.Text>;
}

/** The platform writes its evidence as `size=small` or `revenue=1800万 ≥ 2000万`; say it in words. */
function useAutomaticEvidence() {
  const { t } = useTranslation();
  return (item: Item): string | undefined => {
    const evidence = item.evidence ?? '';
    const size = /^size=(\w+)$/.exec(evidence);
    if (size) return t('screening.sizeEvidence', { size: t(`enterpriseSize.${size[1]}`, { defaultValue: size[1] }) });
    const revenue = /^revenue=(.+?)万 ≥ (.+?)万$/.exec(evidence);
    if (revenue) {
      const value = revenue[1] === '?' ? t('screening.notGiven') : t('intake.valueWan', { value: revenue[1] });
      return t('screening.revenueEvidence', { value, min: t('intake.valueWan', { value: revenue[2] }) });
    }
    return item.evidence;
  };
}

export function ScreeningItemRow({ item, index, editable }: { item: Item; index: number; editable: boolean }) {
  const { t } = useTranslation();
  const automatic = AUTOMATIC_ITEMS.has(item.key);
  const byOfficer = answeredByOfficer(item);
  const ruledByPlatform = item.source?.startsWith('rule:') ?? false;
  const autoEvidence = useAutomaticEvidence();
  const evidence = ruledByPlatform ? autoEvidence(item) : item.evidence;
  const verified = (item.verifiedBy || item.verifiedAt) && !ruledByPlatform;

  return (
    <div
      data-testid={`screening-item-${item.key}`}
      data-result={item.result}
      style={{ borderBottom: '1px solid #f0f0f0', padding: '10px 0' }}
    >
      <Row gutter={[12, 8]} align="top">
        <Col xs={24} lg={8}>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong>
              {index + 1}. {t(`screeningItem.${item.key}`, { defaultValue: item.key })}
            </Typography.Text>
            {automatic && !item.ruleUndecided ? (
              <Tag icon={<RobotOutlined />} style={{ marginInlineEnd: 0 }}>
                {t('screening.automatic')}
              </Tag>
            ) : null}
            {item.ruleUndecided ? (
              <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid={`screening-undecided-${item.key}`}>
                {t('screening.ruleUndecided')}
              </Tag>
            ) : null}
          </Flex>
          {item.ruleUndecided && editable ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('screening.ruleUndecidedHint')}
            </Typography.Text>
          ) : null}
          {verified ? (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, display: 'block' }}
              data-testid={`screening-verified-${item.key}`}
            >
              {t('screening.verified', { by: item.verifiedBy ?? '—', at: formatDateTime(item.verifiedAt) })}
            </Typography.Text>
          ) : null}
        </Col>
        {editable && byOfficer ? (
          <>
            <Col xs={24} lg={6}>
              <Form.Item name={['items', item.key, 'result']} style={{ marginBottom: 0 }}>
                <Radio.Group aria-label={t('screening.result')}>
                  {RESULTS.map((r) => (
                    <Radio key={r} value={r} data-testid={`screening-result-${item.key}-${r}`}>
                      {t(`screening.result_${r}`)}
                    </Radio>
                  ))}
                </Radio.Group>
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item name={['items', item.key, 'evidence']} style={{ marginBottom: 0 }}>
                <Input
                  maxLength={1000}
                  placeholder={t('screening.evidence')}
                  aria-label={t('screening.evidence')}
                  data-testid={`screening-evidence-${item.key}`}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item name={['items', item.key, 'source']} style={{ marginBottom: 0 }}>
                <Input
                  maxLength={200}
                  placeholder={
                    VERIFICATION.has(item.key) ? t('screening.sourcePlaceholderList') : t('screening.source')
                  }
                  aria-label={t('screening.source')}
                  data-testid={`screening-source-${item.key}`}
                />
              </Form.Item>
            </Col>
          </>
        ) : (
          <Col xs={24} lg={16}>
            <Flex gap={8} wrap align="center">
              <Tag
                color={RESULT_COLORS[item.result]}
                data-testid={`screening-value-${item.key}`}
                style={{ marginInlineEnd: 0 }}
              >
                {t(`screening.result_${item.result}`)}
              </Tag>
              {evidence ? (
                <Typography.Text data-testid={`screening-evidence-text-${item.key}`}>{evidence}</Typography.Text>
              ) : null}
              <SourceText source={item.source} />
            </Flex>
          </Col>
        )}
      </Row>
    </div>
  );
}
