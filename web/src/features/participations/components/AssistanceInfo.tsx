/** The certification body and the assistance experts assigned to the enterprise. */
import { Card, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParticipationDetail } from '../../../lib/api-types';
import { formatDate } from '../../../lib/format';

export function AssistanceInfo({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('participation.assistance')} size="small" style={{ height: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'body', label: t('participation.certificationBody'), children: detail.certificationBody?.name ?? t('participation.noBody') },
          {
            key: 'experts',
            label: t('participation.experts'),
            children: detail.experts.length ? (
              <Flex wrap gap={6}>
                {detail.experts.map((x) => (
                  <Tag key={x.userId} color="blue">
                    {x.displayName} · {t('participation.expertFrom', { date: formatDate(x.fromOn) })}
                  </Tag>
                ))}
              </Flex>
            ) : (
              t('participation.noExperts')
            ),
          },
        ]}
      />
    </Card>
  );
}
