/**
 * The application form (003 §6.2.2), used by a bureau's recommendation and by the public
 * registration page. Checked live by the shared rules; the caller sends it and hands back any
 * server error, which shows on the field it names.
 */
import { forwardRef, useImperativeHandle, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationBody } from '../../../../../../contracts/intake';
import { errorText } from '../../../../components/ErrorAlert';
import { CertificationSection } from './CertificationSection';
import { ContactSection } from './ContactSection';
import { EnterpriseSection } from './EnterpriseSection';
import { SizeSection } from './SizeSection';
import { EMPTY_APPLICATION, toApplicationBody, type ApplicationFormValues } from './application-values';
import { useApplicationCheck } from './use-application-check';

export interface ApplicationFormProps {
  mode: 'recommend' | 'public';
  campaignRegion: { code: string; name: string };
  /** Recommend mode: the region whose counties may be chosen. */
  regionRoot?: string;
  /** Recommend mode: the campaign's certification bodies for the preferred-body choice. */
  bodies?: Array<{ id: string; name: string }>;
  submitting: boolean;
  submitLabel: string;
  onSubmit: (body: ApplicationBody) => void;
  onCancel?: () => void;
}

export interface ApplicationFormHandle {
  /** Shows a server error on its field (or above the form) after a failed submit. */
  showError: (error: unknown) => void;
  reset: () => void;
}

export const ApplicationForm = forwardRef<ApplicationFormHandle, ApplicationFormProps>(
  function ApplicationForm(props, ref) {
    const { mode, campaignRegion, regionRoot, bodies, submitting, submitLabel, onSubmit, onCancel } = props;
    const { t } = useTranslation();
    const { message } = App.useApp();
    const [form] = Form.useForm<ApplicationFormValues>();
    const values: ApplicationFormValues = Form.useWatch((v: ApplicationFormValues) => v, form) ?? EMPTY_APPLICATION;
    const check = useApplicationCheck(form, values, campaignRegion.code);
    const [formError, setFormError] = useState<string | null>(null);

    useImperativeHandle(ref, () => ({
      showError: (error) => {
        if (!check.showServerError(error)) setFormError(errorText(error));
      },
      reset: () => {
        form.resetFields();
        check.setSubmitted(false);
        setFormError(null);
      },
    }));

    const submit = () => {
      check.setSubmitted(true);
      setFormError(null);
      const first = check.problems[0];
      if (first) {
        void message.error(t('application.fixProblems', { count: check.problems.length }));
        form.scrollToField(first.field);
        return;
      }
      onSubmit(toApplicationBody(form.getFieldsValue(true) as ApplicationFormValues));
    };

    return (
      <Form<ApplicationFormValues>
        form={form}
        layout="vertical"
        initialValues={EMPTY_APPLICATION}
        onFinish={submit}
        disabled={submitting}
        data-testid="application-form"
        data-mode={mode}
        data-problems={check.problems.map((p) => p.field).join(',')}
      >
        <Flex vertical gap={16}>
          {formError ? <Alert type="error" showIcon title={formError} data-testid="application-error" /> : null}
          <Card size="small" title={t('application.sectionEnterprise')}>
            <EnterpriseSection
              status={check.status}
              regionRoot={mode === 'recommend' ? regionRoot : undefined}
              campaignRegion={campaignRegion}
            />
          </Card>
          <Card size="small" title={t('application.sectionSize')}>
            <SizeSection status={check.status} values={values} />
          </Card>
          <Card size="small" title={t('application.sectionCertification')}>
            <CertificationSection status={check.status} certified={values.certificationStatus === 'certified'} />
          </Card>
          <Card size="small" title={t('application.sectionContact')}>
            <ContactSection status={check.status} bodies={mode === 'recommend' ? (bodies ?? []) : undefined} />
          </Card>
          <Flex gap={8} justify="flex-end" wrap>
            {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
            {/* not a submit button: Enter in a field (a date, say) must not send the whole form */}
            <Button type="primary" loading={submitting} onClick={() => form.submit()} data-testid="application-submit">
              {submitLabel}
            </Button>
          </Flex>
        </Flex>
      </Form>
    );
  },
);
