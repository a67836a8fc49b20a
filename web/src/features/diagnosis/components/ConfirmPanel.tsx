/**
 * The enterprise confirms the report it read (003 §6.5.8, Annex B.1): the signer and their
 * capacity, online or by uploading the signed and sealed B.1 scan, after ticking that it has read
 * the opinions. The digest of the report shown is what is confirmed.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Input, Radio, Select, Typography } from 'antd';
import { PaperClipOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import type { DiagnosisView } from '../../../../../contracts/diagnosis';
import type { UploadedFile } from '../../../../../contracts/files';
import { type ParticipationDetail, participations } from '../../../../../contracts/participations';
import { queryKeyOf } from '../../../lib/api-query';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { EVIDENCE_ACCEPT, uploadParticipationFile } from '../../../components/files/files';
import { FileThumb } from '../../../components/files/FileThumb';
import { diagnosisKey, useConfirmDiagnosis } from '../api/diagnosis';

type Capacity = 'legal_representative' | 'authorized_representative';
type Method = 'online' | 'scan';

export function ConfirmPanel({ detail, diagnosis }: { detail: ParticipationDetail; diagnosis: DiagnosisView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const confirm = useConfirmDiagnosis(detail.id);
  const [signerName, setSignerName] = useState(detail.enterprise.legalRepresentative ?? '');
  const [capacity, setCapacity] = useState<Capacity>('legal_representative');
  const [method, setMethod] = useState<Method>('online');
  const [scan, setScan] = useState<UploadedFile | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [read, setRead] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    uploadParticipationFile(detail.id, 'diagnosis_scan', file)
      .then(setScan)
      .catch((e: unknown) => setUploadError(errorText(e)))
      .finally(() => setUploading(false));
  };

  const ready = read && signerName.trim() !== '' && (method === 'online' || scan !== null);
  const submit = () =>
    confirm.mutate(
      {
        params: { id: detail.id },
        body: {
          reportId: diagnosis.id,
          digest: diagnosis.digest,
          method,
          signerName: signerName.trim(),
          signerCapacity: capacity,
          scanFileId: method === 'scan' ? scan?.id : undefined,
          version: detail.version,
        },
      },
      {
        onError: (e) => {
          // the report or the file moved on: show the latest
          if (e instanceof ApiError && e.status === 409) {
            void queryClient.invalidateQueries({ queryKey: diagnosisKey(detail.id) });
            void queryClient.invalidateQueries({
              queryKey: queryKeyOf(participations.detail, { params: { id: detail.id } }),
            });
          }
        },
      },
    );

  return (
    <Card
      size="small"
      type="inner"
      title={
        <span>
          <SafetyCertificateOutlined /> {t('diagnosis.confirmTitle')}
        </span>
      }
      data-testid="diagnosis-confirm-panel"
    >
      <Flex vertical gap={10}>
        <Typography.Text type="secondary">{t('diagnosis.confirmHint')}</Typography.Text>
        <Flex gap={8} wrap>
          <Flex vertical gap={2} style={{ flex: '1 1 160px' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('diagnosis.signerName')}
            </Typography.Text>
            <Input
              value={signerName}
              onChange={(e) => setSignerName(e.target.value)}
              maxLength={50}
              aria-label={t('diagnosis.signerName')}
              data-testid="diagnosis-signer-name"
            />
          </Flex>
          <Flex vertical gap={2} style={{ flex: '1 1 160px' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('diagnosis.signerCapacity')}
            </Typography.Text>
            <Select
              value={capacity}
              onChange={setCapacity}
              options={(['legal_representative', 'authorized_representative'] as const).map((c) => ({
                value: c,
                label: t(`diagnosis.capacity_${c}`),
              }))}
              aria-label={t('diagnosis.signerCapacity')}
              data-testid="diagnosis-signer-capacity"
            />
          </Flex>
        </Flex>
        <Radio.Group value={method} onChange={(e) => setMethod(e.target.value as Method)}>
          <Radio value="online" data-testid="diagnosis-method-online">
            {t('diagnosis.method_online')}
          </Radio>
          <Radio value="scan" data-testid="diagnosis-method-scan">
            {t('diagnosis.method_scan')}
          </Radio>
        </Radio.Group>
        {method === 'scan' ? (
          <Flex gap={8} align="center" wrap>
            <input
              ref={input}
              type="file"
              accept={EVIDENCE_ACCEPT}
              hidden
              onChange={(e) => {
                upload(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
              data-testid="diagnosis-scan-input"
            />
            <Button
              icon={<PaperClipOutlined />}
              loading={uploading}
              onClick={() => input.current?.click()}
              data-testid="diagnosis-scan-upload"
            >
              {scan ? t('diagnosis.scanReplace') : t('diagnosis.scanUpload')}
            </Button>
            {scan ? (
              <Flex gap={6} align="center" data-testid="diagnosis-scan-file">
                <FileThumb fileId={scan.id} />
                <Typography.Text>{scan.fileName}</Typography.Text>
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('diagnosis.scanHint')}</Typography.Text>
            )}
          </Flex>
        ) : null}
        {uploadError ? <Alert type="error" showIcon title={uploadError} /> : null}
        <Checkbox checked={read} onChange={(e) => setRead(e.target.checked)} data-testid="diagnosis-read">
          {t('diagnosis.readAndConfirm')}
        </Checkbox>
        {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
        <div>
          <Button
            type="primary"
            disabled={!ready}
            loading={confirm.isPending}
            onClick={submit}
            data-testid="diagnosis-confirm"
          >
            {t('diagnosis.confirm')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
