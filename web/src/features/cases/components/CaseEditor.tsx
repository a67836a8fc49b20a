/**
 * The excellent case editor (003 Annex D): the title, the five parts with a live count per part and in all, each
 * part's share against its target, the counting rule stated, the warning over 2,000 characters, 1–3 drafting units,
 * the evaluation's before/after figures to insert, images and charts under each part (not counted), save (any
 * length) and submit (Annex D met).
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, List, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView, ParticipationCase } from '../../../../../contracts/cases';
import {
  CASE_CHARACTER_LIMIT,
  CASE_PARTS,
  MAX_DRAFTING_UNITS,
  checkCase,
  problemParams,
  type CaseParts,
} from '../../../../../domain/cases/case-text.js';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { codeMessage } from '../../../lib/code-message';
import { useLanguage } from '../../../lib/use-language';
import { useSaveCase, useSubmitCase } from '../api/cases';
import type { CaseFigure } from '../../../../../domain/cases/case-figures.js';
import { CaseFiguresEditor } from './CaseFigures';

const EMPTY: CaseParts = { profile: '', problems: '', actions: '', results: '', insights: '' };
const pct = (n: number) => Math.round(n * 1000) / 10;

interface Props {
  data: ParticipationCase;
}

export function CaseEditor({ data }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const existing: CaseView | null = data.case;
  const [title, setTitle] = useState(existing?.title ?? '');
  const [parts, setParts] = useState<CaseParts>(existing?.parts ?? EMPTY);
  const [units, setUnits] = useState<string[]>(
    existing?.draftingUnits ?? [data.enterpriseName, ...(data.bodyName ? [data.bodyName] : [])],
  );
  const [figures, setFigures] = useState<CaseFigure[]>(
    (existing?.figures ?? []).map(({ fileId, part, caption }) => ({ fileId, part, caption })),
  );
  const captionMissing = figures.some((f) => !f.caption.trim());
  const save = useSaveCase();
  const submit = useSubmitCase();
  const check = useMemo(() => checkCase({ title, parts, draftingUnits: units }), [title, parts, units]);
  const over = check.characters - CASE_CHARACTER_LIMIT;
  const blocking = check.problems.filter((p) => p.blocking);
  const advice = check.problems.filter((p) => !p.blocking);
  const body = { title, parts, draftingUnits: units, figures };

  const saveDraft = async () => {
    const view = await save.mutateAsync({
      params: { id: data.participationId },
      body: { ...body, version: existing?.version ?? 0 },
    });
    return view;
  };
  const onSave = () =>
    void saveDraft()
      .then(() => message.success(t('cases.saved')))
      .catch(() => undefined);
  const onSubmit = () =>
    void saveDraft()
      .then((view) => submit.mutateAsync({ params: { id: view.id }, body: { version: view.version } }))
      .then(() => message.success(t('cases.submitted')))
      .catch(() => undefined);

  const insertFigures = () => {
    const lines = (data.evaluation?.figures ?? []).map((f) =>
      t('cases.figureLine', {
        name: f.name,
        before: f.before === null ? '—' : `${f.before}${f.unit}`,
        target: `${f.target}${f.unit}`,
        after: f.after === null ? '—' : `${f.after}${f.unit}`,
      }),
    );
    setParts((p) => ({ ...p, results: [p.results, ...lines].filter(Boolean).join('\n') }));
  };

  return (
    <Flex vertical gap={16} data-testid="case-editor">
      {existing?.status === 'returned' && existing.returnReason ? (
        <Alert type="warning" showIcon message={t('cases.returnReason')} description={existing.returnReason} />
      ) : null}
      <Alert type="info" showIcon message={t('cases.countRule')} data-testid="case-count-rule" />
      <Card size="small">
        <Flex align="center" gap={16} wrap>
          <Typography.Text strong>{t('cases.total')}</Typography.Text>
          <Typography.Text
            data-testid="case-total"
            type={over > 0 ? 'danger' : undefined}
            strong
            style={{ fontSize: 18 }}
          >
            {t('cases.ofLimit', { count: check.characters, limit: CASE_CHARACTER_LIMIT })}
          </Typography.Text>
          <Progress
            style={{ flex: '1 1 160px', minWidth: 120, margin: 0 }}
            percent={Math.min(100, (check.characters / CASE_CHARACTER_LIMIT) * 100)}
            status={over > 0 ? 'exception' : 'normal'}
            showInfo={false}
          />
        </Flex>
        {over > 0 ? (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            showIcon
            data-testid="case-over-limit"
            message={t('cases.overLimit', { over })}
          />
        ) : null}
      </Card>
      <div>
        <Typography.Text strong>{t('cases.caseTitle')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('cases.titleHint')}
        </Typography.Paragraph>
        <Input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="case-title"
          aria-label={t('cases.caseTitle')}
        />
      </div>
      {CASE_PARTS.map((part, i) => {
        const count = check.parts.find((p) => p.part === part)!;
        return (
          <div key={part}>
            <Flex justify="space-between" align="baseline" wrap gap={8}>
              <Typography.Text strong>{`${i + 1}. ${t(`casePart.${part}`)}`}</Typography.Text>
              <Space size={4}>
                <Typography.Text type="secondary" data-testid={`case-count-${part}`}>
                  {t('cases.partCount', {
                    count: count.characters,
                    share: pct(count.share),
                    target: pct(count.target),
                  })}
                </Typography.Text>
                {count.characters > 0 && check.characters > 0 ? (
                  <Tag color={count.onTarget ? 'green' : 'orange'}>{count.onTarget ? '✓' : '≠'}</Tag>
                ) : null}
              </Space>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t(`cases.partHint.${part}`)}
            </Typography.Paragraph>
            <Input.TextArea
              value={parts[part]}
              onChange={(e) => setParts((p) => ({ ...p, [part]: e.target.value }))}
              autoSize={{ minRows: part === 'actions' ? 6 : 3, maxRows: 20 }}
              data-testid={`case-part-${part}`}
              aria-label={t(`casePart.${part}`)}
            />
            <CaseFiguresEditor
              participationId={data.participationId}
              part={part}
              figures={figures}
              onChange={setFigures}
            />
            {part === 'results' && data.evaluation ? (
              <Card size="small" style={{ marginTop: 8 }} title={t('cases.figures')} data-testid="case-figures">
                <Typography.Paragraph type="secondary">
                  {t('cases.evaluationResult', {
                    total: data.evaluation.total,
                    grade: t(`grade.${data.evaluation.grade}`),
                  })}
                  {' · '}
                  {t('cases.figuresHint')}
                </Typography.Paragraph>
                <List
                  size="small"
                  dataSource={data.evaluation.figures}
                  renderItem={(f) => (
                    <List.Item>
                      {t('cases.figureLine', {
                        name: f.name,
                        before: f.before === null ? '—' : `${f.before}${f.unit}`,
                        target: `${f.target}${f.unit}`,
                        after: f.after === null ? '—' : `${f.after}${f.unit}`,
                      })}
                    </List.Item>
                  )}
                />
                <Button size="small" onClick={insertFigures} data-testid="case-insert-figures">
                  {t('cases.insertFigures')}
                </Button>
              </Card>
            ) : null}
          </div>
        );
      })}
      <div>
        <Typography.Text strong>{t('cases.draftingUnits')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('cases.draftingUnitsHint')}
        </Typography.Paragraph>
        <Flex vertical gap={8}>
          {units.map((u, i) => (
            <Flex key={i} gap={8}>
              <Input
                value={u}
                placeholder={t('cases.unitPlaceholder')}
                aria-label={`${t('cases.draftingUnits')} ${i + 1}`}
                data-testid={`case-unit-${i}`}
                onChange={(e) => setUnits((all) => all.map((x, j) => (j === i ? e.target.value : x)))}
              />
              <Button onClick={() => setUnits((all) => all.filter((_, j) => j !== i))}>{t('cases.removeUnit')}</Button>
            </Flex>
          ))}
          {units.length < MAX_DRAFTING_UNITS ? (
            <Button style={{ alignSelf: 'flex-start' }} onClick={() => setUnits((all) => [...all, ''])}>
              {t('cases.addUnit')}
            </Button>
          ) : null}
        </Flex>
      </div>
      {blocking.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="case-problems"
          message={t('cases.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {blocking.map((p, i) => (
                <li key={i}>{codeMessage(p.code, lang, problemParams(p))}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {advice.length > 0 ? (
        <Alert
          type="info"
          message={t('cases.advice')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {advice.map((p, i) => (
                <li key={i}>{codeMessage(p.code, lang, problemParams(p))}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {captionMissing ? (
        <Alert type="warning" showIcon data-testid="case-caption-missing" message={t('cases.images.captionRequired')} />
      ) : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {submit.error ? <ErrorAlert error={submit.error} /> : null}
      <Flex gap={8} wrap>
        <Button onClick={onSave} loading={save.isPending} disabled={captionMissing} data-testid="case-save">
          {t('cases.save')}
        </Button>
        <Button
          type="primary"
          onClick={onSubmit}
          loading={submit.isPending}
          disabled={!check.submittable || captionMissing}
          data-testid="case-submit"
        >
          {t('cases.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}
