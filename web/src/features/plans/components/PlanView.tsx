/** A plan version read-only: sections a)–h) and the indicators table (Annex C). */
import type { ReactNode } from 'react';
import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ORGANIZATION_ELEMENTS,
  PLAN_RESOURCE_TYPES,
  TRAINING_AUDIENCES,
  TRAINING_FORMS,
  type Plan,
  type PlanIndicator,
} from '../../../../../domain/plans/plan.js';
import type { SurveyTemplate } from '../../../../../domain/survey/annex-a-template.js';
import { useLanguage } from '../../../lib/use-language';
import { nameIn } from '../../../components/survey/survey-labels';
import { sectionLabel } from './plan-labels';

function nameOf(
  list: ReadonlyArray<{ key: string; zh: string; en: string }>,
  key: string | null | undefined,
  lang: 'zh-CN' | 'en-US',
) {
  const x = list.find((i) => i.key === key);
  return x ? nameIn(x, lang) : (key ?? '');
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Flex vertical gap={4} data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ paddingInlineStart: 8 }}>{children}</div>
    </Flex>
  );
}

const none = <Typography.Text type="secondary">—</Typography.Text>;

export function IndicatorsTable({
  indicators,
  template,
}: {
  indicators: ReadonlyArray<PlanIndicator>;
  template: SurveyTemplate;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Table<PlanIndicator>
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ x: 720 }}
      dataSource={[...indicators]}
      data-testid="plan-indicators-table"
      columns={[
        {
          title: t('plan.field.itemKey'),
          key: 'item',
          render: (_, r) => {
            const it = template.items.find((x) => x.key === r.itemKey);
            return it ? nameIn(it, lang) : r.itemKey;
          },
        },
        { title: t('plan.field.name'), dataIndex: 'name' },
        { title: t('plan.field.unit'), dataIndex: 'unit', width: 70 },
        {
          title: t('plan.field.direction'),
          key: 'direction',
          width: 110,
          render: (_, r) => t(`plan.direction_${r.direction}`),
        },
        { title: t('plan.field.baseline'), key: 'baseline', width: 80, render: (_, r) => r.baseline ?? '—' },
        { title: t('plan.field.target'), dataIndex: 'target', width: 80 },
        { title: t('plan.field.method'), dataIndex: 'method' },
      ]}
    />
  );
}

export function PlanView({ plan, template }: { plan: Plan; template: SurveyTemplate }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const list = (rows: ReactNode[]) =>
    rows.length ? (
      <Flex vertical gap={2}>
        {rows}
      </Flex>
    ) : (
      none
    );
  return (
    <Flex vertical gap={12} data-testid="plan-view">
      <Section title={sectionLabel('organization', lang, t)} testId="plan-view-organization">
        {list(
          plan.organization.map((o, i) => (
            <Typography.Text key={i}>
              <Tag>{nameOf(ORGANIZATION_ELEMENTS, o.element, lang)}</Tag>
              {o.title}
              {o.due ? (
                <Typography.Text type="secondary">{` · ${t('plan.dueValue', { date: o.due })}`}</Typography.Text>
              ) : null}
            </Typography.Text>
          )),
        )}
      </Section>
      <Section title={sectionLabel('resources', lang, t)} testId="plan-view-resources">
        {list(
          plan.resources.map((r, i) => (
            <Typography.Text key={i}>
              <Tag>{nameOf(PLAN_RESOURCE_TYPES, r.type, lang)}</Tag>
              {r.description}
            </Typography.Text>
          )),
        )}
      </Section>
      <Section title={sectionLabel('evaluation', lang, t)} testId="plan-view-evaluation">
        {list(
          plan.evaluation.nodes.map((n, i) => (
            <Typography.Text key={i}>
              {n.date} · {n.title}
              {n.description ? ` · ${n.description}` : ''}
            </Typography.Text>
          )),
        )}
        {plan.evaluation.finalMethod ? (
          <Typography.Text type="secondary">
            {t('plan.finalMethodValue', { value: plan.evaluation.finalMethod })}
          </Typography.Text>
        ) : null}
      </Section>
      <Section title={sectionLabel('feasibility', lang, t)} testId="plan-view-feasibility">
        <Typography.Text>
          {plan.feasibility.discussedWith || '—'}
          {plan.feasibility.discussedOn ? ` · ${plan.feasibility.discussedOn}` : ''}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary">{plan.feasibility.conclusion}</Typography.Text>
        </div>
      </Section>
      <Section title={sectionLabel('training', lang, t)} testId="plan-view-training">
        {list(
          plan.training.map((s, i) => (
            <Typography.Text key={i}>
              <Tag>{nameOf(TRAINING_AUDIENCES, s.audience, lang)}</Tag>
              {s.plannedOn} · {s.topics.join('、')}
              {s.form ? ` · ${nameOf(TRAINING_FORMS, s.form, lang)}` : ''}
            </Typography.Text>
          )),
        )}
      </Section>
      <Section title={sectionLabel('monitoring', lang, t)} testId="plan-view-monitoring">
        {(['qualityPlan', 'acceptanceConditions', 'standardsAndMethods'] as const).map((k) =>
          plan.monitoring[k] ? (
            <div key={k}>
              <Typography.Text type="secondary">{t(`plan.field.${k}`)}：</Typography.Text>
              {plan.monitoring[k]}
            </div>
          ) : null,
        )}
      </Section>
      <Section title={sectionLabel('milestones', lang, t)} testId="plan-view-milestones">
        {list(
          plan.milestones.map((m, i) => (
            <Typography.Text key={i}>
              {m.due} · <b>{m.title}</b> · {m.goal}
              {m.deliverables.length ? (
                <Typography.Text type="secondary">{` · ${m.deliverables.join('、')}`}</Typography.Text>
              ) : null}
            </Typography.Text>
          )),
        )}
      </Section>
      <Section title={sectionLabel('other', lang, t)} testId="plan-view-other">
        {plan.other.notes ? (
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{plan.other.notes}</Typography.Text>
        ) : (
          none
        )}
      </Section>
      <Section title={t('plan.indicators')} testId="plan-view-indicators">
        <IndicatorsTable indicators={plan.indicators} template={template} />
      </Section>
    </Flex>
  );
}
