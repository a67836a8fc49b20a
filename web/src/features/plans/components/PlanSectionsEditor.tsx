/**
 * The plan's sections a)–h) (003 §6.6.1) and its indicators as compact editable lists; every
 * section stays open so the whole plan can be filled top to bottom (collapse what is done).
 */
import type { ReactNode } from 'react';
import { Col, Collapse, Flex, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ORGANIZATION_ELEMENTS,
  PLAN_RESOURCE_TYPES,
  PLAN_SECTIONS,
  TRAINING_AUDIENCES,
  TRAINING_FORMS,
  type EvaluationNode,
  type Milestone,
  type Plan,
  type PlanOrganizationEntry,
  type PlanResourceEntry,
  type TrainingSession,
} from '../../../../../domain/plans/plan.js';
import type { SurveyTemplate } from '../../../../../domain/survey/annex-a-template.js';
import type { Survey } from '../../../../../domain/survey/survey.js';
import type { Language } from '../../../lib/i18n';
import { useLanguage } from '../../../lib/use-language';
import { DateInput } from '../../../components/DateInput';
import { ListEditor } from '../../../components/ListEditor';
import { nameIn } from '../../../components/survey/survey-labels';
import { IndicatorsEditor } from './IndicatorsEditor';
import { sectionLabel } from './plan-labels';

