/**
 * The certification body, the assistance experts (current ones, and earlier ones greyed with their
 * dates) and whom to call about the assistance: the leader and managers of the expert's working group.
 */
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { formatDate } from '../../../lib/format';

function Experts({ experts }: { experts: ParticipationDetail['experts'] }) {
  const { t } = useTranslation();
  const current = experts.filter((x) => !x.toOn);
  const ended = experts.filter((x) => x.toOn);
  if (experts.length === 0) return <span data-testid="assistance-experts">{t('participation.noExperts')}</span>;
  return (
    <Flex vertical gap={6} data-testid="assistance-experts">
      {current.length ? (
        <Flex wrap gap={6}>
          {current.map((x) => (
            <Tag
              key={`${x.userId}-${x.fromOn}`}
              color="blue"
              data-testid="assistance-expert"
              data-user-id={x.userId}
              style={{ marginInlineEnd: 0 }}
            >
              {x.displayName} · {t('participation.expertFrom', { date: formatDate(x.fromOn) })}
            </Tag>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('participation.noCurrentExpert')}</Typography.Text>
      )}
      {ended.length ? (
        <Flex wrap gap={6} data-testid="assistance-experts-ended">
          {ended.map((x) => (
            <Tag
              key={`${x.userId}-${x.fromOn}`}
              data-testid="assistance-expert-ended"
              data-user-id={x.userId}
              style={{ marginInlineEnd: 0, color: 'rgba(0,0,0,0.45)' }}
            >
              {x.displayName} ·{' '}
              {t('participation.expertPeriod', { from: formatDate(x.fromOn), to: formatDate(x.toOn) })}
            </Tag>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

function Contact({ contact }: { contact: NonNullable<ParticipationDetail['assistanceContact']> }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} data-testid="assistance-contact">
      <Typography.Text strong>{contact.groupName}</Typography.Text>
      {contact.people.map((p, i) => (
        <Flex
          key={`${p.displayName}-${i}`}
          gap={8}
          wrap
          align="center"
          data-testid="assistance-contact-person"
          data-role={p.role}
        >
          <Tag color={p.role === 'leader' ? 'geekblue' : 'default'} style={{ marginInlineEnd: 0 }}>
            {t(`groupRole.${p.role}`)}
          </Tag>
          <Typography.Text>{p.displayName}</Typography.Text>
          {p.phone ? (
            <Typography.Text type="secondary">
              <PhoneOutlined /> {p.phone}
            </Typography.Text>
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}

export function AssistanceInfo({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('participation.assistance')} size="small" style={{ height: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'body',
            label: t('participation.certificationBody'),
            children: detail.certificationBody?.name ?? t('participation.noBody'),
          },
          { key: 'experts', label: t('participation.experts'), children: <Experts experts={detail.experts} /> },
          ...(detail.assistanceContact
            ? [
                {
                  key: 'contact',
                  label: t('participation.assistanceContact'),
                  children: <Contact contact={detail.assistanceContact} />,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
