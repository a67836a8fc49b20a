/** "登记认证机构": name, CNCA approval number, seat, contact, regions served and categories. */
import { Alert, App, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RegisterBodyRequest } from '../../../../../contracts/bodies';
import { ApiError } from '../../../lib/api-client';
import { errorText } from '../../../components/ErrorAlert';
import { industryOptions } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { useRegionChildren } from '../../../components/regions/regions';
import { RegionCascader } from '../../../components/regions/RegionCascader';
import { useRegisterBody } from '../api/bodies';

const APPROVAL = /^CNCA-R-\d{4}-\d{3,4}$/;

/** What the form holds: the request as a caller writes it (defaults not yet applied). */
type CreateCertificationBodyRequest = z.input<typeof RegisterBodyRequest>;

export function RegisterBodyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateCertificationBodyRequest>();
  const register = useRegisterBody();
  const provinces = useRegionChildren();

  const submit = (v: CreateCertificationBodyRequest) =>
    register.mutate(
      {
        body: {
          name: v.name.trim(),
          approvalNumber: v.approvalNumber.trim().toUpperCase(),
          regionCode: v.regionCode,
          ...(v.contactName?.trim() ? { contactName: v.contactName.trim() } : {}),
          ...(v.contactPhone?.trim() ? { contactPhone: v.contactPhone.trim() } : {}),
          regionsServed: v.regionsServed ?? [],
          industryCodes: v.industryCodes ?? [],
        },
      },
      {
        onSuccess: () => {
          void message.success(t('bodies.registered'));
          onClose();
        },
        onError: (error) => {
          const field = error instanceof ApiError ? error.field?.replace(/^body\./, '').split('.')[0] : undefined;
          if (field && ['name', 'approvalNumber', 'regionCode', 'industryCodes', 'regionsServed'].includes(field)) {
            form.setFields([{ name: field as keyof CreateCertificationBodyRequest, errors: [errorText(error)] }]);
          }
        },
      },
    );

  return (
    <Modal
      open
      width={720}
      title={t('bodies.register')}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: !register.isPending }}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={register.isPending}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={register.isPending}
          onClick={() => form.submit()}
          data-testid="body-register-submit"
        >
          {t('common.save')}
        </Button>,
      ]}
    >
      {register.isError ? (
        <Alert type="error" showIcon title={errorText(register.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<CreateCertificationBodyRequest>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={register.isPending}
        data-testid="body-register-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="name"
              label={t('bodies.name')}
              rules={[{ required: true, whitespace: true, min: 4, max: 100, message: t('bodies.nameRule') }]}
            >
              <Input maxLength={100} data-testid="field-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="approvalNumber"
              label={t('bodies.approvalNumber')}
              rules={[{ required: true, pattern: APPROVAL, message: t('bodies.approvalRule') }]}
            >
              <Input maxLength={20} placeholder="CNCA-R-2016-281" data-testid="field-approvalNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('bodies.region')}
              rules={[{ required: true, message: t('bodies.regionRequired') }]}
            >
              <RegionCascader
                onChange={(code) => form.setFieldValue('regionCode', code)}
                style={{ width: '100%' }}
                testId="field-regionCode"
                placeholder={t('bodies.region')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="contactName" label={t('bodies.contactName')}>
              <Input maxLength={50} data-testid="field-contactName" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="contactPhone" label={t('bodies.contactPhone')}>
              <Input maxLength={20} data-testid="field-contactPhone" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="regionsServed" label={t('bodies.regionsServed')}>
              <Select
                mode="multiple"
                loading={provinces.isPending}
                optionFilterProp="label"
                options={(provinces.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
                maxCount={50}
                data-testid="field-regionsServed"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="industryCodes" label={t('bodies.industryCodes')}>
              <Select
                mode="multiple"
                optionFilterProp="label"
                options={industryOptions(lang)}
                data-testid="field-industryCodes"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
