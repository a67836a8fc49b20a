/** 认证提升工作小组 (003 §6.7.2.1): the current team, its changes, and the form that records a new version. */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, List, Modal, Radio, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImplementationOverview, SaveTeamRequest } from '../../../../../contracts/implementation';
import { errorText } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useSaveTeam } from '../api/implementation';

interface TeamForm {
  leaderName: string;
  leaderPost?: string;
  isTopManager: boolean;
  delegationReason?: string;
  members: Array<{ name: string; role: string; post?: string; department?: string }>;
}

function TeamDialog(props: { participationId: string; overview: ImplementationOverview; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTeam(props.participationId);
  const [form] = Form.useForm<TeamForm>();
  const team = props.overview.team;
  const isTopManager = Form.useWatch('isTopManager', form);
  const submit = (v: TeamForm) => {
    const body: SaveTeamRequest = {
      leader: {
        name: v.leaderName,
        post: v.leaderPost ?? null,
        isTopManager: v.isTopManager,
        delegationReason: v.isTopManager ? null : (v.delegationReason ?? null),
      },
      members: (v.members ?? []).map((m) => ({
        name: m.name ?? '',
        role: m.role ?? '',
        post: m.post ?? null,
        department: m.department ?? null,
      })),
    };
    save.mutate({ params: { id: props.participationId }, body }, { onSuccess: props.onClose });
  };
  return (
    <Modal
      open
      title={team ? t('implementation.team.edit') : t('implementation.team.record')}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('implementation.team.save')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'team-save' }}
      width={720}
    >
      {save.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorText(save.error)}
          style={{ marginBottom: 16 }}
          data-testid="team-error"
        />
      ) : null}
      <Form<TeamForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          leaderName: team?.leader.name ?? '',
          leaderPost: team?.leader.post ?? '',
          isTopManager: team?.leader.isTopManager ?? true,
          delegationReason: team?.leader.delegationReason ?? '',
          members: team?.members.map((m) => ({
            name: m.name,
            role: m.role,
            post: m.post ?? '',
            department: m.department ?? '',
          })) ?? [{ name: '', role: '' }],
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="leaderName" label={t('implementation.team.leaderName')} rules={[{ required: true }]}>
            <Input data-testid="team-leader-name" maxLength={60} />
          </Form.Item>
          <Form.Item name="leaderPost" label={t('implementation.team.leaderPost')}>
            <Input data-testid="team-leader-post" maxLength={60} />
          </Form.Item>
        </Flex>
        <Form.Item name="isTopManager" label={t('implementation.team.leaderKind')}>
          <Radio.Group
            data-testid="team-leader-kind"
            options={[
              { value: true, label: t('implementation.team.topManager') },
              { value: false, label: t('implementation.team.delegate') },
            ]}
          />
        </Form.Item>
        {isTopManager === false ? (
          <Form.Item
            name="delegationReason"
            label={t('implementation.team.delegationReason')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="team-delegation-reason" />
          </Form.Item>
        ) : null}
        <Typography.Text strong>{t('implementation.team.members')}</Typography.Text>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} wrap align="start" data-testid={`team-member-${i}`}>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                    <Input
                      placeholder={t('implementation.team.memberName')}
                      maxLength={60}
                      data-testid={`team-member-${i}-name`}
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                    <Input
                      placeholder={t('implementation.team.memberRole')}
                      maxLength={60}
                      data-testid={`team-member-${i}-role`}
                      style={{ width: 130 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'post']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('implementation.team.memberPost')} maxLength={60} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'department']} style={{ marginBottom: 0 }}>
                    <Input
                      placeholder={t('implementation.team.memberDepartment')}
                      maxLength={60}
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('implementation.team.removeMember')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', role: '' })}
                data-testid="team-member-add"
                style={{ alignSelf: 'flex-start' }}
              >
                {t('implementation.team.addMember')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export function TeamCard({ participationId, overview }: { participationId: string; overview: ImplementationOverview }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const team = overview.team;
  return (
    <Card
      size="small"
      title={t('implementation.team.title')}
      data-testid="team-card"
      extra={
        overview.may.writeTeam ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="team-edit">
            {team ? t('implementation.team.edit') : t('implementation.team.record')}
          </Button>
        ) : null
      }
    >
      {team ? (
        <Flex vertical gap={8}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'leader',
                label: t('implementation.team.leader'),
                children: (
                  <Flex gap={6} wrap>
                    <span data-testid="team-leader" data-user-text>
                      {team.leader.name}
                    </span>
                    {team.leader.post ? <Typography.Text type="secondary">{team.leader.post}</Typography.Text> : null}
                    <Tag color={team.leader.isTopManager ? 'blue' : 'gold'}>
                      {team.leader.isTopManager
                        ? t('implementation.team.topManager')
                        : t('implementation.team.delegate')}
                    </Tag>
                  </Flex>
                ),
              },
              ...(team.leader.delegationReason
                ? [
                    {
                      key: 'reason',
                      label: t('implementation.team.delegationReason'),
                      children: team.leader.delegationReason,
                    },
                  ]
                : []),
            ]}
          />
          <List
            size="small"
            header={<Typography.Text strong>{t('implementation.team.members')}</Typography.Text>}
            dataSource={team.members}
            data-testid="team-members"
            renderItem={(m) => (
              <List.Item>
                <Flex gap={8} wrap>
                  <Typography.Text>{m.name}</Typography.Text>
                  <Tag>{m.role}</Tag>
                  <Typography.Text type="secondary">
                    {[m.department, m.post].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('implementation.team.version', { version: team.version })} ·{' '}
            {t('implementation.team.recordedBy', { name: team.recordedByName, at: formatDateTime(team.recordedAt) })}
          </Typography.Text>
        </Flex>
      ) : (
        <Typography.Text type="secondary" data-testid="team-empty">
          {t('implementation.team.empty')}
        </Typography.Text>
      )}
      {editing ? (
        <TeamDialog participationId={participationId} overview={overview} onClose={() => setEditing(false)} />
      ) : null}
    </Card>
  );
}
