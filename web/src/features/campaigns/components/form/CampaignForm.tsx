/**
 * Create or change a campaign: basics, phases, targets and quotas, key industries and eligibility,
 * the work plan. The shared plan rules (campaignProblems) are checked live; a stale version (409)
 * is reported and the page reloads the campaign.
 */
import { Alert, App, Button, Card, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { campaignProblems } from '../../../../../../domain/campaigns/campaign-rules.js';
import { childPhaseProblems } from '../../../../../../domain/campaigns/child-phases.js';
import type { CampaignDetail } from '../../../../../../contracts/campaigns';
import { ApiError } from '../../../../lib/api-client';
import { errorText } from '../../../../components/ErrorAlert';
import { campaignKeys, useCampaign, useCampaignList } from '../../api/campaigns';
import { PlanRefusalsAlert, PlanWarningsAlert } from '../PlanWarningsAlert';
import { useCreateCampaign, useUpdateCampaign } from '../../api/campaign-write';
import { BasicFields } from './BasicFields';
import { BandsField } from './BandsField';
import { campaignBandsProblem } from '../../../../../../domain/campaigns/grade-bands.js';
import { CampaignProblemsAlert } from './CampaignProblemsAlert';
import { PhaseListField } from './PhaseListField';
import { ScopeFields } from './ScopeFields';
import { TargetFields } from './TargetFields';
import { WorkPlanFields } from './WorkPlanFields';
import {
  completePhases,
  emptyCampaign,
  fromCampaign,
  toCreateRequest,
  toPlanInput,
  toUpdateRequest,
  bandsOf,
  type CampaignFormValues,
} from './campaign-form-values';

interface Props {
  /** Absent when creating. */
  campaign?: CampaignDetail;
  /** The campaign's region, or when creating the bureau's own: the jurisdiction the new one's region is picked in. */
  regionCode: string;
}

export function CampaignForm({ campaign, regionCode }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CampaignFormValues>();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const mutation = campaign ? update : create;
  const list = useCampaignList({ page: 1, pageSize: 100 });

  const values: CampaignFormValues = Form.useWatch((v: CampaignFormValues) => v, form) ?? {};
  // a new campaign may be for any region of the bureau's jurisdiction
  const planningRegion = campaign ? campaign.regionCode : (values.regionCode ?? regionCode);
  const parentId = campaign ? campaign.parent?.id : values.parentId;
  const parent = parentId ? list.data?.items.find((c) => c.id === parentId) : undefined;
  const problems = campaignProblems(
    toPlanInput(values, planningRegion),
    parent ? { regionCode: parent.regionCode } : null,
  );
  const inherit = !campaign && Boolean(values.parentId);
  // ADR 0035: the child's own phases against the parent's (inherited phases are the parent's)
  const parentDetail = useCampaign(parentId);
  const phases = completePhases(values.phases);
  const childChecks =
    parentDetail.data && phases.length > 0
      ? childPhaseProblems(phases, parentDetail.data.phases as typeof phases)
      : { refusals: [], warnings: [] };

  const onError = (error: Error) => {
    if (error instanceof ApiError && error.code === 'VERSION_CONFLICT' && campaign) {
      void message.warning(t('error.versionConflict'));
      void queryClient.invalidateQueries({ queryKey: campaignKeys.all });
      return;
    }
    const field = error instanceof ApiError ? error.field?.replace(/^body\./, '') : undefined;
    if (field === 'name' || field === 'year') form.setFields([{ name: field, errors: [errorText(error)] }]);
  };

  const submit = (v: CampaignFormValues) => {
    const bandProblem = (v.gradeBands ?? []).length ? campaignBandsProblem(bandsOf(v), null, 0) : null;
    if (problems.length > 0 || childChecks.refusals.length > 0 || bandProblem) {
      void message.error(t('campaignForm.fixProblems'));
      return;
    }
    if (campaign) {
      // the promise, not mutate's callbacks: the refetch after saving gives the campaign a new version, which
      // remounts this form (its key), and a remounted form's mutate callbacks never run
      update.mutateAsync({ params: { id: campaign.id }, body: toUpdateRequest(v, campaign.version) }).then(() => {
        void message.success(t('campaignForm.saved'));
        void navigate(`/campaigns/${campaign.id}`);
      }, onError);
    } else {
      create.mutateAsync({ body: toCreateRequest(v) }).then(({ id }) => {
        void message.success(t('campaignForm.created'));
        void navigate(`/campaigns/${id}`);
      }, onError);
    }
  };

  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'VERSION_CONFLICT';
  return (
    <Form<CampaignFormValues>
      form={form}
      layout="vertical"
      initialValues={campaign ? fromCampaign(campaign) : { ...emptyCampaign(), regionCode }}
      onFinish={submit}
      scrollToFirstError
      disabled={mutation.isPending}
      data-testid="campaign-form"
    >
      <Flex vertical gap={16}>
        {mutation.isError && !conflict ? (
          <Alert type="error" showIcon title={errorText(mutation.error)} data-testid="campaign-error" />
        ) : null}
        <Card size="small" title={t('campaign.basic')}>
          <BasicFields
            editing={Boolean(campaign)}
            jurisdiction={regionCode}
            regionCode={planningRegion}
            parentName={campaign?.parent?.name}
          />
        </Card>
        <Card size="small" title={t('campaign.phases')}>
          <PhaseListField problems={problems} inheritHint={inherit} />
        </Card>
        <Card size="small" title={t('campaign.targets')}>
          <TargetFields regionCode={planningRegion} problems={problems} />
        </Card>
        <Card size="small" title={t('campaignForm.scope')}>
          <ScopeFields inheritHint={inherit} />
        </Card>
        <Card size="small" title={t('campaign.workPlan')}>
          <WorkPlanFields />
        </Card>
        <Card size="small" title={t('campaign.gradeBands')}>
          <BandsField locked={campaign?.bandsLocked ?? false} />
        </Card>
        <CampaignProblemsAlert problems={problems} />
        <PlanRefusalsAlert refusals={childChecks.refusals} />
        <PlanWarningsAlert warnings={childChecks.warnings} />
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={() => void navigate(campaign ? `/campaigns/${campaign.id}` : '/campaigns')} disabled={false}>
            {t('common.cancel')}
          </Button>
          {/* not a submit button: Enter in a field (a date, say) must not send the whole form */}
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()} data-testid="campaign-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
