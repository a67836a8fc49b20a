/**
 * One Annex A sub-item: its conclusion (符合 / 部分符合 / 不符合 / 不适用), the finding, for a
 * measure the surveyed value with unit and period, and the evidence photos. Read-only as text.
 */
import { memo } from 'react';
import { Flex, Input, InputNumber, Radio, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  SURVEY_STATUSES,
  type SurveyStatus,
  type SurveySubItem,
} from '../../../../../domain/survey/annex-a-template.js';
import type { SubItemAnswer } from '../../../../../domain/survey/survey.js';
import type { Language } from '../../../lib/i18n';
import { EvidencePhotos } from './EvidencePhotos';
import type { PendingPhoto } from '../../../lib/pending-photos';
import { nameIn, STATUS_COLORS } from '../../../components/survey/survey-labels';

const blank = (s: string | null | undefined) => !s || s.trim() === '';

interface Props {
  sub: SurveySubItem;
  number: string;
  answer: SubItemAnswer | undefined;
  editable: boolean;
  lang: Language;
  /** The period to suggest when a value is entered without one. */
  suggestedPeriod: string | null;
  pending: ReadonlyArray<PendingPhoto>;
  problems: ReadonlyArray<string>;
  onChange: (subItemKey: string, patch: Partial<SubItemAnswer>) => void;
  onAddEvidence: (subItemKey: string, files: File[]) => void;
  onRemoveEvidence: (subItemKey: string, fileId: string) => void;
  onDiscardPending: (id: string) => void;
}

function SubItemEditorImpl({
  sub,
  number,
  answer,
  editable,
  lang,
  suggestedPeriod,
  pending,
  problems,
  onChange,
  onAddEvidence,
  onRemoveEvidence,
  onDiscardPending,
}: Props) {
  const { t } = useTranslation();
  const status = answer?.status ?? null;
  const m = sub.measure;
  const key = sub.key;
  const findingRequired = status === 'partial' || status === 'nonconforming';
  const set = (patch: Partial<SubItemAnswer>) => onChange(key, patch);

  const setValue = (v: number | null) => {
    const patch: Partial<SubItemAnswer> = { value: v };
    if (v !== null && m) {
      if (blank(answer?.unit)) patch.unit = m.unit;
      if (blank(answer?.period) && suggestedPeriod) patch.period = suggestedPeriod;
    }
    set(patch);
  };

  return (
    <div
      data-testid={`survey-sub-${key}`}
      data-status={status ?? ''}
      style={{ borderBottom: '1px solid #f0f0f0', padding: '10px 0' }}
    >
      <Flex vertical gap={6}>
        <Flex gap={6} align="baseline" wrap>
          <Typography.Text strong>
            {number} {nameIn(sub, lang)}
          </Typography.Text>
          {m ? (
            <Tag
              style={{ marginInlineEnd: 0 }}
              icon={m.direction === 'higher_is_better' ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
            >
              {t('survey.measure', { unit: m.unit })}
            </Tag>
          ) : null}
        </Flex>
        {editable ? (
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="small"
            value={status}
            onChange={(e) => set({ status: e.target.value as SurveyStatus })}
            aria-label={t('survey.status')}
          >
            {SURVEY_STATUSES.map((s) => (
              <Radio.Button key={s.key} value={s.key}>
                {/* on the label (the button's own input is hidden) */}
                <span data-testid={`survey-status-${key}-${s.key}`}>{nameIn(s, lang)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        ) : (
          <div>
            {status ? (
              <Tag color={STATUS_COLORS[status]} data-testid={`survey-status-value-${key}`}>
                {nameIn(SURVEY_STATUSES.find((s) => s.key === status)!, lang)}
              </Tag>
            ) : (
              <Typography.Text type="secondary">{t('survey.unanswered')}</Typography.Text>
            )}
          </div>
        )}
        {m ? (
          editable ? (
            <Flex gap={6} wrap>
              <InputNumber
                value={answer?.value ?? null}
                onChange={(v) => setValue(typeof v === 'number' ? v : null)}
                placeholder={t('survey.value')}
                aria-label={t('survey.value')}
                inputMode="decimal"
                style={{ width: 110 }}
                data-testid={`survey-value-${key}`}
              />
              <Input
                value={answer?.unit ?? ''}
                onChange={(e) => set({ unit: e.target.value })}
                placeholder={m.unit}
                aria-label={t('survey.unit')}
                maxLength={20}
                style={{ width: 90 }}
                data-testid={`survey-unit-${key}`}
              />
              <Input
                value={answer?.period ?? ''}
                onChange={(e) => set({ period: e.target.value })}
                placeholder={t('survey.periodPlaceholder')}
                aria-label={t('survey.period')}
                maxLength={40}
                style={{ flex: '1 1 150px', maxWidth: 220 }}
                data-testid={`survey-period-${key}`}
              />
            </Flex>
          ) : answer?.value !== undefined && answer?.value !== null ? (
            <Typography.Text data-testid={`survey-value-text-${key}`}>
              {t('survey.measured', {
                value: answer.value,
                unit: blank(answer.unit) ? m.unit : answer.unit,
                period: answer.period ?? '—',
              })}
            </Typography.Text>
          ) : null
        ) : null}
        {editable ? (
          <Input.TextArea
            value={answer?.finding ?? ''}
            onChange={(e) => set({ finding: e.target.value })}
            autoSize={{ minRows: 1, maxRows: 6 }}
            maxLength={4000}
            placeholder={
              findingRequired
                ? t('survey.findingRequired')
                : m
                  ? t('survey.findingMeasure')
                  : t('survey.findingOptional')
            }
            aria-label={t('survey.finding')}
            status={findingRequired && blank(answer?.finding) ? 'warning' : undefined}
            data-testid={`survey-finding-${key}`}
          />
        ) : answer?.finding ? (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0 }}
            data-testid={`survey-finding-text-${key}`}
          >
            {answer.finding}
          </Typography.Paragraph>
        ) : null}
        <EvidencePhotos
          subItemKey={key}
          fileIds={answer?.evidenceFileIds ?? []}
          pending={pending}
          editable={editable}
          onAdd={(files) => onAddEvidence(key, files)}
          onRemove={(id) => onRemoveEvidence(key, id)}
          onDiscardPending={onDiscardPending}
        />
        {problems.map((p) => (
          <Typography.Text key={p} type="danger" style={{ fontSize: 12 }}>
            {p}
          </Typography.Text>
        ))}
      </Flex>
    </div>
  );
}

export const SubItemEditor = memo(SubItemEditorImpl);
