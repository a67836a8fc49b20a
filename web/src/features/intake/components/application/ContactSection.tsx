/** Contact, willingness and committed resources, and (recommend mode) the preferred certification body. */
import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationField } from './application-values';
import type { FieldStatus } from './use-application-check';

interface Props {
  status: (field: ApplicationField) => FieldStatus;
  /** The campaign's certification bodies; absent on the public form. */
  bodies?: Array<{ id: string; name: string }>;
}

export function ContactSection({ status, bodies }: Props) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="contactName" label={t('application.contactName')} required {...status('contactName')}>
          <Input maxLength={50} autoComplete="name" data-testid="field-contactName" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="contactPhone" label={t('application.contactPhone')} required {...status('contactPhone')}>
          <Input
            maxLength={20}
            inputMode="tel"
            autoComplete="tel"
            placeholder={t('application.contactPhonePlaceholder')}
            data-testid="field-contactPhone"
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="resources" label={t('application.resources')} {...status('resources')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            showCount
            placeholder={t('application.resourcesPlaceholder')}
            data-testid="field-resources"
          />
        </Form.Item>
      </Col>
      {bodies ? (
        <Col xs={24} md={12}>
          <Form.Item
            name="preferredBodyId"
            label={t('application.preferredBodyId')}
            extra={t('application.preferredBodyHint')}
            {...status('preferredBodyId')}
          >
            <Select
              allowClear
              options={bodies.map((b) => ({ value: b.id, label: b.name }))}
              notFoundContent={t('application.noBodies')}
              data-testid="field-preferredBodyId"
            />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24}>
        <Form.Item name="willing" valuePropName="checked" {...status('willing')}>
          <Checkbox data-testid="field-willing">{t('application.willing')}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
