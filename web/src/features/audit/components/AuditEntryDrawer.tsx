/** One entry in full: every field labelled, the object and actor by name, its hash and the previous one in full. */
import { Button, Collapse, Descriptions, Drawer, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../contracts/audit';
import { formatDateTime } from '../../../lib/format';
import { actionText, objectNameText, objectTypeText, roleText } from './audit-text';

const OUTCOME_COLORS: Record<string, string> = { success: 'green', failure: 'orange', denied: 'red' };
const MONO = { fontFamily: 'monospace', wordBreak: 'break-all' as const };

function Hash({ value, testId }: { value: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!value) return <>{t('audit.none')}</>;
  return (
    <Typography.Text copyable={{ text: value }} style={MONO} data-testid={testId}>
      {value}
    </Typography.Text>
  );
}

export function AuditEntryDrawer({
  entry,
  onClose,
  onFilter,
}: {
  entry: AuditEntry | null;
  onClose: () => void;
  onFilter: (patch: { objectType?: string; objectId?: string; actorUserId?: string }) => void;
}) {
  const { t } = useTranslation();
  const objectName = entry ? objectNameText(t, entry) : null;
  const detail = entry && Object.keys(entry.detail).length > 0 ? JSON.stringify(entry.detail, null, 2) : null;
  return (
    <Drawer
      open={entry !== null}
      onClose={onClose}
      size="large"
      title={entry ? t('audit.drawerTitle', { seq: entry.seq }) : null}
      data-testid="audit-drawer"
      styles={{ wrapper: { maxWidth: '100vw' } }}
    >
      {entry ? (
        <Flex vertical gap={12}>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 128, whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('audit.seq')}>{entry.seq}</Descriptions.Item>
            <Descriptions.Item label={t('audit.occurredAt')}>{formatDateTime(entry.occurredAt)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.actor')}>
              <span data-testid="audit-drawer-actor">{entry.actorName ?? t('audit.system')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.organization')}>{entry.actorOrganizationName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.role')}>{roleText(t, entry.actorRole)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.action')}>
              <span data-testid="audit-drawer-action">{actionText(t, entry.action)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.objectType')}>{objectTypeText(t, entry.objectType)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.objectName')}>{objectName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.objectId')}>
              {entry.objectId ? <span style={MONO}>{entry.objectId}</span> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.outcome')}>
              <Tag color={OUTCOME_COLORS[entry.outcome]}>{t(`outcome.${entry.outcome}`, { defaultValue: '—' })}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.beforeDigest')}>
              <Hash value={entry.beforeDigest} />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.afterDigest')}>
              <Hash value={entry.afterDigest} />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.hashVersion')}>
              {t(`audit.hashVersionName.${entry.hashVersion}`, { defaultValue: '—' })}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.prevHash')}>
              <Hash value={entry.prevHash} testId="audit-drawer-prev-hash" />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.hash')}>
              <Hash value={entry.hash} testId="audit-drawer-hash" />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.detail')}>
              {detail ? (
                // the detail as stored and hashed: evidence, so shown as written, folded away under its own heading
                <Collapse
                  size="small"
                  ghost
                  items={[
                    {
                      key: 'raw',
                      label: t('audit.rawDetail'),
                      children: (
                        <pre style={{ ...MONO, whiteSpace: 'pre-wrap', margin: 0, fontSize: 12 }}>{detail}</pre>
                      ),
                    },
                  ]}
                />
              ) : (
                t('audit.none')
              )}
            </Descriptions.Item>
          </Descriptions>
          <Flex gap={8} wrap>
            {entry.objectId ? (
              <Button
                onClick={() =>
                  onFilter({ objectType: entry.objectType ?? undefined, objectId: entry.objectId ?? undefined })
                }
              >
                {t('audit.filterThisObject')}
              </Button>
            ) : null}
            {entry.actorUserId ? (
              <Button onClick={() => onFilter({ actorUserId: entry.actorUserId ?? undefined })}>
                {t('audit.filterThisActor')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      ) : null}
    </Drawer>
  );
}
