/**
 * The campaign's phases: kind, start and (optional) end; rule problems (order, duplicates) show on
 * their row as the officer types. Report-due dates may repeat (004 §三(三)); other kinds appear once.
 */
import { Button, Col, DatePicker, Form, Grid, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  PHASE_KINDS,
  REPEATABLE_PHASE_KINDS,
  type CampaignProblem,
  type PhaseKind,
} from '../../../../../../domain/campaigns/campaign-rules.js';
import { useCampaignProblemText } from './campaign-problem-text';
import { keepEnterInDateField } from '../../../../components/date-keys';

interface Props {
  problems: CampaignProblem[];
  /** A child campaign may leave the list empty to take its parent's phases. */
  inheritHint: boolean;
}

export function PhaseListField({ problems, inheritHint }: Props) {
  const { t } = useTranslation();
  const text = useCampaignProblemText();
  const wide = Grid.useBreakpoint().md ?? true;
  const rowProblems = (i: number) => problems.filter((p) => p.field.startsWith(`phases.${i}.`));
  const listProblems = problems.filter((p) => p.field === 'phases');
  const form = Form.useFormInstance();
  const kinds: Array<PhaseKind | undefined> = (Form.useWatch('phases', form) ?? []).map(
    (p: { kind?: PhaseKind } | undefined) => p?.kind,
  );
  // a kind held by another row is not offered again, unless it repeats (report-due dates)
  const kindOptions = (row: number) =>
    PHASE_KINDS.map((k) => ({
      value: k,
      label: t(`phase.${k}`),
      disabled: !REPEATABLE_PHASE_KINDS.has(k) && kinds.some((used, i) => used === k && i !== row),
    }));

  return (
    <div data-testid="field-phases">
      {inheritHint ? (
        <Typography.Paragraph type="secondary">{t('campaignForm.phasesInherit')}</Typography.Paragraph>
      ) : null}
      <Form.List name="phases">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => {
              const mine = rowProblems(name);
              return (
                <div
                  key={key}
                  data-testid={`phase-row-${name}`}
                  style={{ borderBottom: '1px dashed #e8ecf1', marginBottom: 12 }}
                >
                  <Row gutter={12} align="top">
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[name, 'kind']}
                        label={t('campaignForm.phaseKind')}
                        rules={[{ required: true, message: t('campaignForm.phaseKindRequired') }]}
                      >
                        <Select options={kindOptions(name)} data-testid={`field-phases-${name}-kind`} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={7}>
                      <Form.Item
                        name={[name, 'startsOn']}
                        label={
                          kinds[name] === 'report_due' ? t('campaignForm.phaseDueOn') : t('campaignForm.phaseStart')
                        }
                        rules={[{ required: true, message: t('dialog.dateRequired') }]}
                      >
                        <DatePicker
                          onKeyDown={keepEnterInDateField}
                          format="YYYY-MM-DD"
                          style={{ width: '100%' }}
                          data-testid={`field-phases-${name}-startsOn`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={7}>
                      <Form.Item name={[name, 'endsOn']} label={t('campaignForm.phaseEnd')}>
                        <DatePicker
                          onKeyDown={keepEnterInDateField}
                          format="YYYY-MM-DD"
                          allowClear
                          style={{ width: '100%' }}
                          disabled={kinds[name] === 'report_due' && !form.getFieldValue(['phases', name, 'endsOn'])}
                          data-testid={`field-phases-${name}-endsOn`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2} style={{ textAlign: 'end' }}>
                      {/* the label-high spacer lines the button up with the fields on wide screens only */}
                      <Form.Item
                        label={wide ? ' ' : undefined}
                        colon={false}
                        style={wide ? undefined : { marginTop: -12, marginBottom: 8 }}
                      >
                        <Button
                          danger
                          type="text"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(name)}
                          aria-label={t('campaignForm.removePhase')}
                          title={t('campaignForm.removePhase')}
                          data-testid={`phase-remove-${name}`}
                        >
                          {wide ? null : t('campaignForm.removePhase')}
                        </Button>
                      </Form.Item>
                    </Col>
                  </Row>
                  {mine.map((p) => (
                    <Typography.Paragraph
                      key={p.code + p.field}
                      type="danger"
                      style={{ marginTop: -12, marginBottom: 8 }}
                    >
                      {text(p)}
                    </Typography.Paragraph>
                  ))}
                </div>
              );
            })}
            {listProblems.map((p) => (
              <Typography.Paragraph key={p.code} type="danger">
                {text(p)}
              </Typography.Paragraph>
            ))}
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block data-testid="phase-add">
                  {t('campaignForm.addPhase')}
                </Button>
              </Col>
              <Col xs={24} md={12}>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ kind: 'report_due', endsOn: null })}
                  block
                  data-testid="phase-add-report-due"
                >
                  {t('campaignForm.addReportDue')}
                </Button>
              </Col>
            </Row>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('campaignForm.reportDueHint')}
            </Typography.Paragraph>
          </>
        )}
      </Form.List>
    </div>
  );
}
