/**
 * An expert's profile (seed 000 §一): registration, specialties (39 categories, optional
 * sub-codes), home region, capacity (above 2 only with a reason), unavailable periods and declared
 * conflicts. The shared rule (expertProfileProblems) is checked live; a stale version (409) reloads.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import {
  CAPACITY_WITHOUT_REASON,
  CONFLICT_KINDS,
  MAX_CAPACITY,
  REGISTRATION_LEVELS,
  type ProfileProblem,
} from '../../../../../domain/experts/expert-profile.js';
import type { ExpertSummary } from '../../../../../contracts/experts';
import { ApiError } from '../../../lib/api-client';
import { errorText } from '../../../components/ErrorAlert';
import { industryOptions } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { RegionCascader } from '../../../components/regions/RegionCascader';
import { EXPERTS_KEY, useSaveExpertProfile } from '../api/experts';
import { fromProfile, profileProblems, toSaveRequest, type ExpertProfileFormValues } from './expert-profile-values';
import { useProfileProblemText } from './use-profile-problem-text';
import { keepEnterInDateField } from '../../../components/date-keys';

const FIELDS = [
  'registrationLevel',
  'registrationNumber',
  'categories',
  'subCodes',
  'homeRegionCode',
  'capacity',
  'capacityReason',
] as const;
type Field = (typeof FIELDS)[number];

/** 'body.conflicts.0.enterpriseUscc' → ['conflicts', 0, 'enterpriseUscc'] */
function formPath(field: string | undefined): Array<string | number> | null {
  if (!field) return null;
  const parts = field
    .replace(/^body\./, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return parts.length ? parts : null;
}

function RowProblems({ problems, text }: { problems: ProfileProblem[]; text: (p: ProfileProblem) => string }) {
  return (
    <>
      {problems.map((p) => (
        <Typography.Paragraph
          key={`${p.field}-${p.code}-${p.detail ?? ''}`}
          type="danger"
          style={{ marginTop: -8, marginBottom: 8 }}
        >
          {text(p)}
        </Typography.Paragraph>
      ))}
    </>
  );
}

function ProfileForm({ expert, onClose }: { expert: ExpertSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ExpertProfileFormValues>();
  const save = useSaveExpertProfile(expert.userId);
  const [submitted, setSubmitted] = useState(false);
  const { text, located } = useProfileProblemText();
  const initial = fromProfile(expert.profile);
  const values: ExpertProfileFormValues = Form.useWatch((v: ExpertProfileFormValues) => v, form) ?? initial;
  const current = { ...initial, ...values };
  const problems = profileProblems(current);
  const needsReason = typeof current.capacity === 'number' && current.capacity > CAPACITY_WITHOUT_REASON;

  const status = (field: Field): { validateStatus?: 'error'; help?: string } => {
    const problem = problems.find((p) => p.field === field);
    if (problem && (submitted || form.isFieldTouched(field))) return { validateStatus: 'error', help: text(problem) };
    return {};
  };
  const rowProblems = (prefix: string) =>
    problems.filter((p) => p.field === prefix || p.field.startsWith(`${prefix}.`));

  const submit = () => {
    setSubmitted(true);
    if (problems.length > 0) {
      void message.error(t('experts.fixProblems', { count: problems.length }));
      return;
    }
    save.mutate(
      { params: { id: expert.userId }, body: toSaveRequest(current, expert.profile?.version ?? 0) },
      {
        onSuccess: () => {
          void message.success(t('experts.saved', { name: expert.displayName }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            void message.warning(t('error.versionConflict'));
            void queryClient.invalidateQueries({ queryKey: EXPERTS_KEY });
            return;
          }
          const path = error instanceof ApiError ? formPath(error.field) : null;
          if (path) form.setFields([{ name: path as never, errors: [errorText(error)] }]);
        },
      },
    );
  };

  const conflict = save.error instanceof ApiError && save.error.code === 'VERSION_CONFLICT';
  return (
    <Flex vertical gap={12}>
      {save.isError && !conflict ? (
        <Alert type="error" showIcon title={errorText(save.error)} data-testid="expert-profile-error" />
      ) : null}
      <Form<ExpertProfileFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={save.isPending}
        data-testid="expert-profile-form"
      >
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="registrationLevel" label={t('experts.registrationLevel')} {...status('registrationLevel')}>
              <Select
                options={REGISTRATION_LEVELS.map((l) => ({ value: l, label: t(`registrationLevel.${l}`) }))}
                data-testid="expert-field-registrationLevel"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="registrationNumber"
              label={t('experts.registrationNumber')}
              {...status('registrationNumber')}
            >
              <Input
                maxLength={64}
                placeholder={t('experts.registrationNumberPlaceholder')}
                data-testid="expert-field-registrationNumber"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="categories" label={t('experts.categories')} {...status('categories')}>
              <Select
                mode="multiple"
                optionFilterProp="label"
                options={industryOptions(lang)}
                placeholder={t('experts.categoriesPlaceholder')}
                data-testid="expert-field-categories"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="subCodes"
              label={t('experts.subCodes')}
              extra={status('subCodes').help ? undefined : t('experts.subCodesHint')}
              {...status('subCodes')}
            >
              <Select
                mode="tags"
                tokenSeparators={[',', '，', ' ']}
                open={false}
                suffixIcon={null}
                placeholder={t('experts.subCodesPlaceholder')}
                data-testid="expert-field-subCodes"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="homeRegionCode" label={t('experts.homeRegionCode')} {...status('homeRegionCode')}>
              <RegionCascader
                onChange={(code) => form.setFieldValue('homeRegionCode', code)}
                style={{ width: '100%' }}
                testId="expert-field-homeRegionCode"
                placeholder={t('experts.homeRegionPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="capacity"
              label={t('experts.capacity')}
              extra={t('experts.capacityHint', { max: MAX_CAPACITY })}
              {...status('capacity')}
            >
              <InputNumber
                min={1}
                max={MAX_CAPACITY}
                precision={0}
                style={{ width: '100%' }}
                data-testid="expert-field-capacity"
              />
            </Form.Item>
          </Col>
          {needsReason ? (
            <Col xs={24}>
              <Form.Item
                name="capacityReason"
                label={t('experts.capacityReason')}
                required
                {...status('capacityReason')}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 4 }}
                  maxLength={500}
                  showCount
                  placeholder={t('experts.capacityReasonPlaceholder')}
                  data-testid="expert-field-capacityReason"
                />
              </Form.Item>
            </Col>
          ) : null}
        </Row>

        <Typography.Title level={5} style={{ marginTop: 4 }}>
          {t('experts.unavailable')}
        </Typography.Title>
        <Form.List name="unavailable">
          {(fields, { add, remove }) => (
            <div data-testid="expert-unavailable">
              {fields.map(({ key, name }) => (
                <div
                  key={key}
                  data-testid={`expert-unavailable-${name}`}
                  style={{ borderBottom: '1px dashed #e8ecf1', marginBottom: 8 }}
                >
                  <Row gutter={8} align="top" wrap>
                    <Col xs={24} md={11}>
                      <Form.Item name={[name, 'range']} label={t('experts.unavailableRange')}>
                        <DatePicker.RangePicker
                          onKeyDown={keepEnterInDateField}
                          format="YYYY-MM-DD"
                          style={{ width: '100%' }}
                          data-testid={`expert-unavailable-${name}-range`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={11}>
                      <Form.Item name={[name, 'note']} label={t('experts.note')}>
                        <Input
                          maxLength={200}
                          placeholder={t('experts.unavailableNotePlaceholder')}
                          data-testid={`expert-unavailable-${name}-note`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2} style={{ textAlign: 'end' }}>
                      <Form.Item label=" " colon={false}>
                        <Button
                          danger
                          type="text"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(name)}
                          aria-label={t('experts.remove')}
                          title={t('experts.remove')}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                  <RowProblems problems={rowProblems(`unavailable.${name}`)} text={text} />
                </div>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ note: '' })}
                block
                data-testid="expert-unavailable-add"
              >
                {t('experts.addUnavailable')}
              </Button>
            </div>
          )}
        </Form.List>

        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('experts.conflicts')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('experts.conflictsHint')}</Typography.Paragraph>
        <Form.List name="conflicts">
          {(fields, { add, remove }) => (
            <div data-testid="expert-conflicts">
              {fields.map(({ key, name }) => (
                <div
                  key={key}
                  data-testid={`expert-conflict-${name}`}
                  style={{ borderBottom: '1px dashed #e8ecf1', marginBottom: 8 }}
                >
                  <Row gutter={8} align="top">
                    <Col xs={24} md={8}>
                      <Form.Item name={[name, 'kind']} label={t('experts.conflict_kind')}>
                        <Select
                          options={CONFLICT_KINDS.map((k) => ({ value: k, label: t(`conflictKind.${k}`) }))}
                          data-testid={`expert-conflict-${name}-kind`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16}>
                      <Form.Item name={[name, 'enterpriseUscc']} label={t('experts.conflict_enterpriseUscc')}>
                        <Input
                          maxLength={18}
                          placeholder={t('application.usccPlaceholder')}
                          data-testid={`expert-conflict-${name}-uscc`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16}>
                      <Form.Item name={[name, 'enterpriseName']} label={t('experts.conflict_enterpriseName')}>
                        <Input maxLength={200} data-testid={`expert-conflict-${name}-name`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[name, 'until']}
                        label={t('experts.conflict_until')}
                        tooltip={t('experts.untilHint')}
                      >
                        <DatePicker
                          onKeyDown={keepEnterInDateField}
                          format="YYYY-MM-DD"
                          allowClear
                          style={{ width: '100%' }}
                          data-testid={`expert-conflict-${name}-until`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={22}>
                      <Form.Item name={[name, 'note']} label={t('experts.note')}>
                        <Input maxLength={500} data-testid={`expert-conflict-${name}-note`} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2} style={{ textAlign: 'end' }}>
                      <Form.Item label=" " colon={false}>
                        <Button
                          danger
                          type="text"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(name)}
                          aria-label={t('experts.remove')}
                          title={t('experts.remove')}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                  <RowProblems problems={rowProblems(`conflicts.${name}`)} text={text} />
                </div>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'former_employer' })}
                block
                data-testid="expert-conflict-add"
              >
                {t('experts.addConflict')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
      {problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('experts.problemsTitle', { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => (
                <li key={`${p.field}-${p.code}-${p.detail ?? ''}`} data-code={p.code} data-field={p.field}>
                  {located(p)}
                </li>
              ))}
            </ul>
          }
          data-testid="expert-profile-problems"
        />
      ) : null}
      {/* the buttons stay in view while the long form scrolls */}
      <Flex
        gap={8}
        justify="flex-end"
        style={{
          position: 'sticky',
          bottom: -24,
          background: '#fff',
          padding: '12px 0',
          borderTop: '1px solid #f0f0f0',
          zIndex: 2,
        }}
      >
        <Button onClick={onClose} disabled={save.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" loading={save.isPending} onClick={submit} data-testid="expert-profile-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Flex>
  );
}

export function ExpertProfileDrawer({ expert, onClose }: { expert: ExpertSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const desktop = Grid.useBreakpoint().md ?? true;
  return (
    <Drawer
      open
      size={desktop ? 760 : '100%'}
      title={t(expert.profile ? 'experts.editTitle' : 'experts.createTitle', { name: expert.displayName })}
      onClose={onClose}
      destroyOnHidden
    >
      {/* a saved (or reloaded) profile starts the form afresh */}
      <ProfileForm key={`${expert.userId}-${expert.profile?.version ?? 0}`} expert={expert} onClose={onClose} />
    </Drawer>
  );
}
