/** How an entry's codes read (the catalogs' audit.* labels): never a raw code on screen. */
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../../contracts/audit';

export function actionText(t: TFunction, action: string): string {
  return t(`audit.actionName.${action}`, { defaultValue: t('audit.unknownAction') });
}

export function objectTypeText(t: TFunction, type: string | null): string {
  return type ? t(`audit.objectTypeName.${type}`, { defaultValue: t('audit.unknownAction') }) : '—';
}

export function roleText(t: TFunction, role: string | null): string {
  return role ? t(`role.${role}`, { defaultValue: '—' }) : t('audit.system');
}

/** The object's name; for the trail itself the part read ("审计记录", "哈希链"); else nothing. */
export function objectNameText(t: TFunction, entry: Pick<AuditEntry, 'objectType' | 'objectId' | 'objectName'>) {
  if (entry.objectName) return entry.objectName;
  if (entry.objectType === 'audit_trail' && entry.objectId)
    return t(`audit.trailObject.${entry.objectId}`, { defaultValue: '' }) || null;
  return null;
}
