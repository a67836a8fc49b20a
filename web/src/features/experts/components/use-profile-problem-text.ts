/** expertProfileProblems (domain) in the user's language: the message of its code, with the field named. */
import { useTranslation } from 'react-i18next';
import type { ProfileProblem } from '../../../../../domain/experts/expert-profile.js';
import { codeMessage } from '../../../lib/code-message';
import { usccProblem } from '../../../../../domain/uscc/uscc.js';
import { useLanguage } from '../../../lib/use-language';

export function useProfileProblemText() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fieldLabel = (field: string): string => {
    // rows of the two lists: the column here, the row in `located`
    if (/^unavailable\.\d+$/.test(field)) return t('experts.unavailableRange');
    const conflict = /^conflicts\.\d+\.(\w+)$/.exec(field);
    if (conflict) return t(`experts.conflict_${conflict[1]}`);
    return t(`experts.${field}`, { defaultValue: field });
  };
  const text = (p: ProfileProblem): string => {
    const field = fieldLabel(p.field);
    // "required" and an empty code read better as "please fill in"
    if (
      (p.code === 'VALIDATION_FAILED' && p.detail === 'required') ||
      (!p.detail && p.code !== 'VALIDATION_FAILED' && /REGION_UNKNOWN|USCC_INVALID/.test(p.code))
    ) {
      return codeMessage('REQUIRED', lang, { field });
    }
    if (p.code === 'USCC_INVALID' && p.detail) {
      const reason = usccProblem(p.detail);
      return codeMessage('USCC_INVALID', lang, { field, detail: reason ? t(`uscc.${reason}`) : p.detail });
    }
    return codeMessage(p.code, lang, { field, detail: p.detail });
  };
  /** For the summary list: rows of the period and conflict lists are named before the message. */
  const located = (p: ProfileProblem): string => {
    const row = /^(unavailable|conflicts)\.(\d+)/.exec(p.field);
    if (!row) return text(p);
    const where = t(row[1] === 'unavailable' ? 'experts.unavailableRow' : 'experts.conflictRowShort', {
      n: Number(row[2]) + 1,
    });
    return t('experts.problemAt', { where, message: text(p) });
  };
  return { text, located };
}
