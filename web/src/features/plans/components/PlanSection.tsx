/**
 * 认证提升方案 (一企一策) on the enterprise's file (003 §6.6–6.7, Annex C). The
 * assistance side drafts sections a)–h) and the indicators with the shared rules live, saves,
 * submits, revises after the enterprise's comments and amends an accepted plan with a reason; the
 * enterprise comments or accepts (the first acceptance agrees the plan). Every version stays
 * readable with its Word file; the accepted one is marked as the evaluation baseline.
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Modal, Popconfirm, Tag, Typography, type ButtonProps } from 'antd';
import { CheckOutlined, EditOutlined, ImportOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { diagnosis as diagnosisContract } from '../../../../../contracts/diagnosis';
import { plans as plansContract, type PlanOverview } from '../../../../../contracts/plans';
import { survey as surveyContract } from '../../../../../contracts/survey';
import { emptyPlan, PLAN_SECTIONS, planActorOf, planProblems, type Plan } from '../../../../../domain/plans/plan.js';
import { ANNEX_A_TEMPLATE, type SurveyTemplate } from '../../../../../domain/survey/annex-a-template.js';
import { sameContent } from '../../../../../domain/survey/canonical.js';
import type { PainPoint } from '../../../../../domain/diagnosis/diagnosis.js';
import type { Survey } from '../../../../../domain/survey/survey.js';
import { ApiError } from '../../../lib/api-client';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { useApiQuery } from '../../../lib/api-query';
import { useMayCall } from '../../../lib/session';
import { today } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { reportOf, surveyOf, templateOf } from '../../../components/survey/survey-view';
import { planKey, planOf, usePlan, usePlanAction, usePlanResponse, useSavePlan } from '../api/plans';
import { describePlanProblems, sectionLabel } from './plan-labels';
import { prefillPlan } from './plan-prefill';
import { PlanComments } from './PlanComments';
import { PlanSectionsEditor } from './PlanSectionsEditor';
import { PLAN_STATUS_COLORS, PlanVersions } from './PlanVersions';
import { PlanView } from './PlanView';

const SECTION_KEYS = new Set<string>([...PLAN_SECTIONS.map((s) => s.key), 'indicators']);

interface EditorProps {
  participationId: string;
  overview: PlanOverview;
  template: SurveyTemplate;
  survey: Survey | null;
  painPoints: ReadonlyArray<PainPoint>;
}

function PlanEditor({ participationId, overview, template, survey, painPoints }: EditorProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const current = overview.current;
  const serverPlan = useMemo(() => (current ? planOf(current) : emptyPlan()), [current]);
  const [plan, setPlan] = useState<Plan>(serverPlan);
  const save = useSavePlan(participationId);
  const act = usePlanAction(participationId);
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'revise'>(null);
  const dirty = !current || !sameContent(plan, serverPlan);
  const status = current?.status ?? 'draft';

  const draftProblems = useMemo(
    () => describePlanProblems(planProblems(plan, { template, forSubmission: false }), lang, t),
    [plan, template, lang, t],
  );
  const submissionProblems = useMemo(
    () => describePlanProblems(planProblems(plan, { template }), lang, t),
    [plan, template, lang, t],
  );
  const { sectionProblems, indicatorProblems } = useMemo(() => {
    const bySection = new Map<string, string[]>();
    const byRow = new Map<number, string[]>();
    for (const p of draftProblems) {
      if (p.indicator !== undefined) byRow.set(p.indicator, [...(byRow.get(p.indicator) ?? []), p.text]);
      else {
        const key = p.field.split('.')[0] ?? '';
        if (SECTION_KEYS.has(key)) bySection.set(key, [...(bySection.get(key) ?? []), p.text]);
      }
    }
    return { sectionProblems: bySection, indicatorProblems: byRow };
  }, [draftProblems]);

  const onError = (e: unknown) => {
    void message.error(errorText(e));
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT')
      void queryClient.invalidateQueries({ queryKey: planKey(participationId) });
  };

  /** Saves when needed; the lock version to act on. */
  const saveNow = async (): Promise<number> => {
    if (!dirty && current) return current.lockVersion;
    const o = await save.mutateAsync({
      params: { id: participationId },
      body: { lockVersion: current?.lockVersion ?? 0, plan },
    });
    return o.current?.lockVersion ?? 0;
  };

  const run = async (what: 'save' | 'submit' | 'revise') => {
    setBusy(what);
    try {
      const lockVersion = await saveNow();
      if (what !== 'save')
        await act.mutateAsync({ params: { id: participationId }, body: { action: what, lockVersion } });
      void message.success(t(`plan.done_${what}`));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(null);
    }
  };

  const prefill = () => {
    const { plan: next, filled } = prefillPlan(plan, {
      survey,
      painPoints,
      today: today(),
      lang,
      text: (k, p) => t(k, p),
    });
    setPlan(next);
    void message.info(
      filled.length
        ? t('plan.prefilled', { sections: filled.map((k) => sectionLabel(k, lang, t)).join('、') })
        : t('plan.prefillNothing'),
    );
  };

  return (
    <Flex vertical gap={10} data-testid="plan-editor" data-dirty={String(dirty)}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(status === 'commented' ? 'plan.editCommented' : 'plan.editDraft')}
        </Typography.Text>
        <Button
          icon={<ImportOutlined />}
          onClick={prefill}
          disabled={!survey}
          data-testid="plan-prefill"
          aria-describedby="plan-prefill-hint"
        >
          {t('plan.prefill')}
        </Button>
      </Flex>
      {/* the hint is shown, not hidden in a hover tooltip (phones cannot hover) */}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} id="plan-prefill-hint" data-testid="plan-prefill-hint">
        {t('plan.prefillHint')}
      </Typography.Text>
      <PlanSectionsEditor
        plan={plan}
        onChange={(change) => setPlan((p) => change(p))}
        template={template}
        survey={survey}
        sectionProblems={sectionProblems}
        indicatorProblems={indicatorProblems}
      />
      {submissionProblems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="plan-submission-problems"
          data-count={submissionProblems.length}
          title={t('plan.submissionProblems', { count: submissionProblems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 200, overflowY: 'auto' }}>
              {submissionProblems.map((p) => (
                <li key={`${p.field}-${p.code}`}>{p.text}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Flex
        gap={8}
        wrap
        justify="flex-end"
        align="center"
        style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '8px 0', zIndex: 5 }}
      >
        {dirty ? <Typography.Text type="warning">{t('plan.unsaved')}</Typography.Text> : null}
        <Button
          icon={<SaveOutlined />}
          disabled={!dirty || draftProblems.length > 0 || busy !== null}
          loading={busy === 'save'}
          onClick={() => void run('save')}
          data-testid="plan-save"
        >
          {t('plan.save')}
        </Button>
        {status === 'draft' ? (
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={submissionProblems.length > 0 || busy !== null}
            loading={busy === 'submit'}
            onClick={() => void run('submit')}
            data-testid="plan-submit"
          >
            {t('plan.submit')}
          </Button>
        ) : null}
        {status === 'commented' ? (
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={submissionProblems.length > 0 || busy !== null}
            loading={busy === 'revise'}
            onClick={() => void run('revise')}
            data-testid="plan-revise"
          >
            {t('plan.revise')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}

function EnterpriseResponse({ detail, overview }: { detail: ParticipationDetail; overview: PlanOverview }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const respond = usePlanResponse(detail.id);
  const [comment, setComment] = useState('');
  const current = overview.current!;
  const canComment = overview.availableActions.includes('comment');
  const canAccept = overview.availableActions.includes('accept');
  if (!canComment && !canAccept) return null;
  const send = (action: 'comment' | 'accept') =>
    respond.mutate(
      {
        params: { id: detail.id },
        body:
          action === 'comment'
            ? { action, lockVersion: current.lockVersion, comment: comment.trim() }
            : { action, lockVersion: current.lockVersion, version: detail.version },
      },
      {
        onSuccess: () => {
          if (action === 'comment') setComment('');
          void message.success(t(`plan.done_${action}`));
        },
        onError: (e) => void message.error(errorText(e)),
      },
    );
  return (
    <Card size="small" type="inner" title={t('plan.respondTitle')} data-testid="plan-respond">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('plan.respondHint')}</Typography.Text>
        {canComment ? (
          <>
            <Input.TextArea
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={4000}
              placeholder={t('plan.commentPlaceholder')}
              aria-label={t('plan.comment')}
              data-testid="plan-comment"
            />
            <Flex gap={8} wrap justify="flex-end">
              <Button
                icon={<SendOutlined />}
                disabled={!comment.trim()}
                loading={respond.isPending && respond.variables?.body.action === 'comment'}
                onClick={() => send('comment')}
                data-testid="plan-comment-send"
              >
                {t('plan.commentSend')}
              </Button>
              {canAccept ? (
                <Popconfirm
                  title={t('plan.acceptTitle')}
                  description={t('plan.acceptText', { version: current.version })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => send('accept')}
                  okButtonProps={{ 'data-testid': 'plan-accept-ok' } as ButtonProps}
                >
                  <Button
                    type="primary"
                    icon={<CheckOutlined />}
                    loading={respond.isPending && respond.variables?.body.action === 'accept'}
                    data-testid="plan-accept"
                  >
                    {t('plan.accept')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Flex>
          </>
        ) : null}
      </Flex>
    </Card>
  );
}

function AmendButton({ participationId, overview }: { participationId: string; overview: PlanOverview }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = usePlanAction(participationId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!overview.availableActions.includes('amend') || !overview.current) return null;
  const lockVersion = overview.current.lockVersion;
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="plan-amend">
        {t('plan.amend')}
      </Button>
      <Modal
        open={open}
        title={t('plan.amendTitle')}
        okText={t('plan.amendOk')}
        cancelText={t('common.cancel')}
        onCancel={() => setOpen(false)}
        okButtonProps={
          { disabled: !reason.trim(), loading: act.isPending, 'data-testid': 'plan-amend-ok' } as ButtonProps
        }
        onOk={() =>
          act.mutate(
            { params: { id: participationId }, body: { action: 'amend', lockVersion, reason: reason.trim() } },
            {
              onSuccess: () => {
                setOpen(false);
                setReason('');
                void message.success(t('plan.done_amend'));
              },
              onError: (e) => void message.error(errorText(e)),
            },
          )
        }
        data-testid="plan-amend-modal"
      >
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('plan.amendHint')}</Typography.Text>
          <Input.TextArea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={1000}
            aria-label={t('plan.amendReason')}
            data-testid="plan-amend-reason"
          />
        </Flex>
      </Modal>
    </>
  );
}

export function PlanSection({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const canRead = useMayCall(plansContract.overview);
  const canReadSurvey = useMayCall(surveyContract.get);
  const plan = usePlan(detail.id, canRead);
  const survey = useApiQuery(surveyContract.get, { params: { id: detail.id } }, { enabled: canReadSurvey });
  const diagnosis = useApiQuery(
    diagnosisContract.get,
    { params: { id: detail.id } },
    { enabled: canReadSurvey, select: (answer) => answer.diagnosis },
  );
  if (!canRead) return null;
  if (plan.isPending)
    return (
      <Card size="small" title={t('plan.title')}>
        <FullPageSpin />
      </Card>
    );
  if (plan.isError)
    return (
      <Card size="small" title={t('plan.title')}>
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      </Card>
    );
  const o = plan.data;
  // before the diagnosis there is nothing to show
  if (!o.current && !o.editable) return null;
  const template = survey.data ? templateOf(survey.data) : ANNEX_A_TEMPLATE;
  const surveyData = survey.data && survey.data.status !== 'none' ? surveyOf(survey.data) : null;
  const painPoints = diagnosis.data ? reportOf(diagnosis.data).painPoints : [];
  const status = o.current?.status ?? 'none';

  return (
    <Card
      size="small"
      title={t('plan.title')}
      data-testid="plan-section"
      extra={
        <Flex gap={6} align="center">
          {o.current ? (
            <Typography.Text type="secondary">{t('plan.versionTitle', { version: o.current.version })}</Typography.Text>
          ) : null}
          <Tag
            color={PLAN_STATUS_COLORS[status] ?? 'default'}
            data-testid="plan-status"
            data-status={status}
            style={{ marginInlineEnd: 0 }}
          >
            {t(`plan.status_${status}`)}
          </Tag>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {o.current?.amendReason ? (
          <Alert
            type="info"
            showIcon
            title={t('plan.amendReasonValue', { reason: o.current.amendReason })}
            data-testid="plan-amend-reason-text"
          />
        ) : null}
        {o.current?.status === 'accepted' ? (
          <Alert
            type="success"
            showIcon
            title={t('plan.acceptedInfo', { name: o.current.acceptedByName ?? '—' })}
            data-testid="plan-accepted"
          />
        ) : null}
        {o.current && o.current.comments.length > 0 ? <PlanComments comments={o.current.comments} /> : null}
        {o.editable ? (
          <PlanEditor
            key={o.current?.version ?? 0}
            participationId={detail.id}
            overview={o}
            template={template}
            survey={surveyData}
            painPoints={painPoints}
          />
        ) : o.current && o.current.status === 'draft' && planActorOf(detail.actingRole, false) === 'enterprise' ? (
          // the enterprise reads the plan once it is submitted to it
          <Typography.Text type="secondary" data-testid="plan-drafting">
            {t('plan.drafting')}
          </Typography.Text>
        ) : o.current ? (
          <PlanView plan={planOf(o.current)} template={template} />
        ) : null}
        <AmendButton participationId={detail.id} overview={o} />
        <EnterpriseResponse detail={detail} overview={o} />
        {o.versions.length > 0 ? (
          <Flex vertical gap={6}>
            <Typography.Text strong>{t('plan.versions')}</Typography.Text>
            <PlanVersions participationId={detail.id} overview={o} template={template} />
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
