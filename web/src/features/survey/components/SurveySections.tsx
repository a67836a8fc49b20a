/**
 * The survey's sections besides the sub-items (003 §6.5.2–6.5.4; seed 000 §二(2)): when and how it
 * was done and with whom, the three checks, the urgent problems, the enterprise's ideas, its
 * overall situation, the resources it can commit and policy changes. Read-only as text.
 */
import type { ReactNode } from 'react';
import { Checkbox, Col, Descriptions, Flex, Input, Radio, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  POLICY_CHANGE_KINDS,
  PROBLEM_CLASSES,
  RESOURCE_KINDS,
  SURVEY_CHECKS,
  SURVEY_CHECK_RESULTS,
  SURVEY_METHODS,
  URGENCY_LEVELS,
  type SurveyCheckResult,
  type SurveyMethod,
  type SurveyTemplate,
} from '../../../../../domain/survey/annex-a-template.js';
import type {
  CheckRecord,
  PolicyChange,
  ResourceCommitment,
  Survey,
  UrgentProblem,
  Interviewee,
} from '../../../../../domain/survey/survey.js';
import type { Language } from '../../../lib/i18n';
import { DateInput } from '../../../components/DateInput';
import { ListEditor } from '../../../components/ListEditor';
import { nameIn } from '../../../components/survey/survey-labels';

export interface SectionProps {
  survey: Survey;
  editable: boolean;
  lang: Language;
  update: (change: (s: Survey) => Survey) => void;
}

const CHECK_COLORS: Record<SurveyCheckResult, string> = { pass: 'green', fail: 'red', unknown: 'default' };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

