/**
 * The survey editor (page: app/routes/SurveyPage.tsx) — 现场调研 (003 §6.5, Annex A; 000 §二(2)), made for a
 * phone on site: the 9 Annex A items as panels with progress, each sub-item's conclusion, finding,
 * measured value and evidence photos, then the other sections and completion. The draft lives in
 * this browser (localStorage) and syncs when online; see use-survey-draft. Read-only for those
 * who may not write it (the enterprise, bureaus, an expert whose assistance ended).
 */
import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Collapse, Flex, Tag, Typography } from 'antd';
import { CheckOutlined, ColumnHeightOutlined, VerticalAlignMiddleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { surveyProblems, surveyProgress, type SubItemAnswer } from '../../../../../domain/survey/survey.js';
import { survey as surveyContract, type SurveyView } from '../../../../../contracts/survey';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { useMayCall } from '../../../lib/session';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { templateOf, useCompleteSurvey } from '../api/survey';
import { ConflictsAlert } from './ConflictsAlert';
import type { PendingPhoto } from '../../../lib/pending-photos';
import { SubItemEditor } from './SubItemEditor';
import { fillConforming, lastPeriod, setAnswer } from '../../../lib/survey-draft';
import { describeSurveyProblems, nameIn } from '../../../components/survey/survey-labels';
import {
  BasicsSection,
  ChecksSection,
  IdeasSection,
  OverviewSection,
  PoliciesSection,
  ProblemsSection,
  ResourcesSection,
} from './SurveySections';
import { SyncStatus } from './SyncStatus';
import { useSurveyDraft } from './use-survey-draft';

const NO_PENDING: PendingPhoto[] = [];
const NO_PROBLEMS: string[] = [];

function scrollToSubItem(key: string) {
  setTimeout(
    () =>
      document
        .querySelector(`[data-testid="survey-sub-${CSS.escape(key)}"]`)
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
    250,
  );
}

export function SurveyEditor({ detail, view }: { detail: ParticipationDetail; view: SurveyView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const editable = view.editable;
  const [template] = useState(() => templateOf(view));
  const draft = useSurveyDraft(detail.id, view, editable);
  const { survey, update } = draft;
  const complete = useCompleteSurvey(detail.id);
  const maySave = useMayCall(surveyContract.save);
  const [open, setOpen] = useState<string[]>([]);
  const [completing, setCompleting] = useState(false);

  const progress = useMemo(() => surveyProgress(template, survey), [template, survey]);
  const draftProblems = useMemo(
    () => describeSurveyProblems(template, surveyProblems(template, survey, { forCompletion: false }), lang, t),
    [template, survey, lang, t],
  );
  const completionProblems = useMemo(
    () => describeSurveyProblems(template, surveyProblems(template, survey, { forCompletion: true }), lang, t),
    [template, survey, lang, t],
  );
  const problemsBySub = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const p of draftProblems) if (p.subItemKey) map.set(p.subItemKey, [...(map.get(p.subItemKey) ?? []), p.text]);
    return map;
  }, [draftProblems]);
  const pendingBySub = useMemo(() => {
    const map = new Map<string, PendingPhoto[]>();
    for (const p of draft.pending) map.set(p.subItemKey, [...(map.get(p.subItemKey) ?? []), p]);
    return map;
  }, [draft.pending]);
  const suggestedPeriod = useMemo(() => lastPeriod(template, survey), [template, survey]);

  const onChange = useCallback(
    (key: string, patch: Partial<SubItemAnswer>) => update((s) => setAnswer(s, key, patch)),
    [update],
  );

  const fillRest = () => {
    const { survey: next, filled } = fillConforming(template, survey);
    if (filled > 0) update(() => next);
    void message.info(t('survey.filledConforming', { count: filled }));
  };

  const showProblem = (subItemKey: string | undefined) => {
    if (!subItemKey) return;
    const item = template.items.find((it) => it.subItems.some((s) => s.key === subItemKey));
    if (item && !open.includes(item.key)) setOpen([...open, item.key]);
    scrollToSubItem(subItemKey);
  };

  const doComplete = async () => {
    setCompleting(true);
    try {
      const clean = await draft.sync();
      if (!clean) {
        void message.warning(t('survey.syncFirst'));
        return;
      }
      const result = await complete.mutateAsync({
        params: { id: detail.id },
        body: { revision: draft.currentRevision() },
      });
      draft.setStatus(result.status);
      void message.success(t('survey.completed'));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setCompleting(false);
    }
  };

  const allOpen = open.length === template.items.length;
  const sectionProps = { survey, editable, lang, update };
  const canComplete = completionProblems.length === 0 && draft.conflicts.length === 0 && draft.online;

  return (
    <PageShell
      title={t('survey.title')}
      subtitle={
        <Typography.Text type="secondary" data-testid="survey-enterprise">
          {detail.enterprise.name}
        </Typography.Text>
      }
      backTo={`/participations/${detail.id}`}
    >
      <SyncStatus
        state={draft.state}
        editable={editable}
        answered={progress.answered}
        total={progress.total}
        lastSavedAt={draft.lastSavedAt}
        pendingPhotos={draft.pending.length}
        blocked={draftProblems.length > 0}
        onSyncNow={() => void draft.sync()}
      />
      {draft.state === 'offline' ? (
        <Alert
          type="warning"
          showIcon
          title={t('survey.offlineTitle')}
          description={t('survey.offlineText')}
          data-testid="survey-offline"
        />
      ) : null}
      {draft.fromLocal ? (
        <Alert type="info" showIcon closable title={t('survey.fromLocal')} data-testid="survey-from-local" />
      ) : null}
      {!editable ? (
        <Alert type="info" showIcon title={t('survey.readOnlyText')} data-testid="survey-read-only" />
      ) : null}
      {draft.orphanDraft && maySave ? (
        <Alert
          type="warning"
          showIcon
          title={t('survey.orphanDraft')}
          action={
            <Button size="small" danger onClick={draft.discardOrphan} data-testid="survey-discard-local">
              {t('survey.discardLocal')}
            </Button>
          }
          data-testid="survey-orphan-draft"
        />
      ) : null}
      {draft.status === 'completed' ? (
        <Alert
          type="success"
          showIcon
          data-testid="survey-completed"
          title={editable ? t('survey.completedTitle') : t('survey.completed')}
          description={editable ? t('survey.completedEditable') : undefined}
          action={
            <Link to={`/participations/${detail.id}`} data-testid="survey-back-to-file">
              {t('survey.backToFile')}
            </Link>
          }
        />
      ) : null}
      {draft.error ? <ErrorAlert error={draft.error} /> : null}
      <ConflictsAlert
        template={template}
        conflicts={draft.conflicts}
        onUseLocal={draft.applyLocal}
        onKeepServer={draft.keepServer}
      />

      <Card size="small" title={t('survey.card.basics')}>
        <BasicsSection {...sectionProps} />
      </Card>

      <Card size="small" title={t('survey.card.items')} styles={{ body: { padding: 8 } }}>
        <Flex gap={6} wrap justify="flex-end" style={{ marginBottom: 8 }}>
          <Button
            size="small"
            icon={allOpen ? <VerticalAlignMiddleOutlined /> : <ColumnHeightOutlined />}
            onClick={() => setOpen(allOpen ? [] : template.items.map((i) => i.key))}
            data-testid="survey-expand-all"
          >
            {allOpen ? t('survey.collapseAll') : t('survey.expandAll')}
          </Button>
          {editable ? (
            <Button
              size="small"
              icon={<CheckOutlined />}
              onClick={fillRest}
              data-testid="survey-fill-conforming"
              title={t('survey.fillConformingHint')}
            >
              {t('survey.fillConforming')}
            </Button>
          ) : null}
        </Flex>
        <Collapse
          activeKey={open}
          onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
          size="small"
          items={template.items.map((item, i) => {
            const p = progress.items.find((x) => x.itemKey === item.key);
            const done = p && p.answered === p.total;
            return {
              key: item.key,
              label: (
                <Flex
                  justify="space-between"
                  gap={8}
                  align="center"
                  data-testid={`survey-item-${item.key}`}
                  data-answered={p?.answered ?? 0}
                  data-total={p?.total ?? 0}
                >
                  <Typography.Text strong style={{ minWidth: 0 }}>
                    {i + 1}. {nameIn(item, lang)}
                  </Typography.Text>
                  <Tag
                    color={done ? 'green' : p?.answered ? 'blue' : 'default'}
                    style={{ marginInlineEnd: 0 }}
                    data-testid={`survey-item-progress-${item.key}`}
                  >
                    {p?.answered ?? 0}/{p?.total ?? 0}
                  </Tag>
                </Flex>
              ),
              children: item.subItems.map((sub, j) => (
                <SubItemEditor
                  key={sub.key}
                  sub={sub}
                  number={`${i + 1}.${j + 1}`}
                  answer={survey.answers[sub.key]}
                  editable={editable}
                  lang={lang}
                  suggestedPeriod={sub.measure ? suggestedPeriod : null}
                  pending={pendingBySub.get(sub.key) ?? NO_PENDING}
                  problems={problemsBySub.get(sub.key) ?? NO_PROBLEMS}
                  onChange={onChange}
                  onAddEvidence={draft.addEvidence}
                  onRemoveEvidence={draft.removeEvidence}
                  onDiscardPending={draft.discardPending}
                />
              )),
            };
          })}
        />
      </Card>

      <Card size="small" title={t('survey.card.checks')}>
        <ChecksSection {...sectionProps} />
      </Card>
      <Card size="small" title={t('survey.card.problems')}>
        <ProblemsSection {...sectionProps} template={template} />
      </Card>
      <Card size="small" title={t('survey.card.ideas')}>
        <IdeasSection {...sectionProps} />
      </Card>
      <Card size="small" title={t('survey.card.overview')}>
        <OverviewSection {...sectionProps} />
      </Card>
      <Card size="small" title={t('survey.card.resources')}>
        <ResourcesSection {...sectionProps} />
      </Card>
      <Card size="small" title={t('survey.card.policies')}>
        <PoliciesSection {...sectionProps} />
      </Card>

      {draftProblems.some((p) => !p.subItemKey) ? (
        <Alert
          type="error"
          showIcon
          title={t('survey.draftProblems')}
          description={draftProblems
            .filter((p) => !p.subItemKey)
            .map((p) => <div key={p.field + p.code}>{p.text}</div>)}
          data-testid="survey-draft-problems"
        />
      ) : null}

      {editable ? (
        <Card size="small" title={t('survey.card.complete')} data-testid="survey-complete-card">
          <Flex vertical gap={8}>
            {completionProblems.length > 0 ? (
              <>
                <Typography.Text type="secondary">
                  {t('survey.openProblems', { count: completionProblems.length })}
                </Typography.Text>
                <ul
                  style={{ maxHeight: 260, overflowY: 'auto', margin: 0, paddingInlineStart: 20 }}
                  data-testid="survey-open-problems"
                  data-count={completionProblems.length}
                >
                  {completionProblems.map((p) => (
                    <li key={`${p.field}-${p.code}`}>
                      {p.subItemKey ? (
                        <Typography.Link onClick={() => showProblem(p.subItemKey)}>{p.text}</Typography.Link>
                      ) : (
                        <Typography.Text>{p.text}</Typography.Text>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <Typography.Text type="success">{t('survey.readyToComplete')}</Typography.Text>
            )}
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('survey.revisionInfo', { revision: draft.baseRevision, at: formatDateTime(draft.lastSavedAt) })}
              </Typography.Text>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                disabled={!canComplete || (draft.status === 'completed' && !draft.dirty)}
                loading={completing}
                onClick={() => void doComplete()}
                data-testid="survey-complete"
              >
                {t('survey.complete')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      ) : null}
    </PageShell>
  );
}
