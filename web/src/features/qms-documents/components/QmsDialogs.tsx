/**
 * The register's dialogs (001 annex 体系建设; GB/T 19001-2016 7.5): a document by hand or from a starter outline, its
 * draft edited, its status moved (approval, effect, withdrawal), a new version, a clause declared not applicable.
 */
import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { QmsDocument, QmsRegister } from '../../../../../contracts/qms-documents';
import type { UploadedFile } from '../../../../../contracts/files';
import { DOCUMENT_LEVELS, nextRevision, type DocumentLevel } from '../../../../../domain/qms-documents/register.js';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { EVIDENCE_ACCEPT, uploadParticipationFile } from '../../../components/files/files';
import { today } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import {
  useAddQmsRevision,
  useChangeQmsStatus,
  useCopyOutline,
  useCreateQmsDocument,
  useEditQmsDocument,
  useRecordNonApplicability,
  useStarterOutlines,
} from '../api/qms-documents';

function FormDate(props: { value?: string | null; onChange?: (value: string | null) => void; testId: string }) {
  return (
    <DateInput value={props.value} onChange={(v) => props.onChange?.(v)} testId={props.testId} allowClear={false} />
  );
}

function Failure({ error }: { error: unknown }) {
  return error ? <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} /> : null;
}

/** The documents a new one may hang below: of a higher level (层级关联). */
function parentOptions(register: QmsRegister, level: DocumentLevel | undefined, self?: string) {
  const rank = level ? DOCUMENT_LEVELS.indexOf(level) : 0;
  return register.documents
    .filter((d) => d.id !== self && DOCUMENT_LEVELS.indexOf(d.level) < rank)
    .map((d) => ({ value: d.id, label: `${d.number} ${d.title}` }));
}

function FilePicker(props: {
  participationId: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  fileName?: string;
  onBusy: (busy: boolean) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.fileName ?? '');
  const [busy, setBusy] = useState(false);
  return (
    <Flex gap={8} align="center" wrap>
      <Upload
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          setBusy(true);
          props.onBusy(true);
          uploadParticipationFile(props.participationId, 'qms_document', file as File)
            .then((f: UploadedFile) => {
              setName(f.fileName);
              props.onChange?.(f.id);
            })
            .catch(props.onError)
            .finally(() => {
              setBusy(false);
              props.onBusy(false);
            });
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid="qms-upload">
          {t('qmsDocuments.upload')}
        </Button>
      </Upload>
      {props.value ? <Typography.Text type="secondary">{name}</Typography.Text> : null}
    </Flex>
  );
}

interface DocumentValues {
  number: string;
  title: string;
  level: DocumentLevel;
  parentId: string | null;
  clauses: string[];
  items: string[];
  outlineText: string;
  authorName: string;
  draftedOn: string | null;
  fileId: string | null;
  changeNote: string;
}

