/** The enterprise's opinions on a plan version (003 §6.6.2 征求企业的意见反馈), oldest first. */
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanComment } from '../../../../../contracts/plans';
import { formatDateTime } from '../../../lib/format';

export function PlanComments({ comments }: { comments: ReadonlyArray<PlanComment> }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="plan-comments" data-count={comments.length}>
      <Typography.Text strong>{t('plan.comments')}</Typography.Text>
      {comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.noComments')} style={{ margin: 0 }} />
      ) : (
        comments.map((c) => (
          <Flex
            key={c.id}
            vertical
            gap={2}
            data-testid="plan-comment"
            style={{ background: '#fafbfc', border: '1px solid #eef1f5', borderRadius: 6, padding: '6px 10px' }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.authorName} · {t(`role.${c.authorRole}`, { defaultValue: c.authorRole })} ·{' '}
              {formatDateTime(c.createdAt)}
            </Typography.Text>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Typography.Text>
          </Flex>
        ))
      )}
    </Flex>
  );
}
