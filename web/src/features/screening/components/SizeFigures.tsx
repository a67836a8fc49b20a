/**
 * The application's size figures as they stand, the corrections made so far (who, when, why, old →
 * new) and, for the bureau while screening is open, a recorded correction after which the platform
 * derives the size again (ADR 0025).
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Typography,
  type ButtonProps,
} from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_SIZE_INDUSTRIES } from '../../../../../domain/enterprise-size/enterprise-size.js';
import {
  CORRECTABLE_FIGURES,
  figureCorrectionProblems,
  type FigureChange,
} from '../../../../../domain/intake/figure-correction.js';
import { codeMessage } from '../../../lib/code-message';
import type { ScreeningView } from '../../../../../contracts/screening';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { errorText } from '../../../components/ErrorAlert';
import { useCorrectFigures } from '../api/screening';

type Figures = ScreeningView['figures'];
type FigureField = (typeof CORRECTABLE_FIGURES)[number];

interface FormValues {
  sizeIndustry?: string | null;
  employees?: number | null;
  revenueWan?: number | null;
  assetsWan?: number | null;
  reason?: string;
}

function useFigureText() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (field: FigureField, value: string | number | null | undefined): string => {
    if (value === null || value === undefined) return t('screening.notGiven');
    if (field === 'sizeIndustry') {
      const row = ENTERPRISE_SIZE_INDUSTRIES.find((i) => i.key === value);
      return row ? (lang === 'en-US' ? row.nameEn : row.nameZh) : String(value);
    }
    return field === 'employees' ? t('screening.valuePersons', { value }) : t('intake.valueWan', { value });
  };
}

const fieldLabelKey: Record<FigureField, string> = {
  sizeIndustry: 'application.sizeIndustry',
  employees: 'application.employees',
  revenueWan: 'application.revenueWan',
  assetsWan: 'application.assetsWan',
};

function CorrectionDialog({
  participationId,
  figures,
  onClose,
}: {
  participationId: string;
  figures: Figures;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const correct = useCorrectFigures(participationId);
  const initial: FormValues = {
    sizeIndustry: figures.sizeIndustry,
    employees: figures.employees,
    revenueWan: figures.revenueWan,
    assetsWan: figures.assetsWan,
    reason: '',
  };
  const values: FormValues = Form.useWatch((v: FormValues) => v, form) ?? initial;
  const change: FigureChange = {};
  for (const field of CORRECTABLE_FIGURES) {
    const v = values[field];
    (change as Record<string, unknown>)[field] = v === undefined ? null : v;
  }
  // the same rule the server applies, shown while typing (reason, size row, numbers, something changes)
  const problems = figureCorrectionProblems(figures, change, values.reason);
  const fieldName = (field: string) =>
    field in fieldLabelKey ? t(fieldLabelKey[field as FigureField]) : t(`screening.figureField_${field}`);
  const sizeOptions = ENTERPRISE_SIZE_INDUSTRIES.map((i) => ({
    value: i.key,
    label: `${i.row ? `${i.row}. ` : ''}${lang === 'en-US' ? i.nameEn : i.nameZh}`,
  }));

  const submit = () =>
    correct.mutate(
      {
        params: { id: participationId },
        body: { version: figures.participationVersion, ...change, reason: (values.reason ?? '').trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('screening.figuresCorrected'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('screening.correctFiguresTitle')}
      okText={t('screening.correctFiguresOk')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={
        { disabled: problems.length > 0, loading: correct.isPending, 'data-testid': 'figures-ok' } as ButtonProps
      }
      width={640}
      data-testid="figures-modal"
    >
      <Typography.Paragraph type="secondary">{t('screening.correctFiguresHint')}</Typography.Paragraph>
      <Form<FormValues> form={form} initialValues={initial} layout="vertical">
        <Form.Item name="sizeIndustry" label={t('application.sizeIndustry')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={sizeOptions}
            data-testid="figures-sizeIndustry"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="employees" label={t('application.employees')}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('common.persons')}
                data-testid="figures-employees"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="revenueWan" label={t('application.revenueWan')}>
              <InputNumber
                min={0}
                style={{ width: '100%' }}
                suffix={t('common.wan')}
                data-testid="figures-revenueWan"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="assetsWan" label={t('application.assetsWan')}>
              <InputNumber min={0} style={{ width: '100%' }} suffix={t('common.wan')} data-testid="figures-assetsWan" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label={t('screening.correctionReason')} required>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={1000}
            showCount
            placeholder={t('screening.correctionReasonPlaceholder')}
            data-testid="figures-reason"
          />
        </Form.Item>
      </Form>
      {problems.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="figures-problems">
          {problems.map((p) => (
            <li key={p.field + p.code}>
              <Typography.Text type="warning">
                {codeMessage(p.code, lang, { field: fieldName(p.field), detail: p.detail })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      ) : null}
      {correct.isError ? (
        <Alert type="error" showIcon title={errorText(correct.error)} data-testid="figures-error" />
      ) : null}
    </Modal>
  );
}

export function SizeFigures({
  participationId,
  figures,
  editable,
}: {
  participationId: string;
  figures: Figures;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  const [open, setOpen] = useState(false);
  return (
    <Flex vertical gap={8} data-testid="size-figures">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{t('screening.figuresTitle')}</Typography.Text>
        {editable ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="figures-correct">
            {t('screening.correctFigures')}
          </Button>
        ) : null}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 5 }}
        items={[
          ...CORRECTABLE_FIGURES.map((field) => ({
            key: field,
            label: t(fieldLabelKey[field]),
            children: text(field, figures[field]),
          })),
          {
            key: 'size',
            label: t('screening.sizeClass'),
            children: figures.sizeClass
              ? t(`enterpriseSize.${figures.sizeClass}`, { defaultValue: figures.sizeClass })
              : t('screening.sizeUnsettled'),
          },
        ]}
      />
      {figures.corrections.length ? (
        <div data-testid="figures-corrections">
          <Typography.Text type="secondary">{t('screening.correctionsTitle')}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {figures.corrections.map((c) => (
              <li key={c.at}>
                <Typography.Text>
                  {t('screening.correctionLine', {
                    at: formatDateTime(c.at),
                    by: c.by,
                    changes: (Object.keys(c.after) as FigureField[])
                      .map((f) =>
                        t('screening.correctionChange', {
                          field: t(fieldLabelKey[f]),
                          from: text(f, c.before[f]),
                          to: text(f, c.after[f]),
                        }),
                      )
                      .join(t('intake.listSeparator')),
                    reason: c.reason,
                  })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {open ? (
        <CorrectionDialog participationId={participationId} figures={figures} onClose={() => setOpen(false)} />
      ) : null}
    </Flex>
  );
}