/** A document by hand (its first version's draft), or the draft of an existing one edited. */
export function DocumentDialog(props: {
  participationId: string;
  register: QmsRegister;
  document?: QmsDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const create = useCreateQmsDocument();
  const edit = useEditQmsDocument();
  const [form] = Form.useForm<DocumentValues>();
  const level = Form.useWatch('level', form);
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const doc = props.document;
  const draft = doc?.revisions.at(-1);
  const locked = doc ? !doc.particularsOpen : false;
  const mutation = doc ? edit : create;
  return (
    <Modal
      open
      title={doc ? t('qmsDocuments.editTitle', { number: doc.number }) : t('qmsDocuments.add')}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('qmsDocuments.save')}
      cancelText={t('qmsDocuments.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: mutation.isPending, disabled: busy, 'data-testid': 'qms-document-save' }}
      width={640}
    >
      <Failure error={mutation.error ?? uploadError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          number: doc?.number ?? '',
          title: doc?.title ?? '',
          level: doc?.level ?? 'procedure',
          parentId: doc?.parentId ?? null,
          clauses: doc?.clauses ?? [],
          items: doc?.items ?? [],
          outlineText: (doc?.outline ?? []).join('\n'),
          authorName: draft?.authorName ?? '',
          draftedOn: draft?.draftedOn ?? today(),
          fileId: draft?.file?.id ?? null,
          changeNote: draft?.changeNote ?? '',
        }}
        onFinish={(v) => {
          const body = {
            number: v.number,
            title: v.title,
            level: v.level,
            parentId: v.parentId ?? null,
            clauses: v.clauses ?? [],
            items: v.items ?? [],
            outline: (v.outlineText ?? '')
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
            authorName: v.authorName,
            draftedOn: v.draftedOn ?? '',
            fileId: v.fileId ?? null,
            changeNote: v.changeNote ?? '',
          };
          if (doc)
            edit.mutate(
              {
                params: { id: props.participationId, documentId: doc.id },
                body: { ...body, version: doc.version },
              },
              { onSuccess: props.onClose },
            );
          else
            create.mutate(
              { params: { id: props.participationId }, body: { ...body, revision: 'A/0' } },
              { onSuccess: props.onClose },
            );
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="number" label={t('qmsDocuments.number')} rules={[{ required: true }]}>
            <Input maxLength={40} disabled={locked} style={{ width: 140 }} data-testid="qms-number" />
          </Form.Item>
          <Form.Item name="level" label={t('qmsDocuments.level')} rules={[{ required: true }]}>
            <Select
              disabled={locked}
              style={{ width: 160 }}
              data-testid="qms-level"
              options={DOCUMENT_LEVELS.map((l) => ({ value: l, label: t(`qmsLevel.${l}`) }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('qmsDocuments.docTitle')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="qms-title" />
        </Form.Item>
        <Form.Item name="parentId" label={t('qmsDocuments.parent')}>
          <Select
            allowClear
            disabled={locked}
            options={parentOptions(props.register, level, doc?.id)}
            data-testid="qms-parent"
          />
        </Form.Item>
        <Form.Item name="clauses" label={t('qmsDocuments.clauses')}>
          <Select
            mode="multiple"
            data-testid="qms-clauses"
            optionFilterProp="label"
            options={props.register.coverage.clauses.map((c) => ({
              value: c.clause,
              label: `${c.clause} ${lang === 'en-US' ? c.en : c.zh}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="items" label={t('qmsDocuments.items')} extra={t('qmsDocuments.itemsHint')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={props.register.coverage.items
              .filter((i) => level === 'form' || i.kind === 'maintain')
              .map((i) => ({ value: i.item, label: `${i.citation} ${lang === 'en-US' ? i.en : i.zh}` }))}
          />
        </Form.Item>
        <Form.Item name="outlineText" label={t('qmsDocuments.outline')} extra={t('qmsDocuments.outlineHint')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="authorName" label={t('qmsDocuments.authorName')} rules={[{ required: true }]}>
            <Input maxLength={40} data-testid="qms-author" />
          </Form.Item>
          <Form.Item name="draftedOn" label={t('qmsDocuments.draftedOn')} rules={[{ required: true }]}>
            <FormDate testId="qms-drafted-on" />
          </Form.Item>
        </Flex>
        <Form.Item name="fileId" label={t('qmsDocuments.file')}>
          <FilePicker
            participationId={props.participationId}
            fileName={draft?.file?.fileName}
            onBusy={setBusy}
            onError={setUploadError}
          />
        </Form.Item>
        <Form.Item name="changeNote" label={t('qmsDocuments.changeNote')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A starter outline copied into the register as a draft. */
export function OutlineDialog(props: { participationId: string; register: QmsRegister; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const outlines = useStarterOutlines();
  const copy = useCopyOutline();
  const [form] = Form.useForm<{
    outlineKey: string;
    authorName: string;
    draftedOn: string | null;
    parentId: string | null;
  }>();
  const key = Form.useWatch('outlineKey', form);
  const chosen = outlines.data?.find((o) => o.key === key);
  return (
    <Modal
      open
      title={t('qmsDocuments.fromOutline')}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('qmsDocuments.copy')}
      cancelText={t('qmsDocuments.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: copy.isPending, 'data-testid': 'qms-outline-save' }}
    >
      <Failure error={copy.error ?? outlines.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ draftedOn: today(), parentId: null }}
        onFinish={(v) =>
          copy.mutate(
            {
              params: { id: props.participationId },
              body: {
                outlineKey: v.outlineKey,
                authorName: v.authorName,
                draftedOn: v.draftedOn ?? '',
                parentId: v.parentId ?? null,
              },
            },
            { onSuccess: props.onClose },
          )
        }
      >
        <Form.Item name="outlineKey" label={t('qmsDocuments.outlineKey')} rules={[{ required: true }]}>
          <Select
            data-testid="qms-outline"
            // every outline in the list (a person scrolls; no virtual window hiding the lower ones)
            virtual={false}
            loading={outlines.isPending}
            optionFilterProp="label"
            showSearch
            options={DOCUMENT_LEVELS.map((l) => ({
              label: t(`qmsLevel.${l}`),
              options: (outlines.data ?? [])
                .filter((o) => o.level === l)
                .map((o) => ({ value: o.key, label: lang === 'en-US' ? o.en : o.zh })),
            }))}
          />
        </Form.Item>
        {chosen ? (
          <Flex vertical gap={4} style={{ marginBottom: 16 }} data-testid="qms-outline-preview">
            <Typography.Text type="secondary">
              {t('qmsDocuments.outlineCovers', { clauses: chosen.clauses.join('、') || '—' })}
            </Typography.Text>
            <Typography.Text type="secondary">{chosen.headings.join(' · ')}</Typography.Text>
          </Flex>
        ) : null}
        <Form.Item name="parentId" label={t('qmsDocuments.parent')}>
          <Select allowClear options={parentOptions(props.register, chosen?.level)} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="authorName" label={t('qmsDocuments.authorName')} rules={[{ required: true }]}>
            <Input maxLength={40} data-testid="qms-outline-author" />
          </Form.Item>
          <Form.Item name="draftedOn" label={t('qmsDocuments.draftedOn')} rules={[{ required: true }]}>
            <FormDate testId="qms-outline-drafted-on" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

export type StatusTarget = 'approved' | 'draft' | 'effective' | 'obsolete';

/** The latest version moved: approved (by someone other than the author), sent back, made effective, withdrawn. */
export function StatusDialog(props: {
  participationId: string;
  document: QmsDocument;
  to: StatusTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeQmsStatus();
  const [form] = Form.useForm<{ approverName?: string; on: string | null }>();
  const latest = props.document.revisions.at(-1)!;
  return (
    <Modal
      open
      title={t(`qmsDocuments.statusTitle.${props.to}`, { number: props.document.number, revision: latest.revision })}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t(`qmsDocuments.action.${props.to}`)}
      cancelText={t('qmsDocuments.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: change.isPending, 'data-testid': 'qms-status-save' }}
    >
      <Failure error={change.error} />
      <Typography.Paragraph type="secondary">
        {props.document.title} · {t('qmsDocuments.authorLine', { name: latest.authorName, date: latest.draftedOn })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: today() }}
        onFinish={(v) => {
          const on = v.on ?? '';
          const body =
            props.to === 'approved'
              ? { to: props.to, approverName: v.approverName ?? '', approvedOn: on }
              : props.to === 'effective'
                ? { to: props.to, effectiveOn: on }
                : props.to === 'obsolete'
                  ? { to: props.to, obsoletedOn: on }
                  : { to: props.to };
          change.mutate(
            {
              params: { id: props.participationId, documentId: props.document.id },
              body: { ...body, version: props.document.version },
            },
            { onSuccess: props.onClose },
          );
        }}
      >
        {props.to === 'approved' ? (
          <Form.Item
            name="approverName"
            label={t('qmsDocuments.approverName')}
            extra={t('qmsDocuments.approverHint')}
            rules={[{ required: true }]}
          >
            <Input maxLength={40} data-testid="qms-approver" />
          </Form.Item>
        ) : null}
        {props.to === 'draft' ? (
          <Typography.Paragraph>{t('qmsDocuments.sendBackHint')}</Typography.Paragraph>
        ) : (
          <Form.Item name="on" label={t(`qmsDocuments.statusDate.${props.to}`)} rules={[{ required: true }]}>
            <FormDate testId="qms-status-on" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** A new version of a document in force (7.5.2): drafted from the version before, which stays in the history. */
export function RevisionDialog(props: { participationId: string; document: QmsDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddQmsRevision();
  const [form] = Form.useForm<{
    revision: string;
    authorName: string;
    draftedOn: string | null;
    changeNote: string;
    fileId: string | null;
  }>();
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const latest = props.document.revisions.at(-1)!;
  return (
    <Modal
      open
      title={t('qmsDocuments.reviseTitle', { number: props.document.number })}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('qmsDocuments.save')}
      cancelText={t('qmsDocuments.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: add.isPending, disabled: busy, 'data-testid': 'qms-revision-save' }}
    >
      <Failure error={add.error ?? uploadError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          revision: nextRevision(latest.revision, 'minor'),
          authorName: latest.authorName,
          draftedOn: today(),
          fileId: null,
        }}
        onFinish={(v) =>
          add.mutate(
            {
              params: { id: props.participationId, documentId: props.document.id },
              body: {
                revision: v.revision,
                authorName: v.authorName,
                draftedOn: v.draftedOn ?? '',
                changeNote: v.changeNote,
                fileId: v.fileId ?? null,
                version: props.document.version,
              },
            },
            { onSuccess: props.onClose },
          )
        }
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="revision"
            label={t('qmsDocuments.revision')}
            extra={t('qmsDocuments.revisionHint')}
            rules={[{ required: true }]}
          >
            <Input maxLength={8} style={{ width: 120 }} data-testid="qms-revision" />
          </Form.Item>
          <Form.Item name="authorName" label={t('qmsDocuments.authorName')} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="draftedOn" label={t('qmsDocuments.draftedOn')} rules={[{ required: true }]}>
            <FormDate testId="qms-revision-drafted-on" />
          </Form.Item>
        </Flex>
        <Form.Item name="changeNote" label={t('qmsDocuments.changeNote')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="qms-change-note" />
        </Form.Item>
        <Form.Item name="fileId" label={t('qmsDocuments.file')}>
          <FilePicker participationId={props.participationId} onBusy={setBusy} onError={setUploadError} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 4.3: a clause declared not applicable, with the reason. */
export function NonApplicabilityDialog(props: {
  participationId: string;
  clause: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordNonApplicability();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('qmsDocuments.naTitle', { clause: props.clause, title: props.title })}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('qmsDocuments.save')}
      cancelText={t('qmsDocuments.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: record.isPending, 'data-testid': 'qms-na-save' }}
    >
      <Failure error={record.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          record.mutate(
            { params: { id: props.participationId }, body: { clause: props.clause, reason: v.reason } },
            { onSuccess: props.onClose },
          )
        }
      >
        <Form.Item name="reason" label={t('qmsDocuments.naReason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="qms-na-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
