/** The trail's filters: date range, actor, action, object type and id, outcome; all kept in the address. */
import { Button, Col, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFilterQuery } from '../../../../../contracts/audit';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, AUDIT_OUTCOMES } from '../../../../../domain/audit/actions';
import { DateInput } from '../../../components/DateInput';
import { useAuditActors } from '../api/audit';
import { actionText, objectTypeText } from './audit-text';

export type FilterPatch = Partial<Record<keyof AuditFilterQuery, string | undefined>>;

export function AuditFilters({
  filter,
  onChange,
}: {
  filter: AuditFilterQuery;
  onChange: (patch: FilterPatch) => void;
}) {
  const { t } = useTranslation();
  const actors = useAuditActors();
  const anyFilter = Object.values(filter).some(Boolean);
  return (
    <Row gutter={[8, 8]} data-testid="audit-filters">
      <Col xs={12} sm={6} lg={3}>
        <DateInput
          value={filter.from ?? null}
          onChange={(v) => onChange({ from: v ?? undefined })}
          ariaLabel={t('audit.filterFrom')}
          placeholder={t('audit.filterFrom')}
          testId="audit-filter-from"
        />
      </Col>
      <Col xs={12} sm={6} lg={3}>
        <DateInput
          value={filter.to ?? null}
          onChange={(v) => onChange({ to: v ?? undefined })}
          ariaLabel={t('audit.filterTo')}
          placeholder={t('audit.filterTo')}
          testId="audit-filter-to"
        />
      </Col>
      <Col xs={24} sm={12} lg={5}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={t('audit.filterActor')}
          aria-label={t('audit.filterActor')}
          data-testid="audit-filter-actor"
          loading={actors.isLoading}
          value={filter.actorUserId}
          onChange={(v?: string) => onChange({ actorUserId: v })}
          options={(actors.data ?? []).map((a) => ({
            value: a.userId,
            label: a.organizationName ? `${a.name} · ${a.organizationName}` : a.name,
          }))}
        />
      </Col>
      <Col xs={24} sm={12} lg={5}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={t('audit.filterAction')}
          aria-label={t('audit.filterAction')}
          data-testid="audit-filter-action"
          value={filter.action}
          onChange={(v?: string) => onChange({ action: v })}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionText(t, a) })).sort((x, y) =>
            x.label.localeCompare(y.label, 'zh-CN'),
          )}
        />
      </Col>
      <Col xs={12} sm={6} lg={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('audit.filterObjectType')}
          aria-label={t('audit.filterObjectType')}
          data-testid="audit-filter-object-type"
          value={filter.objectType}
          onChange={(v?: string) => onChange({ objectType: v })}
          options={AUDIT_OBJECT_TYPES.map((o) => ({ value: o, label: objectTypeText(t, o) }))}
        />
      </Col>
      <Col xs={12} sm={6} lg={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('audit.filterOutcome')}
          aria-label={t('audit.filterOutcome')}
          data-testid="audit-filter-outcome"
          value={filter.outcome}
          onChange={(v?: string) => onChange({ outcome: v })}
          options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
      </Col>
      <Col xs={24} sm={12} lg={2}>
        <Button block disabled={!anyFilter} onClick={() => onChange(CLEARED)} data-testid="audit-filter-clear">
          {t('audit.clearFilters')}
        </Button>
      </Col>
      {filter.objectId ? (
        <Col xs={24}>
          <Tag closable onClose={() => onChange({ objectId: undefined })} data-testid="audit-filter-object-id">
            {t('audit.objectId')}: <span style={{ fontFamily: 'monospace' }}>{filter.objectId}</span>
          </Tag>
        </Col>
      ) : null}
    </Row>
  );
}

const CLEARED: FilterPatch = {
  from: undefined,
  to: undefined,
  actorUserId: undefined,
  action: undefined,
  objectType: undefined,
  objectId: undefined,
  outcome: undefined,
};
