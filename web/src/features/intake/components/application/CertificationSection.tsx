/** Certification status; a certified enterprise gives its certificate number, body and expiry. */
import { Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationField } from './application-values';
import type { FieldStatus } from './use-application-check';
import { keepEnterInDateField } from '../../../../components/date-keys';

export function CertificationSection({
  status,
  certified,
}: {
  status: (field: ApplicationField) => FieldStatus;
  certified: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          name="certificationStatus"
          label={t('application.certificationStatus')}
          required
          {...status('certificationStatus')}
        >
          <Radio.Group
            options={[
              { value: 'none', label: t('application.statusNone') },
              { value: 'certified', label: t('application.statusCertified') },
            ]}
            data-testid="field-certificationStatus"
          />
        </Form.Item>
      </Col>
      {certified ? (
        <>
          <Col xs={24} md={8}>
            <Form.Item
              name="certificateNumber"
              label={t('application.certificateNumber')}
              required
              {...status('certificateNumber')}
            >
              <Input maxLength={64} data-testid="field-certificateNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="certificateBody" label={t('application.certificateBody')} {...status('certificateBody')}>
              <Input maxLength={100} data-testid="field-certificateBody" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="certificateExpiresOn"
              label={t('application.certificateExpiresOn')}
              {...status('certificateExpiresOn')}
            >
              <DatePicker
                onKeyDown={keepEnterInDateField}
                format="YYYY-MM-DD"
                style={{ width: '100%' }}
                data-testid="field-certificateExpiresOn"
              />
            </Form.Item>
          </Col>
        </>
      ) : null}
    </Row>
  );
}
