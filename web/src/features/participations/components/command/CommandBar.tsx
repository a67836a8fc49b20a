/** One button per command the acting role may try now; each opens its dialog. */
import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../../../../domain/lifecycle/transitions.js';
import type { ParticipationDetail } from '../../../../../../contracts/participations';
import { CommandDialog } from './CommandDialog';

const DANGER: ReadonlySet<Command> = new Set<Command>(['reject', 'withdraw']);
/** 003 §6.9: 已评价 comes from the panel leader's sign-off of the C.1 evaluation, never from a button here. */
const NOT_HERE: ReadonlySet<Command> = new Set<Command>(['evaluate']);

export function CommandBar({
  detail,
  screeningIneligible = false,
}: {
  detail: ParticipationDetail;
  /** The screening found the enterprise not eligible (the page reads it from the screening feature). */
  screeningIneligible?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Command | null>(null);
  const commands = detail.availableCommands.filter((c) => !NOT_HERE.has(c));
  return (
    <Card title={t('participation.actions')} size="small">
      {commands.length === 0 ? (
        <Typography.Text type="secondary">{t('participation.noActions')}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {commands.map((command) => (
            <Button
              key={command}
              type={DANGER.has(command) ? 'default' : 'primary'}
              danger={DANGER.has(command)}
              onClick={() => setOpen(command)}
              data-testid={`command-${command}`}
            >
              {t(`command.${command}`)}
            </Button>
          ))}
        </Flex>
      )}
      {open ? (
        <CommandDialog
          key={`${open}-${detail.version}`}
          command={open}
          detail={detail}
          screeningIneligible={screeningIneligible}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Card>
  );
}
