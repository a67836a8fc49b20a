/** Key dates and results, only those already set; the grade in the UI language. */
import type { ReactNode } from 'react';
import { Card, Descriptions, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_EVALUATION_SCORE } from '../../../../../domain/evaluation/grade.js';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { formatDate } from '../../../lib/format';

const GRADE_COLORS: Record<string, string> = { excellent: 'gold', good: 'green', pass: 'blue', fail: 'red' };

export function Milestones({ milestones }: { milestones: ParticipationDetail['milestones'] }) {
  const { t } = useTranslation();
  const m = milestones;
  type Item = { key: string; label: string; children: ReactNode };
  const candidates: Array<Item | false | null | ''> = [
    m.operationStartedOn && {
      key: 'op',
      label: t('participation.operationStartedOn'),
      children: formatDate(m.operationStartedOn),
    },
    m.internalAuditOn && {
      key: 'ia',
      label: t('participation.internalAuditOn'),
      children: formatDate(m.internalAuditOn),
    },
    m.managementReviewOn && {
      key: 'mr',
      label: t('participation.managementReviewOn'),
      children: formatDate(m.managementReviewOn),
    },
    m.evaluationScore !== null && {
      key: 'score',
      label: t('participation.evaluationScore'),
      children: `${m.evaluationScore} / ${MAX_EVALUATION_SCORE}`,
    },
    m.evaluationGrade && {
      key: 'grade',
      label: t('participation.evaluationGrade'),
      children: (
        <Tag color={GRADE_COLORS[m.evaluationGrade]}>
          {t(`grade.${m.evaluationGrade}`, { defaultValue: m.evaluationGrade })}
        </Tag>
      ),
    },
    m.certificateNumber && { key: 'cert', label: t('participation.certificateNumber'), children: m.certificateNumber },
    m.certificateIssuedOn && {
      key: 'issued',
      label: t('participation.certificateIssuedOn'),
      children: formatDate(m.certificateIssuedOn),
    },
  ];
  const items = candidates.filter((x): x is Item => Boolean(x));

  return (
    <Card title={t('participation.milestones')} size="small" style={{ height: '100%' }}>
      {items.length ? (
        <Descriptions size="small" column={1} items={items} />
      ) : (
        <Empty description={t('participation.noMilestones')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}