function options(list: ReadonlyArray<{ key: string; zh: string; en: string }>, lang: Language) {
  return list.map((x) => ({ value: x.key, label: nameIn(x, lang) }));
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

interface Props {
  plan: Plan;
  onChange: (change: (p: Plan) => Plan) => void;
  template: SurveyTemplate;
  survey: Survey | null;
  /** Live problems per section key, and per indicator row. */
  sectionProblems: ReadonlyMap<string, string[]>;
  indicatorProblems: ReadonlyMap<number, string[]>;
}

export function PlanSectionsEditor({ plan, onChange, template, survey, sectionProblems, indicatorProblems }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const set = <K extends keyof Plan>(key: K, value: Plan[K]) => onChange((p) => ({ ...p, [key]: value }));
  const tags = (value: ReadonlyArray<string>, onValue: (v: string[]) => void, testId: string, label: string) => (
    <Select
      mode="tags"
      value={[...value]}
      onChange={onValue}
      tokenSeparators={['、', ',', '，']}
      placeholder={t('plan.tagsPlaceholder')}
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );

  const bodies: Record<string, ReactNode> = {
    organization: (
      <ListEditor<PlanOrganizationEntry>
        rows={plan.organization}
        onChange={(rows) => set('organization', rows)}
        newRow={() => ({ element: 'rules', title: '', description: null, due: null })}
        editable
        addLabel={t('plan.addRow')}
        testId="plan-organization"
        renderRow={(o, i, s) => (
          <Row gutter={[6, 6]}>
            <Col xs={24} sm={7}>
              <Select
                value={o.element}
                options={options(ORGANIZATION_ELEMENTS, lang)}
                onChange={(v) => s({ element: v })}
                style={{ width: '100%' }}
                aria-label={t('plan.field.element')}
                data-testid={`plan-organization-${i}-element`}
              />
            </Col>
            <Col xs={24} sm={11}>
              <Input
                value={o.title}
                onChange={(e) => s({ title: e.target.value })}
                placeholder={t('plan.field.title')}
                aria-label={t('plan.field.title')}
                maxLength={200}
                data-testid={`plan-organization-${i}-title`}
              />
            </Col>
            <Col xs={24} sm={6}>
              <DateInput
                value={o.due}
                onChange={(v) => s({ due: v })}
                ariaLabel={t('plan.field.due')}
                testId={`plan-organization-${i}-due`}
              />
            </Col>
          </Row>
        )}
      />
    ),
    resources: (
      <ListEditor<PlanResourceEntry>
        rows={plan.resources}
        onChange={(rows) => set('resources', rows)}
        newRow={() => ({ type: 'people', description: '' })}
        editable
        max={50}
        addLabel={t('plan.addRow')}
        testId="plan-resources"
        renderRow={(r, i, s) => (
          <Row gutter={[6, 6]}>
            <Col xs={24} sm={6}>
              <Select
                value={r.type}
                options={options(PLAN_RESOURCE_TYPES, lang)}
                onChange={(v) => s({ type: v })}
                style={{ width: '100%' }}
                aria-label={t('plan.field.type')}
                data-testid={`plan-resources-${i}-type`}
              />
            </Col>
            <Col xs={24} sm={18}>
              <Input
                value={r.description}
                onChange={(e) => s({ description: e.target.value })}
                placeholder={t('plan.field.description')}
                aria-label={t('plan.field.description')}
                maxLength={2000}
                data-testid={`plan-resources-${i}-description`}
              />
            </Col>
          </Row>
        )}
      />
    ),
    evaluation: (
      <Flex vertical gap={8}>
        <ListEditor<EvaluationNode>
          rows={plan.evaluation.nodes}
          onChange={(rows) => set('evaluation', { ...plan.evaluation, nodes: rows })}
          newRow={() => ({ title: '', date: '', description: null })}
          editable
          max={30}
          addLabel={t('plan.addNode')}
          testId="plan-evaluation-node"
          renderRow={(n, i, s) => (
            <Row gutter={[6, 6]}>
              <Col xs={24} sm={12}>
                <Input
                  value={n.title}
                  onChange={(e) => s({ title: e.target.value })}
                  placeholder={t('plan.field.title')}
                  aria-label={t('plan.field.title')}
                  maxLength={200}
                  data-testid={`plan-evaluation-node-${i}-title`}
                />
              </Col>
              <Col xs={24} sm={6}>
                <DateInput
                  value={n.date}
                  onChange={(v) => s({ date: v ?? '' })}
                  ariaLabel={t('plan.field.date')}
                  testId={`plan-evaluation-node-${i}-date`}
                />
              </Col>
            </Row>
          )}
        />
        <Labelled label={t('plan.field.finalMethod')}>
          <Input.TextArea
            value={plan.evaluation.finalMethod}
            onChange={(e) => set('evaluation', { ...plan.evaluation, finalMethod: e.target.value })}
            autoSize={{ minRows: 1, maxRows: 5 }}
            maxLength={2000}
            aria-label={t('plan.field.finalMethod')}
            data-testid="plan-evaluation-final-method"
          />
        </Labelled>
      </Flex>
    ),
    feasibility: (
      <Row gutter={[8, 8]}>
        <Col xs={24} sm={16}>
          <Labelled label={t('plan.field.discussedWith')}>
            <Input
              value={plan.feasibility.discussedWith}
              onChange={(e) => set('feasibility', { ...plan.feasibility, discussedWith: e.target.value })}
              maxLength={500}
              aria-label={t('plan.field.discussedWith')}
              data-testid="plan-feasibility-with"
            />
          </Labelled>
        </Col>
        <Col xs={24} sm={8}>
          <Labelled label={t('plan.field.discussedOn')}>
            <DateInput
              value={plan.feasibility.discussedOn}
              onChange={(v) => set('feasibility', { ...plan.feasibility, discussedOn: v })}
              ariaLabel={t('plan.field.discussedOn')}
              testId="plan-feasibility-on"
            />
          </Labelled>
        </Col>
        <Col xs={24}>
          <Labelled label={t('plan.field.conclusion')}>
            <Input.TextArea
              value={plan.feasibility.conclusion}
              onChange={(e) => set('feasibility', { ...plan.feasibility, conclusion: e.target.value })}
              autoSize={{ minRows: 1, maxRows: 5 }}
              maxLength={4000}
              aria-label={t('plan.field.conclusion')}
              data-testid="plan-feasibility-conclusion"
            />
          </Labelled>
        </Col>
      </Row>
    ),
    training: (
      <ListEditor<TrainingSession>
        rows={plan.training}
        onChange={(rows) => set('training', rows)}
        newRow={() => {
          const missing =
            TRAINING_AUDIENCES.find((a) => !plan.training.some((s) => s.audience === a.key)) ?? TRAINING_AUDIENCES[0];
          return { audience: missing.key, topics: [...missing.topics], plannedOn: '', form: 'centralized' };
        }}
        editable
        max={50}
        addLabel={t('plan.addTraining')}
        testId="plan-training"
        renderRow={(s, i, setRow) => (
          <Row gutter={[6, 6]}>
            <Col xs={24} sm={10}>
              <Select
                value={s.audience}
                options={options(TRAINING_AUDIENCES, lang)}
                onChange={(v) =>
                  setRow({ audience: v, topics: [...(TRAINING_AUDIENCES.find((a) => a.key === v)?.topics ?? [])] })
                }
                style={{ width: '100%' }}
                aria-label={t('plan.field.audience')}
                data-testid={`plan-training-${i}-audience`}
              />
            </Col>
            <Col xs={12} sm={7}>
              <DateInput
                value={s.plannedOn}
                onChange={(v) => setRow({ plannedOn: v ?? '' })}
                ariaLabel={t('plan.field.plannedOn')}
                testId={`plan-training-${i}-date`}
              />
            </Col>
            <Col xs={12} sm={7}>
              <Select
                value={s.form ?? undefined}
                allowClear
                options={options(TRAINING_FORMS, lang)}
                onChange={(v) => setRow({ form: v ?? null })}
                style={{ width: '100%' }}
                placeholder={t('plan.field.form')}
                aria-label={t('plan.field.form')}
                data-testid={`plan-training-${i}-form`}
              />
            </Col>
            <Col xs={24}>
              {tags(s.topics, (v) => setRow({ topics: v }), `plan-training-${i}-topics`, t('plan.field.topics'))}
            </Col>
          </Row>
        )}
      />
    ),
    monitoring: (
      <Flex vertical gap={8}>
        {(['qualityPlan', 'acceptanceConditions', 'standardsAndMethods'] as const).map((k) => (
          <Labelled key={k} label={t(`plan.field.${k}`)}>
            <Input.TextArea
              value={plan.monitoring[k] ?? ''}
              onChange={(e) => set('monitoring', { ...plan.monitoring, [k]: e.target.value })}
              autoSize={{ minRows: 1, maxRows: 5 }}
              maxLength={4000}
              aria-label={t(`plan.field.${k}`)}
              data-testid={`plan-monitoring-${k}`}
            />
          </Labelled>
        ))}
      </Flex>
    ),
    milestones: (
      <ListEditor<Milestone>
        rows={plan.milestones}
        onChange={(rows) => set('milestones', rows)}
        newRow={() => ({ title: '', goal: '', deliverables: [], due: '' })}
        editable
        max={30}
        addLabel={t('plan.addMilestone')}
        testId="plan-milestone"
        renderRow={(m, i, s) => (
          <Row gutter={[6, 6]}>
            <Col xs={24} sm={8}>
              <Input
                value={m.title}
                onChange={(e) => s({ title: e.target.value })}
                placeholder={t('plan.field.title')}
                aria-label={t('plan.field.title')}
                maxLength={200}
                data-testid={`plan-milestone-${i}-title`}
              />
            </Col>
            <Col xs={24} sm={10}>
              <Input
                value={m.goal}
                onChange={(e) => s({ goal: e.target.value })}
                placeholder={t('plan.field.goal')}
                aria-label={t('plan.field.goal')}
                maxLength={1000}
                data-testid={`plan-milestone-${i}-goal`}
              />
            </Col>
            <Col xs={24} sm={6}>
              <DateInput
                value={m.due}
                onChange={(v) => s({ due: v ?? '' })}
                ariaLabel={t('plan.field.due')}
                testId={`plan-milestone-${i}-due`}
              />
            </Col>
            <Col xs={24}>
              {tags(
                m.deliverables,
                (v) => s({ deliverables: v }),
                `plan-milestone-${i}-deliverables`,
                t('plan.field.deliverables'),
              )}
            </Col>
          </Row>
        )}
      />
    ),
    other: (
      <Input.TextArea
        value={plan.other.notes ?? ''}
        onChange={(e) => set('other', { ...plan.other, notes: e.target.value })}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={4000}
        aria-label={t('plan.field.notes')}
        data-testid="plan-other-notes"
      />
    ),
  };

  const problemsOf = (key: string) => sectionProblems.get(key) ?? [];
  const items = [
    ...PLAN_SECTIONS.map((s) => ({
      key: s.key,
      label: (
        <Flex justify="space-between" gap={8}>
          <Typography.Text strong>{sectionLabel(s.key, lang, t)}</Typography.Text>
          {problemsOf(s.key).length ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('plan.problemCount', { count: problemsOf(s.key).length })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
      children: (
        <Flex vertical gap={6} data-testid={`plan-edit-${s.key}`}>
          {bodies[s.key]}
          {problemsOf(s.key).map((p) => (
            <Typography.Text key={p} type="danger" style={{ fontSize: 12 }}>
              {p}
            </Typography.Text>
          ))}
        </Flex>
      ),
    })),
    {
      key: 'indicators',
      label: <Typography.Text strong>{t('plan.indicators')}</Typography.Text>,
      children: (
        <Flex vertical gap={6} data-testid="plan-edit-indicators">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('plan.indicatorsHint')}
          </Typography.Text>
          <IndicatorsEditor
            indicators={plan.indicators}
            onChange={(rows) => set('indicators', rows)}
            template={template}
            survey={survey}
            problems={indicatorProblems}
          />
          {problemsOf('indicators').map((p) => (
            <Typography.Text key={p} type="danger" style={{ fontSize: 12 }}>
              {p}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
  ];

  return <Collapse size="small" defaultActiveKey={items.map((i) => i.key)} items={items} />;
}