function Text({ value, testId }: { value: string | null | undefined; testId?: string }) {
  return value?.trim() ? (
    <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {value}
    </Typography.Text>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

function options<K extends string>(list: ReadonlyArray<{ key: K; zh: string; en: string }>, lang: Language) {
  return list.map((x) => ({ value: x.key, label: nameIn(x, lang) }));
}

function nameOf<K extends string>(
  list: ReadonlyArray<{ key: K; zh: string; en: string }>,
  key: string | null | undefined,
  lang: Language,
): string {
  const x = list.find((i) => i.key === key);
  return x ? nameIn(x, lang) : (key ?? '—');
}

/** 调研日期, 调研方法, 沟通对象. */
export function BasicsSection({ survey, editable, lang, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Field label={t('survey.section.surveyedOn')}>
        {editable ? (
          <DateInput
            value={survey.surveyedOn}
            onChange={(v) => update((s) => ({ ...s, surveyedOn: v }))}
            testId="survey-surveyed-on"
            ariaLabel={t('survey.section.surveyedOn')}
          />
        ) : (
          <Text value={survey.surveyedOn} testId="survey-surveyed-on-text" />
        )}
      </Field>
      <Field label={t('survey.section.methods')}>
        {editable ? (
          <Checkbox.Group
            value={[...survey.methods]}
            onChange={(v) =>
              update((s) => ({
                ...s,
                methods: SURVEY_METHODS.map((m) => m.key).filter((k) => (v as string[]).includes(k)) as SurveyMethod[],
              }))
            }
          >
            <Flex wrap gap={4}>
              {SURVEY_METHODS.map((m) => (
                <Checkbox key={m.key} value={m.key} data-testid={`survey-method-${m.key}`}>
                  {nameIn(m, lang)}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        ) : (
          <Text value={survey.methods.map((m) => nameOf(SURVEY_METHODS, m, lang)).join('、')} />
        )}
      </Field>
      <Field label={t('survey.section.interviewees')}>
        <ListEditor<Interviewee>
          rows={survey.interviewees}
          onChange={(rows) => update((s) => ({ ...s, interviewees: rows }))}
          newRow={() => ({ name: '', position: '', department: null })}
          editable={editable}
          addLabel={t('survey.addInterviewee')}
          testId="survey-interviewee"
          renderRow={(p, i, set) =>
            editable ? (
              <Row gutter={[6, 6]}>
                <Col xs={12} sm={8}>
                  <Input
                    value={p.name}
                    onChange={(e) => set({ name: e.target.value })}
                    placeholder={t('survey.field.name')}
                    aria-label={t('survey.field.name')}
                    maxLength={50}
                    data-testid={`survey-interviewee-${i}-name`}
                  />
                </Col>
                <Col xs={12} sm={8}>
                  <Input
                    value={p.position}
                    onChange={(e) => set({ position: e.target.value })}
                    placeholder={t('survey.field.position')}
                    aria-label={t('survey.field.position')}
                    maxLength={50}
                    data-testid={`survey-interviewee-${i}-position`}
                  />
                </Col>
                <Col xs={24} sm={8}>
                  <Input
                    value={p.department ?? ''}
                    onChange={(e) => set({ department: e.target.value })}
                    placeholder={t('survey.field.department')}
                    aria-label={t('survey.field.department')}
                    maxLength={50}
                    data-testid={`survey-interviewee-${i}-department`}
                  />
                </Col>
              </Row>
            ) : (
              <Typography.Text>{[p.name, p.position, p.department].filter(Boolean).join(' · ')}</Typography.Text>
            )
          }
        />
      </Field>
    </Flex>
  );
}

/** Seed 000 §二(2): qualifications, the dishonesty list, quality penalties. */
export function ChecksSection({ survey, editable, lang, update }: SectionProps) {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<CheckRecord>) =>
    update((s) => {
      const current: CheckRecord = s.checks[key as keyof Survey['checks']] ?? { result: 'unknown' };
      return { ...s, checks: { ...s.checks, [key]: { ...current, ...patch } } };
    });
  return (
    <Flex vertical gap={10}>
      {SURVEY_CHECKS.map((c) => {
        const record = survey.checks[c.key];
        return (
          <Flex
            key={c.key}
            vertical
            gap={4}
            data-testid={`survey-check-${c.key}`}
            data-result={record?.result ?? ''}
            style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
          >
            <Typography.Text strong>{nameIn(c, lang)}</Typography.Text>
            {editable ? (
              <>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  value={record?.result ?? null}
                  onChange={(e) => set(c.key, { result: e.target.value as SurveyCheckResult })}
                >
                  {SURVEY_CHECK_RESULTS.map((r) => (
                    <Radio.Button key={r} value={r}>
                      <span data-testid={`survey-check-${c.key}-${r}`}>{t(`survey.check_${r}`)}</span>
                    </Radio.Button>
                  ))}
                </Radio.Group>
                <Input
                  value={record?.note ?? ''}
                  onChange={(e) => set(c.key, { note: e.target.value })}
                  placeholder={record?.result === 'fail' ? t('survey.checkNoteRequired') : t('survey.checkNote')}
                  aria-label={t('survey.field.note')}
                  maxLength={1000}
                  data-testid={`survey-check-${c.key}-note`}
                />
              </>
            ) : (
              <Flex gap={6} wrap align="center">
                <Tag color={CHECK_COLORS[record?.result ?? 'unknown']}>
                  {t(`survey.check_${record?.result ?? 'unknown'}`)}
                </Tag>
                {record?.note ? <Typography.Text>{record.note}</Typography.Text> : null}
              </Flex>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

export function ProblemsSection({
  survey,
  editable,
  lang,
  update,
  template,
}: SectionProps & { template: SurveyTemplate }) {
  const { t } = useTranslation();
  const itemOptions = template.items.map((it, i) => ({ value: it.key, label: `${i + 1}. ${nameIn(it, lang)}` }));
  return (
    <ListEditor<UrgentProblem>
      rows={survey.urgentProblems}
      onChange={(rows) => update((s) => ({ ...s, urgentProblems: rows }))}
      newRow={() => ({ title: '', urgency: 'high', class: 'production_management', description: '', itemKey: null })}
      editable={editable}
      addLabel={t('survey.addProblem')}
      testId="survey-problem"
      max={50}
      renderRow={(p, i, set) =>
        editable ? (
          <Row gutter={[6, 6]}>
            <Col xs={24}>
              <Input
                value={p.title}
                onChange={(e) => set({ title: e.target.value })}
                placeholder={t('survey.field.title')}
                aria-label={t('survey.field.title')}
                maxLength={200}
                data-testid={`survey-problem-${i}-title`}
              />
            </Col>
            <Col xs={12} sm={6}>
              <Select
                value={p.urgency}
                onChange={(v) => set({ urgency: v })}
                options={options(URGENCY_LEVELS, lang)}
                style={{ width: '100%' }}
                aria-label={t('survey.field.urgency')}
                data-testid={`survey-problem-${i}-urgency`}
              />
            </Col>
            <Col xs={12} sm={8}>
              <Select
                value={p.class}
                onChange={(v) => set({ class: v })}
                options={options(PROBLEM_CLASSES, lang)}
                style={{ width: '100%' }}
                aria-label={t('survey.field.class')}
                data-testid={`survey-problem-${i}-class`}
              />
            </Col>
            <Col xs={24} sm={10}>
              <Select
                value={p.itemKey ?? undefined}
                onChange={(v) => set({ itemKey: v ?? null })}
                options={itemOptions}
                allowClear
                placeholder={t('survey.field.itemKey')}
                style={{ width: '100%' }}
                aria-label={t('survey.field.itemKey')}
                data-testid={`survey-problem-${i}-item`}
              />
            </Col>
            <Col xs={24}>
              <Input.TextArea
                value={p.description}
                onChange={(e) => set({ description: e.target.value })}
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={4000}
                placeholder={t('survey.field.description')}
                aria-label={t('survey.field.description')}
                data-testid={`survey-problem-${i}-description`}
              />
            </Col>
          </Row>
        ) : (
          <Flex vertical gap={2}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{p.title}</Typography.Text>
              <Tag color={p.urgency === 'high' ? 'red' : p.urgency === 'medium' ? 'orange' : 'default'}>
                {nameOf(URGENCY_LEVELS, p.urgency, lang)}
              </Tag>
              <Tag>{nameOf(PROBLEM_CLASSES, p.class, lang)}</Tag>
              {p.itemKey ? (
                <Typography.Text type="secondary">
                  {itemOptions.find((o) => o.value === p.itemKey)?.label}
                </Typography.Text>
              ) : null}
            </Flex>
            <Text value={p.description} />
          </Flex>
        )
      }
    />
  );
}

export function IdeasSection({ survey, editable, update }: SectionProps) {
  const { t } = useTranslation();
  const ideas = survey.enterpriseIdeas ?? { ideas: '', hasMeasures: null, measures: null };
  const set = (patch: Partial<typeof ideas>) =>
    update((s) => ({ ...s, enterpriseIdeas: { ...ideas, ...(s.enterpriseIdeas ?? {}), ...patch } }));
  if (!editable) {
    return (
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'ideas', label: t('survey.field.ideas'), children: <Text value={ideas.ideas} /> },
          {
            key: 'has',
            label: t('survey.field.hasMeasures'),
            children: ideas.hasMeasures === null ? '—' : t(ideas.hasMeasures ? 'common.yes' : 'common.no'),
          },
          { key: 'measures', label: t('survey.field.measures'), children: <Text value={ideas.measures} /> },
        ]}
      />
    );
  }
  return (
    <Flex vertical gap={8}>
      <Field label={t('survey.field.ideas')}>
        <Input.TextArea
          value={ideas.ideas}
          onChange={(e) => set({ ideas: e.target.value })}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={4000}
          aria-label={t('survey.field.ideas')}
          data-testid="survey-ideas"
        />
      </Field>
      <Field label={t('survey.field.hasMeasures')}>
        <Radio.Group value={ideas.hasMeasures} onChange={(e) => set({ hasMeasures: e.target.value as boolean })}>
          <Radio value data-testid="survey-has-measures-yes">
            {t('common.yes')}
          </Radio>
          <Radio value={false} data-testid="survey-has-measures-no">
            {t('common.no')}
          </Radio>
        </Radio.Group>
      </Field>
      {ideas.hasMeasures ? (
        <Field label={t('survey.field.measures')}>
          <Input.TextArea
            value={ideas.measures ?? ''}
            onChange={(e) => set({ measures: e.target.value })}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={4000}
            aria-label={t('survey.field.measures')}
            data-testid="survey-measures"
          />
        </Field>
      ) : null}
    </Flex>
  );
}

export function OverviewSection({ survey, editable, update }: SectionProps) {
  const { t } = useTranslation();
  const overview = survey.overview ?? {};
  const keys = ['situation', 'qualityManagementLevel', 'startingPoint'] as const;
  if (!editable) {
    return (
      <Descriptions
        size="small"
        column={1}
        items={keys.map((k) => ({ key: k, label: t(`survey.field.${k}`), children: <Text value={overview[k]} /> }))}
      />
    );
  }
  return (
    <Flex vertical gap={8}>
      {keys.map((k) => (
        <Field key={k} label={t(`survey.field.${k}`)}>
          <Input.TextArea
            value={overview[k] ?? ''}
            onChange={(e) => update((s) => ({ ...s, overview: { ...(s.overview ?? {}), [k]: e.target.value } }))}
            autoSize={{ minRows: 1, maxRows: 6 }}
            maxLength={k === 'situation' ? 4000 : 2000}
            aria-label={t(`survey.field.${k}`)}
            data-testid={`survey-overview-${k}`}
          />
        </Field>
      ))}
    </Flex>
  );
}

export function ResourcesSection({ survey, editable, lang, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <ListEditor<ResourceCommitment>
      rows={survey.resourcesCommitted}
      onChange={(rows) => update((s) => ({ ...s, resourcesCommitted: rows }))}
      newRow={() => ({ kind: 'staffing', description: '', limit: null })}
      editable={editable}
      addLabel={t('survey.addResource')}
      testId="survey-resource"
      max={50}
      renderRow={(r, i, set) =>
        editable ? (
          <Row gutter={[6, 6]}>
            <Col xs={24} sm={6}>
              <Select
                value={r.kind}
                onChange={(v) => set({ kind: v })}
                options={options(RESOURCE_KINDS, lang)}
                style={{ width: '100%' }}
                aria-label={t('survey.field.kind')}
                data-testid={`survey-resource-${i}-kind`}
              />
            </Col>
            <Col xs={24} sm={12}>
              <Input
                value={r.description}
                onChange={(e) => set({ description: e.target.value })}
                placeholder={t('survey.field.description')}
                aria-label={t('survey.field.description')}
                maxLength={2000}
                data-testid={`survey-resource-${i}-description`}
              />
            </Col>
            <Col xs={24} sm={6}>
              <Input
                value={r.limit ?? ''}
                onChange={(e) => set({ limit: e.target.value })}
                placeholder={t('survey.field.limit')}
                aria-label={t('survey.field.limit')}
                maxLength={200}
                data-testid={`survey-resource-${i}-limit`}
              />
            </Col>
          </Row>
        ) : (
          <Typography.Text>
            <Tag>{nameOf(RESOURCE_KINDS, r.kind, lang)}</Tag>
            {r.description}
            {r.limit ? ` · ${t('survey.limitValue', { value: r.limit })}` : ''}
          </Typography.Text>
        )
      }
    />
  );
}

export function PoliciesSection({ survey, editable, lang, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <ListEditor<PolicyChange>
      rows={survey.policyChanges}
      onChange={(rows) => update((s) => ({ ...s, policyChanges: rows }))}
      newRow={() => ({ kind: 'environment', description: '', canRespond: null, response: null })}
      editable={editable}
      addLabel={t('survey.addPolicy')}
      testId="survey-policy"
      max={50}
      renderRow={(p, i, set) =>
        editable ? (
          <Row gutter={[6, 6]}>
            <Col xs={24} sm={6}>
              <Select
                value={p.kind}
                onChange={(v) => set({ kind: v })}
                options={options(POLICY_CHANGE_KINDS, lang)}
                style={{ width: '100%' }}
                aria-label={t('survey.field.kind')}
                data-testid={`survey-policy-${i}-kind`}
              />
            </Col>
            <Col xs={24} sm={18}>
              <Input
                value={p.description}
                onChange={(e) => set({ description: e.target.value })}
                placeholder={t('survey.field.description')}
                aria-label={t('survey.field.description')}
                maxLength={2000}
                data-testid={`survey-policy-${i}-description`}
              />
            </Col>
            <Col xs={24} sm={8}>
              <Radio.Group
                value={p.canRespond ?? null}
                onChange={(e) => set({ canRespond: e.target.value as boolean })}
                aria-label={t('survey.field.canRespond')}
              >
                <Radio value data-testid={`survey-policy-${i}-can-respond-yes`}>
                  {t('survey.canRespondYes')}
                </Radio>
                <Radio value={false} data-testid={`survey-policy-${i}-can-respond-no`}>
                  {t('survey.canRespondNo')}
                </Radio>
              </Radio.Group>
            </Col>
            <Col xs={24} sm={16}>
              <Input
                value={p.response ?? ''}
                onChange={(e) => set({ response: e.target.value })}
                placeholder={t('survey.field.response')}
                aria-label={t('survey.field.response')}
                maxLength={2000}
                data-testid={`survey-policy-${i}-response`}
              />
            </Col>
          </Row>
        ) : (
          <Flex vertical gap={2}>
            <Typography.Text>
              <Tag>{nameOf(POLICY_CHANGE_KINDS, p.kind, lang)}</Tag>
              {p.description}
            </Typography.Text>
            {p.canRespond !== null && p.canRespond !== undefined ? (
              <Typography.Text type="secondary">
                {t(p.canRespond ? 'survey.canRespondYes' : 'survey.canRespondNo')}
                {p.response ? ` · ${p.response}` : ''}
              </Typography.Text>
            ) : null}
          </Flex>
        )
      }
    />
  );
}
