/** Who the enterprise is: credit code, name, county, address, legal representative. */
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationField } from './application-values';
import type { FieldStatus } from './use-application-check';
import { ScopedRegionCascader } from './ScopedRegionCascader';

interface Props {
  status: (field: ApplicationField) => FieldStatus;
  /** Recommend mode: pick the county below this region; public mode (no login): below the campaign's region. */
  regionRoot?: string;
  campaignRegion: { code: string; name: string };
}

export function EnterpriseSection({ status, regionRoot, campaignRegion }: Props) {
  const { t } = useTranslation();
  const regionStatus = status('regionCode');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="uscc" label={t('application.uscc')} required {...status('uscc')}>
          <Input
            maxLength={40}
            placeholder={t('application.usccPlaceholder')}
            autoComplete="off"
            data-testid="field-uscc"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('application.name')} required {...status('name')}>
          <Input maxLength={100} data-testid="field-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        {/* the county below the bureau's region (recommend) or the campaign's (the public form), from the cascader */}
        <Form.Item
          name="regionCode"
          label={t('application.regionCode')}
          required
          extra={regionRoot ? undefined : t('application.regionPublicHint', { name: campaignRegion.name })}
          {...regionStatus}
        >
          <ScopedRegionCascader rootCode={regionRoot ?? campaignRegion.code} status={regionStatus.validateStatus} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="address" label={t('application.address')} {...status('address')}>
          <Input maxLength={200} data-testid="field-address" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="legalRepresentative"
          label={t('application.legalRepresentative')}
          {...status('legalRepresentative')}
        >
          <Input maxLength={50} data-testid="field-legalRepresentative" />
        </Form.Item>
      </Col>
    </Row>
  );
}
