/**
 * The images and charts of a case under one part (003 Annex D.2 可附图片、图表): upload (JPEG or PNG, which the Word
 * document embeds), the caption, thumbnails, remove and move up/down. Figures are kept as one ordered list for the
 * whole case; moving one swaps it with its neighbour in the same part. Captions do not count toward the 2,000.
 */
import { useState } from 'react';
import { Button, Flex, Image, Input, Typography, Upload } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { cases, type CaseView } from '../../../../../contracts/cases';
import { urlOf } from '../../../lib/api-client';
import {
  FIGURE_CAPTION_LIMIT,
  FIGURE_MIMES,
  MAX_CASE_FIGURES,
  figureLabel,
  moveFigure,
  numberedFigures,
  type CaseFigure,
} from '../../../../../domain/cases/case-figures.js';
import type { CasePart } from '../../../../../domain/cases/case-text.js';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FileThumb } from '../../../components/files/FileThumb';
import { uploadParticipationFile } from '../../../components/files/files';

export function CaseFiguresEditor(props: {
  participationId: string;
  part: CasePart;
  figures: CaseFigure[];
  onChange: (figures: CaseFigure[]) => void;
}) {
  const { t } = useTranslation();
  const { part, figures, onChange } = props;
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const numbers = new Map(numberedFigures(figures).map((f) => [f.index, f.number]));
  const mine = figures.flatMap((f, index) => (f.part === part ? [{ ...f, index }] : []));
  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid={`case-images-${part}`}>
      {mine.map((f, k) => (
        <Flex key={`${f.fileId}-${f.index}`} gap={8} align="center" wrap data-testid={`case-image-${part}-${k}`}>
          <FileThumb fileId={f.fileId} />
          <Typography.Text type="secondary">
            {t('cases.images.number', { number: numbers.get(f.index) })}
          </Typography.Text>
          <Input
            style={{ flex: '1 1 200px' }}
            value={f.caption}
            maxLength={FIGURE_CAPTION_LIMIT}
            showCount
            status={f.caption.trim() ? undefined : 'warning'}
            placeholder={t('cases.images.captionPlaceholder')}
            aria-label={t('cases.images.caption')}
            data-testid={`case-image-caption-${part}-${k}`}
            onChange={(e) => onChange(figures.map((x, i) => (i === f.index ? { ...x, caption: e.target.value } : x)))}
          />
          <Button
            icon={<ArrowUpOutlined />}
            disabled={k === 0}
            aria-label={t('cases.images.up')}
            onClick={() => onChange(moveFigure(figures, f.index, -1))}
          />
          <Button
            icon={<ArrowDownOutlined />}
            disabled={k === mine.length - 1}
            aria-label={t('cases.images.down')}
            onClick={() => onChange(moveFigure(figures, f.index, 1))}
          />
          <Button
            data-testid={`case-image-remove-${part}-${k}`}
            onClick={() => onChange(figures.filter((_, i) => i !== f.index))}
          >
            {t('cases.images.remove')}
          </Button>
        </Flex>
      ))}
      {figures.length < MAX_CASE_FIGURES ? (
        <Upload
          accept={FIGURE_MIMES.join(',')}
          showUploadList={false}
          customRequest={({ file }) => {
            setUploading(true);
            setError(null);
            uploadParticipationFile(props.participationId, 'case_figure', file as File)
              .then((u) => onChange([...figures, { fileId: u.id, part, caption: '' }]))
              .catch(setError)
              .finally(() => setUploading(false));
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={uploading} data-testid={`case-image-add-${part}`}>
            {t('cases.images.add')}
          </Button>
        </Upload>
      ) : (
        <Typography.Text type="secondary">{t('cases.images.max', { max: MAX_CASE_FIGURES })}</Typography.Text>
      )}
      {error ? <ErrorAlert error={error} /> : null}
    </Flex>
  );
}

/**
 * The figures of one part as read: the image across the column, 图N and the caption centred below. The image comes
 * through the case (`cases.figure`), so a library reader outside the enterprise's scope sees it too.
 */
export function CaseFiguresView({ view, part }: { view: CaseView; part: CasePart }) {
  const mine = view.figures.filter((f) => f.part === part).sort((a, b) => a.number - b.number);
  if (mine.length === 0) return null;
  return (
    <Flex vertical gap={12} style={{ margin: '8px 0' }}>
      {mine.map((f) => (
        <figure key={f.number} style={{ margin: 0, textAlign: 'center' }} data-testid={`case-figure-${f.number}`}>
          <Image
            src={urlOf(cases.figure, { params: { id: view.id, number: f.number } })}
            alt={f.caption}
            width="100%"
            style={{ maxWidth: 640, height: 'auto' }}
          />
          <figcaption>
            <Typography.Text data-user-text>{figureLabel(f.number, f.caption)}</Typography.Text>
          </figcaption>
        </figure>
      ))}
    </Flex>
  );
}
