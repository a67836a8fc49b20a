/** "记录启动会": date, place, attendees and materials of the kick-off meeting (003 §6.4). */
import { Alert, App, Button, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../components/ErrorAlert';
import { useRecordKickOff } from '../api/campaign-write';
import { keepEnterInDateField } from '../../../components/date-keys';

interface KickOffValues {
  heldOn?: Dayjs | null;
  place?: string;
  attendees?: string;
  materials?: string;
}

export function KickOffDialog({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<KickOffValues>();
  const record = useRecordKickOff();

  const submit = (v: KickOffValues) =>
    record.mutate(
      {
        params: { id: campaignId },
        body: {
          heldOn: (v.heldOn ?? dayjs()).format('YYYY-MM-DD'),
          place: (v.place ?? '').trim(),
          attendees: (v.attendees ?? '').trim(),
          ...(v.materials?.trim() ? { materials: v.materials.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('kickOff.saved'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('kickOff.add')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={record.isPending}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={record.isPending}
          onClick={() => form.submit()}
          data-testid="kickoff-submit"
        >
          {t('common.save')}
        </Button>,
      ]}
      destroyOnHidden
      mask={{ closable: !record.isPending }}
    >
      {record.isError ? (
        <Alert type="error" showIcon title={errorText(record.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<KickOffValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={record.isPending}
        data-testid="kickoff-form"
      >
        <Form.Item
          name="heldOn"
          label={t('kickOff.heldOn')}
          rules={[{ required: true, message: t('dialog.dateRequired') }]}
        >
          <DatePicker
            onKeyDown={keepEnterInDateField}
            format="YYYY-MM-DD"
            style={{ width: '100%' }}
            data-testid="field-heldOn"
          />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('kickOff.place')}
          rules={[{ required: true, whitespace: true, message: t('kickOff.placeRequired') }]}
        >
          <Input maxLength={200} data-testid="field-place" />
        </Form.Item>
        <Form.Item
          name="attendees"
          label={t('kickOff.attendees')}
          rules={[{ required: true, whitespace: true, message: t('kickOff.attendeesRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder={t('kickOff.attendeesPlaceholder')}
            data-testid="field-attendees"
          />
        </Form.Item>
        <Form.Item name="materials" label={t('kickOff.materials')}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder={t('kickOff.materialsPlaceholder')}
            data-testid="field-materials"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
