/**
 * 000 §二(5): an enterprise already certified that held this year's internal audit and management review has them
 * verified by its expert instead — the two dates, the evidence and a note; the checker's name shows once done.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ManagementReviewOverview } from '../../../../../contracts/management-review';
import type { UploadedFile } from '../../../../../contracts/files';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { EVIDENCE_ACCEPT, fileUrl, uploadParticipationFile } from '../../../components/files/files';
import { Field } from '../../../components/FormField';
import { useVerifyCertified } from '../api/management-review';

export function CertifiedVerification({
  participationId,
  overview,
}: {
  participationId: string;
  overview: ManagementReviewOverview;
}) {
  const { t } = useTranslation();
  const verify = useVerifyCertified();
  const [auditOn, setAuditOn] = useState<string | null>(null);
  const [reviewOn, setReviewOn] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const v = overview.verification;
  if (!overview.certifiedEnterprise && !v) return null;
  return (
    <Card size="small" title={t('managementReview.verification')} data-testid="review-verification">
      {v ? (
        <Flex vertical gap={8}>
          <Alert type="success" showIcon title={t('managementReview.verified', { name: v.checkedByName })} />
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'a', label: t('managementReview.auditOn'), children: v.auditOn },
              { key: 'r', label: t('managementReview.reviewOn'), children: v.reviewOn },
              { key: 'n', label: t('managementReview.note'), children: v.note || t('common.none') },
              {
                key: 'e',
                label: t('managementReview.evidence'),
                children: (
                  <Flex gap={8} wrap>
                    {v.evidenceFileIds.map((id, i) => (
                      <Typography.Link key={id} href={fileUrl(id)} target="_blank">
                        <PaperClipOutlined /> {t('internalAudit.evidenceFile', { n: i + 1 })}
                      </Typography.Link>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        </Flex>
      ) : overview.mayVerify ? (
        <Flex vertical gap={12} data-testid="verification-form">
          <Typography.Text type="secondary">{t('managementReview.verificationHint')}</Typography.Text>
          {verify.isError || uploadError ? (
            <Alert
              type="error"
              showIcon
              title={errorText(verify.error ?? uploadError)}
              data-testid="verification-error"
            />
          ) : null}
          <Flex gap={12} wrap>
            <Field label={t('managementReview.auditOn')} width={170} required>
              <DateInput value={auditOn} onChange={setAuditOn} testId="verification-audit-on" />
            </Field>
            <Field label={t('managementReview.reviewOn')} width={170} required>
              <DateInput value={reviewOn} onChange={setReviewOn} testId="verification-review-on" />
            </Field>
          </Flex>
          <Field label={t('managementReview.evidence')} required>
            <Flex gap={8} wrap align="center">
              <Upload
                accept={EVIDENCE_ACCEPT}
                showUploadList={false}
                customRequest={({ file }) => {
                  setUploading(true);
                  setUploadError(null);
                  uploadParticipationFile(participationId, 'operation_record', file as File)
                    .then((f) => setFiles((list) => [...list, f]))
                    .catch(setUploadError)
                    .finally(() => setUploading(false));
                }}
              >
                <Button size="small" icon={<UploadOutlined />} loading={uploading} data-testid="verification-upload">
                  {t('internalAudit.upload')}
                </Button>
              </Upload>
              {files.map((f) => (
                <Typography.Text key={f.id} data-user-text>
                  <PaperClipOutlined /> {f.fileName}
                </Typography.Text>
              ))}
            </Flex>
          </Field>
          <Field label={t('managementReview.note')}>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              data-testid="verification-note"
            />
          </Field>
          <div>
            <Button
              type="primary"
              loading={verify.isPending}
              disabled={uploading}
              data-testid="verification-save"
              onClick={() =>
                verify.mutate({
                  params: { id: participationId },
                  body: {
                    auditOn: auditOn ?? '',
                    reviewOn: reviewOn ?? '',
                    evidenceFileIds: files.map((f) => f.id),
                    note,
                    version: overview.participationVersion,
                  },
                })
              }
            >
              {t('managementReview.verify')}
            </Button>
          </div>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('managementReview.verificationHint')}</Typography.Text>
      )}
    </Card>
  );
}
