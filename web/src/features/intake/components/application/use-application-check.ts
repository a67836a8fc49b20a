/**
 * Live checks of the application with the shared rules (validateApplication), each problem in the
 * user's language (domain/errors/codes) on its field once the field was touched or a submit was
 * tried; a server error naming a field shows there until that field changes.
 */
import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { validateApplication, type ApplicationProblem } from '../../../../../../domain/intake/application.js';
import { codeMessage } from '../../../../lib/code-message';
import { ApiError } from '../../../../lib/api-client';
import { useLanguage } from '../../../../lib/use-language';
import {
  APPLICATION_FIELDS,
  toApplicationInput,
  type ApplicationField,
  type ApplicationFormValues,
} from './application-values';

export interface FieldStatus {
  validateStatus?: 'error';
  help?: string;
}

interface ServerFieldError {
  field: string;
  message: string;
  value: string;
}

/** 'body.contactPhone' → 'contactPhone' */
export function serverField(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return error.field.replace(/^body\./, '').split('.')[0];
}

export function useApplicationCheck(
  form: FormInstance<ApplicationFormValues>,
  values: ApplicationFormValues,
  campaignRegionCode: string,
) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<ServerFieldError | null>(null);

  // region existence is the server's to check; the picker and the 6-digit rule cover the rest here
  const problems: ApplicationProblem[] = validateApplication(toApplicationInput(values), {
    campaignRegionCode,
    regionExists: () => true,
  });

  const uscc = (detail: string | undefined) => (detail ? t(`uscc.${detail}`, { defaultValue: detail }) : detail);
  const message = (p: ApplicationProblem) => {
    const field = t(`application.${p.field}`);
    // an unknown code that is simply not there yet reads better as "please fill in"
    if (!p.detail && (p.code === 'REGION_UNKNOWN' || p.code === 'INDUSTRY_UNKNOWN'))
      return codeMessage('REQUIRED', lang, { field });
    return codeMessage(p.code, lang, { field, detail: p.code === 'USCC_INVALID' ? uscc(p.detail) : p.detail });
  };

  const status = (field: ApplicationField): FieldStatus => {
    if (server && server.field === field && JSON.stringify(values[field] ?? null) === server.value) {
      return { validateStatus: 'error', help: server.message };
    }
    const problem = problems.find((p) => p.field === field);
    if (problem && (submitted || form.isFieldTouched(field)))
      return { validateStatus: 'error', help: message(problem) };
    return {};
  };

  /** Remembers a server error on its field; true when it named one of the form's fields. */
  const showServerError = (error: unknown): boolean => {
    const field = serverField(error);
    const key = APPLICATION_FIELDS.find((f) => f === field);
    if (!key) return false;
    setServer({
      field: key,
      message: error instanceof Error ? error.message : String(error),
      value: JSON.stringify(values[key] ?? null),
    });
    form.scrollToField(key);
    return true;
  };

  return { problems, status, submitted, setSubmitted, showServerError };
}
