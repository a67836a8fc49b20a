/**
 * A sub-item's evidence: stored photos/PDFs as thumbnails, photos waiting to upload (taken
 * offline) marked as such, and two pickers — the camera (capture) and a file (photo or PDF).
 */
import { useEffect, useMemo, useRef } from 'react';
import { Button, Flex, Image, Typography } from 'antd';
import { CameraOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_ACCEPT } from '../../../components/files/files';
import { FileThumb, THUMB, ThumbFrame } from '../../../components/files/FileThumb';
import type { PendingPhoto } from '../../../lib/pending-photos';

const MAX_EVIDENCE = 30;

function PendingThumb({ photo, onRemove, testId }: { photo: PendingPhoto; onRemove?: () => void; testId: string }) {
  const { t } = useTranslation();
  const url = useMemo(() => URL.createObjectURL(photo.blob), [photo.blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <ThumbFrame onRemove={onRemove} removeTestId={`${testId}-remove`} testId={testId} badge={t('survey.photoPending')}>
      {photo.type.startsWith('image/') ? (
        <Image src={url} width={THUMB} height={THUMB} style={{ objectFit: 'cover' }} preview={false} alt={photo.name} />
      ) : (
        <Typography.Text style={{ fontSize: 10, padding: 2, wordBreak: 'break-all' }}>{photo.name}</Typography.Text>
      )}
    </ThumbFrame>
  );
}

interface Props {
  subItemKey: string;
  fileIds: ReadonlyArray<string>;
  pending: ReadonlyArray<PendingPhoto>;
  editable: boolean;
  onAdd: (files: File[]) => void;
  onRemove: (fileId: string) => void;
  onDiscardPending: (id: string) => void;
}

export function EvidencePhotos({ subItemKey, fileIds, pending, editable, onAdd, onRemove, onDiscardPending }: Props) {
  const { t } = useTranslation();
  const cameraRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const full = fileIds.length + pending.length >= MAX_EVIDENCE;
  const pick = (input: HTMLInputElement | null) => {
    const files = input?.files ? [...input.files] : [];
    if (input) input.value = '';
    if (files.length) onAdd(files.slice(0, MAX_EVIDENCE - fileIds.length - pending.length));
  };
  if (!editable && fileIds.length === 0) return null;
  return (
    <Flex
      gap={6}
      wrap
      align="center"
      data-testid={`survey-photos-${subItemKey}`}
      data-count={fileIds.length}
      data-pending={pending.length}
    >
      {fileIds.map((id, i) => (
        <FileThumb
          key={id}
          fileId={id}
          testId={`survey-photo-${subItemKey}-${i}`}
          onRemove={editable ? () => onRemove(id) : undefined}
          removeTestId={`survey-photo-${subItemKey}-${i}-remove`}
        />
      ))}
      {pending.map((p, i) => (
        <PendingThumb
          key={p.id}
          photo={p}
          testId={`survey-photo-pending-${subItemKey}-${i}`}
          onRemove={editable ? () => onDiscardPending(p.id) : undefined}
        />
      ))}
      {editable ? (
        <>
          <input
            ref={cameraRef}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            onChange={(e) => pick(e.currentTarget)}
            data-testid={`survey-photo-camera-${subItemKey}`}
          />
          <input
            ref={fileRef}
            type="file"
            accept={EVIDENCE_ACCEPT}
            multiple
            hidden
            onChange={(e) => pick(e.currentTarget)}
            data-testid={`survey-photo-input-${subItemKey}`}
          />
          <Button size="small" icon={<CameraOutlined />} disabled={full} onClick={() => cameraRef.current?.click()}>
            {t('survey.takePhoto')}
          </Button>
          <Button size="small" icon={<PaperClipOutlined />} disabled={full} onClick={() => fileRef.current?.click()}>
            {t('survey.attachFile')}
          </Button>
        </>
      ) : null}
    </Flex>
  );
}
