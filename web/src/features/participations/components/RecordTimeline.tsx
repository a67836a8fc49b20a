/**
 * The 一企一档 timeline's records (003 §6.7–6.8): every implementation record of the file, newest first, each with its
 * catalog label, its further label and the person's own text; a click leads to the section that holds it. A long file
 * shows its newest records first and the rest on request, so the page stays short on a phone.
 */
import { useState } from 'react';
import { Button, Card, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParticipationDetail } from '../../../../../contracts/participations';

/** Records that ask for attention (an open problem), and the milestones of the implementation. */
const ATTENTION: ReadonlySet<string> = new Set(['issue_raised', 'nonconformity_raised']);
const MILESTONES: ReadonlySet<string> = new Set([
  'operation_start',
  'internal_audit_completed',
  'management_review_held',
  'review_verified',
]);

/** How many of the newest records show before "show all". */
const FIRST_RECORDS = 10;

export function RecordTimeline({ records }: { records: ParticipationDetail['records'] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? records : records.slice(0, FIRST_RECORDS);
  return (
    <Card title={t('timelineRecord.title')} size="small" data-testid="record-timeline">
      {records.length === 0 ? (
        <Typography.Text type="secondary">{t('timelineRecord.empty')}</Typography.Text>
      ) : (
        <>
          <Timeline
            items={shown.map((r, i) => ({
              key: `${r.kind}-${r.at}-${i}`,
              color: ATTENTION.has(r.kind) ? 'orange' : MILESTONES.has(r.kind) ? 'green' : 'blue',
              content: (
                <Flex vertical gap={0} data-testid={`record-${r.kind}`}>
                  <Flex gap={8} wrap align="baseline">
                    <Typography.Text type="secondary">{r.on}</Typography.Text>
                    <Typography.Link href={`#${r.section}`}>{t(`timelineRecord.${r.kind}`)}</Typography.Link>
                    {r.labelKey ? <Typography.Text type="secondary">{t(r.labelKey)}</Typography.Text> : null}
                  </Flex>
                  {r.text ? (
                    <Typography.Text ellipsis={{ tooltip: r.text }} style={{ maxWidth: '100%' }}>
                      {r.text}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            }))}
          />
          {shown.length < records.length ? (
            <Button type="link" onClick={() => setAll(true)} data-testid="record-timeline-all">
              {t('timelineRecord.showAll', { count: records.length })}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
