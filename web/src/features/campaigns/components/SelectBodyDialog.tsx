/**
 * "选择认证机构": a body from the registry, checked against the eight criteria of 003 §5.2, each
 * met or not with its evidence. Criteria not yet met with evidence are listed live (unmetBodyCriteria);
 * the server refuses the selection (409 BODY_CRITERIA_UNMET) until all are.
 */
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BODY_CRITERIA, unmetBodyCriteria, type BodyCriterion } from '../../../../../domain/intake/body-criteria.js';
import { bodies } from '../../../../../contracts/bodies';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import { useApiQuery } from '../../../lib/api-query';
import { ApiError } from '../../../lib/api-client';
import { errorText } from '../../../components/ErrorAlert';
import { useLanguage } from '../../../lib/use-language';
import { codeMessage } from '../../../lib/code-message';
import { useSelectBody } from '../api/campaign-write';

interface BodyValues {
  organizationId?: string;
  checklist?: Partial<Record<BodyCriterion, { met?: boolean; evidence?: string }>>;
}

const toChecklist = (v: BodyValues['checklist']) =>
  BODY_CRITERIA.map((key) => ({ key, met: Boolean(v?.[key]?.met), evidence: (v?.[key]?.evidence ?? '').trim() }));

export function SelectBodyDialog({ campaign, onClose }: { campaign: CampaignDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyValues>();
  const registry = useApiQuery(bodies.list, {}, { select: (answer) => answer.items });
  const select = useSelectBody();
  const checklist = toChecklist(Form.useWatch('checklist', form));
  const unmet = unmetBodyCriteria(checklist);
  const selectedIds = new Set(campaign.certificationBodies.map((b) => b.id));
  const lang = useLanguage();
  const itemNumbers = (keys: BodyCriterion[]) =>
    keys.map((k) => BODY_CRITERIA.indexOf(k) + 1).join(t('intake.listSeparator'));

  /** Choosing a body already selected brings back its recorded checklist. */
  const onBodyChange = (id: string) => {
    const existing = campaign.certificationBodies.find((b) => b.id === id);
    const recorded: BodyValues['checklist'] = {};
    for (const key of BODY_CRITERIA) {
      const item = existing?.checklist.find((c) => c.key === key);
      recorded[key] = { met: item?.met ?? false, evidence: item?.evidence ?? '' };
    }
    form.setFieldsValue({ checklist: recorded });
  };

  const submit = (v: BodyValues) =>
    select.mutate(
      {
        params: { id: campaign.id },
        body: { organizationId: v.organizationId ?? '', checklist: toChecklist(v.checklist) },
      },
      {
        onSuccess: () => {
          void message.success(t('bodySelect.saved'));
          onClose();
        },
      },
    );

  const unmetError = select.error instanceof ApiError && select.error.code === 'BODY_CRITERIA_UNMET';
  return (
    <Modal
      open
      width={720}
      title={t('bodySelect.title')}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: !select.isPending }}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={select.isPending}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={select.isPending}
          onClick={() => form.submit()}
          data-testid="body-select-submit"
        >
          {t('bodySelect.submit')}
        </Button>,
      ]}
    >
      {select.isError ? (
        <Alert
          type="error"
          showIcon
          title={
            // the server names the criteria by key; say which items, in the user's language
            unmetError
              ? codeMessage('BODY_CRITERIA_UNMET', lang, {
                  detail: t('bodySelect.items', { items: itemNumbers(unmet) }),
                })
              : errorText(select.error)
          }
          style={{ marginBottom: 16 }}
          data-testid="body-select-error"
        />
      ) : null}
      <Form<BodyValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={select.isPending}
        data-testid="body-select-form"
      >
        <Form.Item
          name="organizationId"
          label={t('bodySelect.body')}
          rules={[{ required: true, message: t('dialog.certificationBodyRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={registry.isPending}
            onChange={onBodyChange}
            options={(registry.data ?? []).map((b) => ({
              value: b.id,
              label: selectedIds.has(b.id)
                ? t('bodySelect.optionSelected', { name: b.name, number: b.approvalNumber })
                : t('bodySelect.option', { name: b.name, number: b.approvalNumber }),
            }))}
            data-testid="body-select-org"
          />
        </Form.Item>
        <Typography.Text strong>{t('bodySelect.criteria')}</Typography.Text>
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {BODY_CRITERIA.map((key, i) => (
            <div
              key={key}
              style={{ border: '1px solid #e8ecf1', borderRadius: 6, padding: '8px 12px' }}
              data-testid={`body-criterion-row-${key}`}
            >
              <Form.Item
                name={['checklist', key, 'met']}
                valuePropName="checked"
                initialValue={false}
                style={{ marginBottom: 4 }}
              >
                <Checkbox data-testid={`body-criterion-${key}`}>
                  {i + 1}. {t(`bodyCriterion.${key}`)}
                </Checkbox>
              </Form.Item>
              <Form.Item name={['checklist', key, 'evidence']} initialValue="" style={{ marginBottom: 0 }}>
                <Input
                  maxLength={1000}
                  placeholder={t('bodySelect.evidencePlaceholder')}
                  aria-label={t('bodySelect.evidence')}
                  data-testid={`body-criterion-${key}-evidence`}
                />
              </Form.Item>
            </div>
          ))}
        </Flex>
        <div style={{ marginTop: 12 }} data-testid="body-criteria-status" data-unmet={unmet.join(',')}>
          {unmet.length ? (
            <Typography.Text type="warning">{t('bodySelect.unmet', { items: itemNumbers(unmet) })}</Typography.Text>
          ) : (
            <Typography.Text type="success">{t('bodySelect.allMet')}</Typography.Text>
          )}
        </div>
      </Form>
    </Modal>
  );
}
