/**
 * Choose the mode (all rows or nothing / valid rows only), optionally only check, then pick the
 * file: it is sent at once with a progress bar. The same or another file may be sent again.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Checkbox, Flex, Progress, Radio, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RosterImportMode, RosterImportResult } from '../../../../../contracts/rosters';
import { errorText } from '../../../components/ErrorAlert';
import { useRosterImport } from '../api/rosters';

const MODES: RosterImportMode[] = ['all_or_nothing', 'valid_rows'];

export function RosterUpload({
  campaignId,
  onResult,
}: {
  campaignId: string;
  onResult: (result: RosterImportResult) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<RosterImportMode>('all_or_nothing');
  const [dryRun, setDryRun] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const upload = useRosterImport(campaignId);

  const send = (file: File) => {
    setFileName(file.name);
    setProgress(0);
    upload.mutate(
      { file, mode, dryRun, onProgress: setProgress },
      {
        onSuccess: onResult,
        onSettled: () => {
          // let the same file be chosen again (re-import)
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Text strong>{t('roster.mode')}</Typography.Text>
        <div style={{ marginTop: 6 }}>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value as RosterImportMode)}
            disabled={upload.isPending}
            data-testid="roster-mode"
          >
            <Flex vertical gap={4}>
              {MODES.map((m) => (
                <Radio key={m} value={m} data-testid={`roster-mode-${m}`}>
                  {t(`roster.mode_${m}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </div>
      </div>
      <Checkbox
        checked={dryRun}
        onChange={(e) => setDryRun(e.target.checked)}
        disabled={upload.isPending}
        data-testid="roster-dry-run"
      >
        {t('roster.dryRun')}
      </Checkbox>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) send(file);
        }}
        data-testid="roster-file"
      />
      <div>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          loading={upload.isPending}
          onClick={() => input.current?.click()}
          data-testid="roster-upload"
        >
          {t('roster.chooseFile')}
        </Button>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {t('roster.fileHint')}
        </Typography.Text>
      </div>
      {progress !== null ? (
        <div data-testid="roster-progress" data-percent={progress}>
          {fileName ? <Typography.Text type="secondary">{fileName}</Typography.Text> : null}
          <Progress
            percent={progress}
            status={upload.isError ? 'exception' : upload.isPending ? 'active' : 'success'}
            format={(p) => (upload.isPending && p === 100 ? t('roster.processing') : `${p ?? 0}%`)}
          />
        </div>
      ) : null}
      {upload.isError ? (
        <Alert type="error" showIcon title={errorText(upload.error)} data-testid="roster-upload-error" />
      ) : null}
    </Flex>
  );
}
