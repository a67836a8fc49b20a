/** The work plan (003 §6.3.3): seven free texts in the document's order. */
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { WORK_PLAN_KEYS } from './campaign-form-values';

export function WorkPlanFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      {WORK_PLAN_KEYS.map((key) => (
        <Col key={key} xs={24} lg={12}>
          <Form.Item name={['workPlan', key]} label={t(`workPlan.${key}`)}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={4000}
              showCount
              data-testid={`field-workPlan-${key}`}
            />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
