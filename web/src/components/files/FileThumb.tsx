/**
 * A stored file as a 64-px thumbnail: photos as images (tap to enlarge), anything else (a PDF) as
 * a file tile that downloads it. An optional remove button sits on the corner.
 */
import { useState, type CSSProperties, type ReactNode } from 'react';
import { Button, Image, Tooltip } from 'antd';
import { CloseOutlined, FileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { files } from '../../../../contracts/files';
import { useApiDownload } from '../../lib/download';
import { fileUrl } from './files';

export const THUMB = 64;

const tile: CSSProperties = {
  width: THUMB,
  height: THUMB,
  borderRadius: 6,
  border: '1px solid #e8ecf1',
  background: '#fafbfc',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  overflow: 'hidden',
  position: 'relative',
};

export function ThumbFrame({
  children,
  onRemove,
  removeTestId,
  testId,
  badge,
}: {
  children: ReactNode;
  onRemove?: () => void;
  removeTestId?: string;
  testId?: string;
  badge?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div style={tile} data-testid={testId}>
      {children}
      {badge ? (
        <div
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            bottom: 0,
            textAlign: 'center',
            fontSize: 10,
            background: 'rgba(250,173,20,0.9)',
            color: '#fff',
          }}
        >
          {badge}
        </div>
      ) : null}
      {onRemove ? (
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined style={{ fontSize: 10 }} />}
          onClick={onRemove}
          aria-label={t('common.remove')}
          data-testid={removeTestId}
          style={{
            position: 'absolute',
            top: 0,
            right: 0,
            width: 20,
            height: 20,
            minWidth: 20,
            padding: 0,
            background: 'rgba(255,255,255,0.85)',
          }}
        />
      ) : null}
    </div>
  );
}

export function FileThumb({
  fileId,
  onRemove,
  testId,
  removeTestId,
}: {
  fileId: string;
  onRemove?: () => void;
  testId?: string;
  removeTestId?: string;
}) {
  const { t } = useTranslation();
  const [notImage, setNotImage] = useState(false);
  const { download, pending } = useApiDownload();
  return (
    <ThumbFrame onRemove={onRemove} removeTestId={removeTestId} testId={testId}>
      {notImage ? (
        <Tooltip title={t('files.download')}>
          <Button
            type="text"
            icon={<FileOutlined style={{ fontSize: 24 }} />}
            loading={pending}
            onClick={() => download(files.download, { params: { id: fileId } }, 'file')}
            aria-label={t('files.download')}
          />
        </Tooltip>
      ) : (
        <Image
          src={fileUrl(fileId)}
          width={THUMB}
          height={THUMB}
          style={{ objectFit: 'cover' }}
          alt={t('files.photo')}
          onError={() => setNotImage(true)}
        />
      )}
    </ThumbFrame>
  );
}
