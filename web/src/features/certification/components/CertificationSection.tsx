/**
 * 认证 on the 一企一档 page (optional; 002 step 9, 003 §6.9.9): the enterprise's application to a body of its choice,
 * the certificates with their next surveillance or recertification (跟踪监督, overdue flagged), the body's record of
 * each surveillance held, and the certificate an enterprise already certified holds.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificationOverview } from '../../../../../contracts/certification';
import {
  CERTIFICATION_STANDARD,
  SURVEILLANCE_RESULTS,
  type SurveillanceResult,
} from '../../../../../domain/certification/certification.js';
import { DateInput } from '../../../components/DateInput';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { Field } from '../../../components/FormField';
import {
  useApplyForCertification,
  useCertification,
  useRecordExistingCertificate,
  useRecordSurveillance,
} from '../api/certification';

type Certificate = CertificationOverview['certificates'][number];

function ApplicationCard({ participationId, overview }: { participationId: string; overview: CertificationOverview }) {
  const { t } = useTranslation();
  const apply = useApplyForCertification();
  const [bodyId, setBodyId] = useState<string | undefined>();
  const a = overview.application;
  if (!a && !overview.mayApply) return null;
  return (
    <Card size="small" title={t('certification.application')} data-testid="certification-application">
      {a ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'b', label: t('certification.body'), children: <span data-user-text>{a.bodyName}</span> },
            { key: 's', label: t('certification.standard'), children: a.standard },
            { key: 'd', label: t('certification.appliedOn'), children: a.appliedOn },
          ]}
        />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('certification.applyHint')}</Typography.Text>
          {apply.isError ? <Alert type="error" showIcon title={errorText(apply.error)} /> : null}
          <Flex gap={12} wrap align="end">
            <Field label={t('certification.body')} width={320} required>
              <Select
                value={bodyId}
                onChange={setBodyId}
                showSearch
                optionFilterProp="label"
                options={overview.bodies.map((b) => ({ value: b.id, label: b.name }))}
                data-testid="certification-body"
              />
            </Field>
            <Field label={t('certification.standard')} width={200}>
              <Input value={CERTIFICATION_STANDARD} disabled />
            </Field>
            <Button
              type="primary"
              disabled={!bodyId}
              loading={apply.isPending}
              data-testid="certification-apply"
              onClick={() =>
                apply.mutate({
                  params: { id: participationId },
                  body: { bodyId: bodyId!, standard: CERTIFICATION_STANDARD },
                })
              }
            >
              {t('certification.apply')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}

function SurveillanceForm({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const record = useRecordSurveillance();
  const [heldOn, setHeldOn] = useState<string | null>(null);
  const [result, setResult] = useState<SurveillanceResult | undefined>();
  const [note, setNote] = useState('');
  return (
    <Flex vertical gap={8} data-testid="surveillance-form">
      {record.isError ? <Alert type="error" showIcon title={errorText(record.error)} /> : null}
      <Flex gap={12} wrap align="end">
        <Field label={t('certification.heldOn')} width={170} required>
          <DateInput value={heldOn} onChange={setHeldOn} testId="surveillance-held-on" />
        </Field>
        <Field label={t('certification.result')} width={170} required>
          <Select
            value={result}
            onChange={setResult}
            options={SURVEILLANCE_RESULTS.map((r) => ({ value: r, label: t(`surveillanceResult.${r}`) }))}
            data-testid="surveillance-result"
          />
        </Field>
        <Field label={t('certification.note')} width={320}>
          <Input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <Button
          type="primary"
          disabled={!heldOn || !result}
          loading={record.isPending}
          data-testid="surveillance-save"
          onClick={() =>
            record.mutate(
              { params: { id: participationId }, body: { heldOn: heldOn!, result: result!, note } },
              {
                onSuccess: () => {
                  setHeldOn(null);
                  setResult(undefined);
                  setNote('');
                },
              },
            )
          }
        >
          {t('certification.recordSurveillance')}
        </Button>
      </Flex>
    </Flex>
  );
}

function CertificateCard({
  participationId,
  certificate: c,
  mayRecord,
}: {
  participationId: string;
  certificate: Certificate;
  mayRecord: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t(`certification.kind.${c.kind}`)}
      extra={
        <Flex gap={4}>
          <Tag color={c.status === 'valid' ? 'success' : 'default'}>{t(`certificateStatus.${c.status}`)}</Tag>
          {c.overdue ? (
            <Tag color="warning" data-testid="surveillance-overdue">
              {t('implementation.overdueShort.surveillance_overdue')}
            </Tag>
          ) : null}
        </Flex>
      }
      data-testid={`certificate-${c.kind}`}
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'n', label: t('certification.number'), children: <span data-user-text>{c.certificateNumber}</span> },
            { key: 'b', label: t('certification.body'), children: <span data-user-text>{c.bodyName || '—'}</span> },
            { key: 's', label: t('certification.standard'), children: c.standard },
            { key: 'i', label: t('certification.issuedOn'), children: c.issuedOn },
            { key: 'e', label: t('certification.expiresOn'), children: c.expiresOn },
            {
              key: 'd',
              label: c.nextKind ? t(`certification.next.${c.nextKind}`) : t('certification.next.surveillance'),
              children: c.nextDueOn ?? '—',
            },
            {
              key: 'sc',
              label: t('certification.scope'),
              span: 3,
              children: <span data-user-text>{c.scope || '—'}</span>,
            },
          ]}
        />
        {c.kind === 'issued' ? (
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('certification.surveillances')}</Typography.Text>
            {c.surveillances.length === 0 ? (
              <Typography.Text type="secondary">{t('certification.noSurveillance')}</Typography.Text>
            ) : (
              c.surveillances.map((s) => (
                <Typography.Text key={s.heldOn}>
                  {s.heldOn} · {t(`surveillanceResult.${s.result}`)}
                  {s.note ? <span data-user-text> · {s.note}</span> : null}
                </Typography.Text>
              ))
            )}
            <Typography.Text type="secondary">{t('certification.surveillanceRule')}</Typography.Text>
            {mayRecord && c.status !== 'withdrawn' ? <SurveillanceForm participationId={participationId} /> : null}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}

function ExistingCertificateForm({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const record = useRecordExistingCertificate();
  const [number, setNumber] = useState('');
  const [bodyName, setBodyName] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(null);
  const [expiresOn, setExpiresOn] = useState<string | null>(null);
  const [nextAuditOn, setNextAuditOn] = useState<string | null>(null);
  return (
    <Card size="small" title={t('certification.existingTitle')} data-testid="existing-certificate-form">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('certification.existingHint')}</Typography.Text>
        {record.isError ? <Alert type="error" showIcon title={errorText(record.error)} /> : null}
        <Flex gap={12} wrap>
          <Field label={t('certification.number')} width={220} required>
            <Input value={number} maxLength={64} onChange={(e) => setNumber(e.target.value)} />
          </Field>
          <Field label={t('certification.body')} width={260} required>
            <Input value={bodyName} maxLength={100} onChange={(e) => setBodyName(e.target.value)} />
          </Field>
          <Field label={t('certification.issuedOn')} width={170} required>
            <DateInput value={issuedOn} onChange={setIssuedOn} testId="existing-issued-on" />
          </Field>
          <Field label={t('certification.expiresOn')} width={170} required>
            <DateInput value={expiresOn} onChange={setExpiresOn} testId="existing-expires-on" />
          </Field>
          <Field label={t('certification.nextAuditOn')} width={200} required>
            <DateInput value={nextAuditOn} onChange={setNextAuditOn} testId="existing-next-audit-on" />
          </Field>
        </Flex>
        <div>
          <Button
            type="primary"
            loading={record.isPending}
            data-testid="existing-save"
            onClick={() =>
              record.mutate({
                params: { id: participationId },
                body: {
                  certificateNumber: number,
                  bodyName,
                  issuedOn: issuedOn ?? '',
                  expiresOn: expiresOn ?? '',
                  nextAuditOn: nextAuditOn ?? '',
                },
              })
            }
          >
            {t('certification.recordExisting')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}

export function CertificationSection({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const query = useCertification(participationId);
  if (query.isPending) return null; // the file page shows its sections as they come
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const overview = query.data;
  const nothing =
    !overview.application && overview.certificates.length === 0 && !overview.mayApply && !overview.mayRecordExisting;
  return (
    <Flex vertical gap={12} data-testid="certification-section">
      <Typography.Text type="secondary">{t('certification.intro')}</Typography.Text>
      {nothing ? (
        <Typography.Text type="secondary" data-testid="certification-none">
          {t('certification.none')}
        </Typography.Text>
      ) : null}
      <ApplicationCard participationId={participationId} overview={overview} />
      {overview.certificates.map((c) => (
        <CertificateCard
          key={c.kind}
          participationId={participationId}
          certificate={c}
          mayRecord={overview.mayRecordSurveillance}
        />
      ))}
      {overview.mayRecordExisting ? <ExistingCertificateForm participationId={participationId} /> : null}
    </Flex>
  );
}
