/**
 * "新建工作组" / edit: name, regions covered, one leader and the managers (the body's managers),
 * the assistance experts. The shared rule (workingGroupProblems) is checked live.
 */
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { workingGroupProblems } from '../../../../../domain/matching/working-group.js';
import { codeMessage } from '../../../lib/code-message';
import { regionLevel } from '../../../../../domain/regions/region-code.js';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import type { WorkingGroup } from '../../../../../contracts/matching';
import { ApiError } from '../../../lib/api-client';
import { errorText } from '../../../components/ErrorAlert';
import { useLanguage } from '../../../lib/use-language';
import { useRegionChildren } from '../../../components/regions/regions';
import { useCreateWorkingGroup, useGroupCandidates, useUpdateWorkingGroup, workingGroupsKey } from '../api/matching';
import { fromGroup, toMembers, toSaveRequest, type WorkingGroupFormValues } from './working-group-values';

interface Props {
  campaign: CampaignDetail;
  /** Absent when creating. */
  group?: WorkingGroup;
  onClose: () => void;
}

export function WorkingGroupDialog({ campaign, group, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<WorkingGroupFormValues>();
  const [submitted, setSubmitted] = useState(false);
  const experts = useGroupCandidates();
  const level = regionLevel(campaign.regionCode);
  const subRegions = useRegionChildren(level === 'national' ? undefined : campaign.regionCode);
  const create = useCreateWorkingGroup(campaign.id);
  const update = useUpdateWorkingGroup(campaign.id);
  const mutation = group ? update : create;

  const initial = fromGroup(group);
  const values: WorkingGroupFormValues = {
    ...initial,
    ...(Form.useWatch((v: WorkingGroupFormValues) => v, form) ?? {}),
  };
  const problems = workingGroupProblems({
    name: values.name ?? '',
    regionCodes: values.regionCodes ?? [],
    members: toMembers(values),
  });
  const problemText = (p: (typeof problems)[number]) => {
    const field = t(`workingGroups.field_${p.field}`, { defaultValue: p.field });
    if (p.code === 'VALIDATION_FAILED' && p.detail === 'required') return codeMessage('REQUIRED', lang, { field });
    return codeMessage(p.code, lang, { field, detail: p.detail });
  };
  const nameProblem = problems.find((p) => p.field === 'name');

  const managers = experts.data?.managers ?? [];
  const managerOptions = managers.map((m) => ({
    value: m.userId,
    label: t('workingGroups.personOption', {
      name: m.displayName,
      role: t(`role.${m.role}`, { defaultValue: m.role }),
    }),
  }));
  const expertOptions = (experts.data?.items ?? []).map((x) => ({
    value: x.userId,
    label: t('workingGroups.expertOption', { name: x.displayName, load: x.load, capacity: x.capacity }),
  }));
  // regions already chosen but outside the listed ones keep their names
  const regionOptions = [
    ...(subRegions.data ?? []).map((r) => ({ value: r.code, label: r.name })),
    ...(group?.regionCodes ?? [])
      .filter((c) => !(subRegions.data ?? []).some((r) => r.code === c))
      .map((c) => ({ value: c, label: group?.regionNames[group.regionCodes.indexOf(c)] ?? c })),
  ];

  const submit = () => {
    setSubmitted(true);
    if (problems.length > 0) {
      void message.error(t('workingGroups.fixProblems'));
      return;
    }
    const body = toSaveRequest(values);
    const onSuccess = () => {
      void message.success(t('workingGroups.saved', { name: body.name }));
      onClose();
    };
    const onError = (error: Error) => {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        void message.warning(t('error.versionConflict'));
        void queryClient.invalidateQueries({ queryKey: workingGroupsKey(campaign.id) });
        onClose();
      }
    };
    if (group)
      update.mutate({ params: { id: group.id }, body: { ...body, version: group.version } }, { onSuccess, onError });
    else create.mutate({ params: { id: campaign.id }, body }, { onSuccess, onError });
  };

  return (
    <Modal
      open
      width={640}
      title={group ? t('workingGroups.editTitle', { name: group.name }) : t('workingGroups.create')}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: !mutation.isPending }}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={mutation.isPending}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={mutation.isPending} onClick={submit} data-testid="working-group-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      {mutation.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorText(mutation.error)}
          style={{ marginBottom: 16 }}
          data-testid="working-group-error"
        />
      ) : null}
      {experts.isError ? (
        <Alert type="error" showIcon title={errorText(experts.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<WorkingGroupFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={mutation.isPending}
        data-testid="working-group-form"
      >
        <Form.Item
          name="name"
          label={t('workingGroups.name')}
          validateStatus={nameProblem && (submitted || form.isFieldTouched('name')) ? 'error' : undefined}
          help={nameProblem && (submitted || form.isFieldTouched('name')) ? problemText(nameProblem) : undefined}
        >
          <Input maxLength={100} placeholder={t('workingGroups.namePlaceholder')} data-testid="working-group-name" />
        </Form.Item>
        {regionOptions.length > 0 || subRegions.isPending ? (
          <Form.Item name="regionCodes" label={t('workingGroups.regions')} extra={t('workingGroups.regionsHint')}>
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              loading={subRegions.isPending}
              options={regionOptions}
              placeholder={t('workingGroups.allRegions')}
              data-testid="working-group-regions"
            />
          </Form.Item>
        ) : null}
        <Form.Item name="leaderId" label={t('workingGroups.leader')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            loading={experts.isPending}
            options={managerOptions}
            data-testid="working-group-leader"
          />
        </Form.Item>
        <Form.Item name="managerIds" label={t('workingGroups.managers')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={experts.isPending}
            options={managerOptions.map((o) => ({ ...o, disabled: o.value === values.leaderId }))}
            data-testid="working-group-managers"
          />
        </Form.Item>
        <Form.Item name="expertIds" label={t('workingGroups.experts')} required>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={experts.isPending}
            options={expertOptions}
            data-testid="working-group-experts"
          />
        </Form.Item>
      </Form>
      {problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('workingGroups.problemsTitle', { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p, i) => (
                <li key={`${p.code}-${i}`} data-code={p.code}>
                  {problemText(p)}
                </li>
              ))}
            </ul>
          }
          data-testid="working-group-problems"
        />
      ) : (
        <Typography.Text type="success" data-testid="working-group-ok">
          {t('workingGroups.noProblems')}
        </Typography.Text>
      )}
    </Modal>
  );
}
