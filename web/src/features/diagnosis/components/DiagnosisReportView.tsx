/**
 * The diagnosis report as the enterprise confirms it (003 §6.5.8, Annex B.1): pain points ranked,
 * the numbered 诊断意见 of table B.1, the checks, and the findings by item (collapsed).
 */
import { Collapse, Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SURVEY_METHODS, SURVEY_STATUSES } from '../../../../../domain/survey/annex-a-template.js';
import type { DiagnosisReport, PainPointLevel } from '../../../../../domain/diagnosis/diagnosis.js';
import { useLanguage } from '../../../lib/use-language';
import { FileThumb } from '../../../components/files/FileThumb';
import { nameIn, STATUS_COLORS } from '../../../components/survey/survey-labels';

const LEVEL_COLORS: Record<PainPointLevel, string> = {
  check_failed: 'magenta',
  high: 'red',
  medium: 'orange',
  low: 'gold',
  nonconforming: 'volcano',
  partial: 'gold',
};

export function DiagnosisReportView({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = (x: { zh: string; en: string }) => nameIn(x, lang);

  return (
    <Flex vertical gap={12} data-testid="diagnosis-report">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'surveyedOn', label: t('diagnosis.surveyedOn'), children: report.surveyedOn ?? '—' },
          { key: 'by', label: t('diagnosis.diagnosedBy'), children: report.header?.diagnosedBy.join('、') || '—' },
          {
            key: 'methods',
            label: t('diagnosis.methods'),
            children:
              report.methods
                .map((m) => {
                  const x = SURVEY_METHODS.find((i) => i.key === m);
                  return x ? text(x) : m;
                })
                .join('、') || '—',
          },
          {
            key: 'interviewees',
            label: t('diagnosis.interviewees'),
            children: report.interviewees.map((p) => `${p.name}（${p.position}）`).join('、') || '—',
          },
        ]}
      />

      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('diagnosis.painPoints')}
        </Typography.Title>
        <List
          size="small"
          bordered
          dataSource={report.painPoints}
          locale={{ emptyText: t('diagnosis.noPainPoints') }}
          data-testid="diagnosis-pain-points"
          renderItem={(p) => (
            <List.Item
              key={`${p.source}-${p.ref}`}
              data-testid="diagnosis-pain-point"
              data-rank={p.rank}
              data-level={p.level}
            >
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Flex gap={6} wrap align="center">
                  <Typography.Text strong>{p.rank}.</Typography.Text>
                  <Tag color={LEVEL_COLORS[p.level]} style={{ marginInlineEnd: 0 }}>
                    {t(`diagnosis.level_${p.level}`)}
                  </Tag>
                  <Typography.Text>{text(p)}</Typography.Text>
                </Flex>
                {p.detail ? <Typography.Text type="secondary">{p.detail}</Typography.Text> : null}
              </Flex>
            </List.Item>
          )}
        />
      </div>

      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('diagnosis.opinions')}
        </Typography.Title>
        <Table
          size="small"
          rowKey="no"
          pagination={false}
          dataSource={report.opinions}
          data-testid="diagnosis-opinions"
          columns={[
            { title: t('diagnosis.no'), dataIndex: 'no', width: 56 },
            {
              title: t('diagnosis.opinion'),
              key: 'text',
              render: (_: unknown, o: (typeof report.opinions)[number]) => (
                <span data-testid={`diagnosis-opinion-${o.no}`}>{text(o)}</span>
              ),
            },
          ]}
        />
      </div>

      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('diagnosis.checks')}
        </Typography.Title>
        <Flex vertical gap={4}>
          {report.checks.map((c) => (
            <Flex key={c.key} gap={6} wrap align="center">
              <Tag
                color={c.result === 'pass' ? 'green' : c.result === 'fail' ? 'red' : 'default'}
                style={{ marginInlineEnd: 0 }}
              >
                {t(`survey.check_${c.result ?? 'unknown'}`)}
              </Tag>
              <Typography.Text>{text(c)}</Typography.Text>
              {c.note ? <Typography.Text type="secondary">{c.note}</Typography.Text> : null}
            </Flex>
          ))}
        </Flex>
      </div>

      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('diagnosis.findings')}
        </Typography.Title>
        <Collapse
          size="small"
          data-testid="diagnosis-findings"
          items={report.findingsByItem.map((item, i) => ({
            key: item.itemKey,
            label: (
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  {i + 1}. {text(item)}
                </span>
                <Flex gap={4} wrap>
                  {(['nonconforming', 'partial'] as const).map((s) =>
                    item.counts[s] ? (
                      <Tag key={s} color={STATUS_COLORS[s]} style={{ marginInlineEnd: 0 }}>
                        {nameIn(SURVEY_STATUSES.find((x) => x.key === s)!, lang)} {item.counts[s]}
                      </Tag>
                    ) : null,
                  )}
                </Flex>
              </Flex>
            ),
            children: (
              <Flex vertical gap={6}>
                {item.subItems.map((s, j) => {
                  const status = SURVEY_STATUSES.find((x) => x.key === s.status);
                  return (
                    <Flex
                      key={s.subItemKey}
                      vertical
                      gap={2}
                      style={{ borderBottom: '1px solid #f5f5f5', paddingBottom: 4 }}
                    >
                      <Flex gap={6} wrap align="center">
                        <Typography.Text>
                          {i + 1}.{j + 1} {text(s)}
                        </Typography.Text>
                        {status ? (
                          <Tag color={STATUS_COLORS[status.key]} style={{ marginInlineEnd: 0 }}>
                            {text(status)}
                          </Tag>
                        ) : null}
                        {s.measured ? (
                          <Typography.Text type="secondary">
                            {t('survey.measured', {
                              value: s.measured.value,
                              unit: s.measured.unit,
                              period: s.measured.period ?? '—',
                            })}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                      {s.finding ? <Typography.Text type="secondary">{s.finding}</Typography.Text> : null}
                      {s.evidenceFileIds.length ? (
                        <Flex gap={4} wrap>
                          {s.evidenceFileIds.map((id) => (
                            <FileThumb key={id} fileId={id} />
                          ))}
                        </Flex>
                      ) : null}
                    </Flex>
                  );
                })}
              </Flex>
            ),
          }))}
        />
      </div>
    </Flex>
  );
}
