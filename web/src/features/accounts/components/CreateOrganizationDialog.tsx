/**
 * A new organization and its first administrator (分级管理): a bureau of the level below, a certification body (with
 * its CNCA approval number) or an expert group; what the caller may create comes from the server's abilities.
 */
import { Alert, Col, Divider, Form, Input, Modal, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountAbilities, OrganizationCreated } from '../../../../../contracts/accounts';
import { errorText } from '../../../components/ErrorAlert';
import { useCreateOrganization } from '../api/accounts';
import { OrganizationRegionPicker } from './OrganizationRegionPicker';
import { AccountFields, cleanAccount, type AccountValues } from './AccountFields';

type Kind = AccountAbilities['organizationKinds'][number];

interface Values {
  kind: Kind;
  name: string;
  regionCode: string;
  approvalNumber?: string;
  admin: AccountValues;
}

export function CreateOrganizationDialog({
  abilities,
  open,
  onClose,
  onCreated,
}: {
  abilities: AccountAbilities;
  open: boolean;
  onClose: () => void;
  onCreated: (created: OrganizationCreated, adminName: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganization();
  const kind = Form.useWatch('kind', form) ?? abilities.organizationKinds[0];

  const submit = (values: Values) => {
    const admin = cleanAccount(values.admin);
    create.mutate(
      {
        body: {
          kind: values.kind,
          name: values.name.trim(),
          regionCode: values.regionCode,
          approvalNumber: values.kind === 'certification_body' ? values.approvalNumber?.trim() : undefined,
          firstAdministrator: admin,
        },
      },
      {
        onSuccess: (created) => {
          form.resetFields();
          onCreated(created, admin.displayName);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('accounts.createOrganization')}
      okText={t('accounts.create')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'org-submit' } as Record<string, string>}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: abilities.organizationKinds[0] }}
        onFinish={submit}
        disabled={create.isPending}
      >
        {create.isError ? (
          <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item name="kind" label={t('accounts.organizationKind')} required>
          <Radio.Group>
            {abilities.organizationKinds.map((k) => (
              <Radio.Button key={k} value={k}>
                <span data-testid={`org-kind-${k}`}>{t(`accounts.kind_${k}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="name"
              label={t('accounts.organizationName')}
              rules={[{ required: true, whitespace: true, min: 2, message: t('accounts.organizationNameRequired') }]}
            >
              <Input maxLength={100} data-testid="org-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="regionCode"
              label={kind === 'bureau' ? t('accounts.jurisdiction') : t('accounts.location')}
              rules={[{ required: true, message: t('accounts.regionRequired') }]}
              extra={kind === 'bureau' ? t('accounts.jurisdictionHint') : undefined}
            >
              <OrganizationRegionPicker
                key={kind === 'bureau' ? 'child' : 'within'}
                mode={kind === 'bureau' ? 'child' : 'within'}
                root={kind === 'bureau' ? abilities.childBureauOf : abilities.withinRegion}
                testId="org-region"
              />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'certification_body' ? (
          <Form.Item
            name="approvalNumber"
            label={t('accounts.approvalNumber')}
            extra={t('accounts.approvalNumberHint')}
            rules={[
              { required: true, message: t('accounts.approvalNumberRequired') },
              { pattern: /^CNCA-R-\d{4}-\d{3,4}$/, message: t('accounts.approvalNumberFormat') },
            ]}
          >
            <Input maxLength={20} placeholder="CNCA-R-2026-001" data-testid="org-approvalNumber" />
          </Form.Item>
        ) : null}
        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          {t('accounts.firstAdministrator')}
        </Divider>
        <Typography.Paragraph type="secondary">{t(`accounts.firstAdministratorHint_${kind}`)}</Typography.Paragraph>
        <AccountFields prefix={['admin']} testIdPrefix="admin" />
      </Form>
    </Modal>
  );
}
