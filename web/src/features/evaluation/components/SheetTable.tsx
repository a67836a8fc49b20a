/** One C.1 table, read only and as entered (a rater's sheet or the enterprise's self-evaluation), and the grade and result tags. */
import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Grid, Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../../contracts/evaluation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSaveSelfAssessment, useSaveSheet } from '../api/evaluation';

const GRADE_COLORS: Record<string, string> = { excellent: 'gold', good: 'green', pass: 'blue', fail: 'red' };
export type Sheet = EvaluationView['sheets'][number];
type Row = Sheet['rows'][number];

export function GradeTag({ grade }: { grade: string }) {
  const { t } = useTranslation();
  return <Tag color={GRADE_COLORS[grade]}>{t(`grade.${grade}`)}</Tag>;
}

function ResultTag({ met }: { met: boolean }) {
  const { t } = useTranslation();
  return met ? <Tag color="green">{t('evaluation.met')}</Tag> : <Tag>{t('evaluation.notMet')}</Tag>;
}

/** One rater's C.1 table, read only. */
export function SheetTable({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().lg ?? true;
  const points = (row: Row) => sheet.items.find((i) => i.item === row.item)?.points ?? 0;
  const value = (v: number | null, unit: string) => (v === null ? '—' : `${v}${unit}`);
  if (!wide)
    return (
      <Flex vertical gap={8}>
        {sheet.rows.map((r) => (
          <Card key={r.indicatorKey} size="small" title={r.name}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('evaluation.item')}>{t(`evaluationItem.${r.item}`)}</Descriptions.Item>
              <Descriptions.Item label={t('evaluation.before')}>{value(r.before, r.unit)}</Descriptions.Item>
              <Descriptions.Item label={t('evaluation.target')}>{value(r.target, r.unit)}</Descriptions.Item>
              <Descriptions.Item label={t('evaluation.after')}>{value(r.after, r.unit)}</Descriptions.Item>
              <Descriptions.Item label={t('evaluation.result')}>
                <ResultTag met={r.met} />
              </Descriptions.Item>
              <Descriptions.Item label={t('evaluation.evidence')}>{r.evidence || '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        ))}
      </Flex>
    );
  return (
    <Table<Row>
      size="small"
      rowKey="indicatorKey"
      pagination={false}
      dataSource={sheet.rows}
      columns={[
        { title: t('evaluation.item'), dataIndex: 'item', render: (v: string) => t(`evaluationItem.${v}`) },
        { title: t('evaluation.indicator'), dataIndex: 'name' },
        { title: t('evaluation.before'), render: (_, r) => value(r.before, r.unit) },
        { title: t('evaluation.target'), render: (_, r) => value(r.target, r.unit) },
        { title: t('evaluation.after'), render: (_, r) => value(r.after, r.unit) },
        { title: t('evaluation.result'), render: (_, r) => <ResultTag met={r.met} /> },
        { title: t('evaluation.points'), render: (_, r) => points(r) },
        {
          title: t('evaluation.evidence'),
          render: (_, r) => (
            <Typography.Text>
              {r.evidence || '—'}
              {r.enteredByName ? <Typography.Text type="secondary"> （{r.enteredByName}）</Typography.Text> : null}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}

type Entry = Record<string, { after: number | null; evidence: string }>;

/** The calling rater's entry (or the enterprise's own): the after value and its evidence per indicator of the plan. */
export function SheetEditor({
  view,
  id,
  mine,
  self = false,
}: {
  view: EvaluationView;
  id: string;
  mine: Pick<Sheet, 'rows'> | null | undefined;
  /** the enterprise's self-evaluation (Annex C.2) rather than a rater's sheet */
  self?: boolean;
}) {
  const { t } = useTranslation();
  const sheet = useSaveSheet(id);
  const selfAssessment = useSaveSelfAssessment(id);
  const save = self ? selfAssessment : sheet;
  const [values, setValues] = useState<Entry>(() =>
    Object.fromEntries((mine?.rows ?? []).map((r) => [r.indicatorKey, { after: r.after, evidence: r.evidence }])),
  );
  const set = (key: string, patch: Partial<Entry[string]>) =>
    setValues((v) => ({ ...v, [key]: { after: v[key]?.after ?? null, evidence: v[key]?.evidence ?? '', ...patch } }));
  return (
    <Card
      size="small"
      title={self ? t('evaluation.self.edit') : t('evaluation.mySheet')}
      data-testid={self ? 'evaluation-self-editor' : 'evaluation-sheet-editor'}
    >
      <Flex vertical gap={12} style={{ marginBottom: 12 }}>
        {view.indicators.map((i, n) => (
          <Flex key={i.indicatorKey} gap={8} wrap align="center">
            <Typography.Text strong style={{ minWidth: 160 }}>
              {t(`evaluationItem.${i.item}`)} · {i.name}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('evaluation.before')} {i.before ?? '—'} → {t('evaluation.target')} {i.target}
              {i.unit}（{t(`evaluation.direction.${i.direction}`)}）
            </Typography.Text>
            <InputNumber
              aria-label={t('evaluation.after')}
              placeholder={t('evaluation.after')}
              data-testid={`evaluation-after-${n}`}
              value={values[i.indicatorKey]?.after ?? null}
              onChange={(after) => set(i.indicatorKey, { after: after ?? null })}
            />
            <Input
              style={{ flex: 1, minWidth: 200 }}
              aria-label={t('evaluation.evidence')}
              placeholder={t('evaluation.evidencePlaceholder')}
              data-testid={`evaluation-evidence-${n}`}
              value={values[i.indicatorKey]?.evidence ?? ''}
              onChange={(e) => set(i.indicatorKey, { evidence: e.target.value })}
            />
          </Flex>
        ))}
      </Flex>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Button
        type="primary"
        loading={save.isPending}
        data-testid="evaluation-save-sheet"
        onClick={() =>
          save.mutate({
            params: { id },
            body: {
              values: Object.entries(values).map(([indicatorKey, v]) => ({
                indicatorKey,
                after: v.after,
                evidence: v.evidence.trim(),
              })),
            },
          })
        }
      >
        {self ? t('evaluation.self.save') : t('evaluation.saveSheet')}
      </Button>
    </Card>
  );
}
