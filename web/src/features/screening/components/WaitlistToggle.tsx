/** 列入候补: a screened enterprise kept for a place that frees up (bureau; version-checked). */
import { App, Flex, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { errorText } from '../../../components/ErrorAlert';
import { useSetWaitlisted } from '../api/screening';
import { participations } from '../../../../../contracts/participations';
import { queryKeyOf } from '../../../lib/api-query';

interface Props {
  participationId: string;
  /** The participation's version (not the screening's). */
  version: number;
  waitlisted: boolean;
  editable: boolean;
}

export function WaitlistToggle({ participationId, version, waitlisted, editable }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const setWaitlisted = useSetWaitlisted(participationId);

  if (!editable)
    return waitlisted ? (
      <Tag color="purple" data-testid="waitlist-tag">
        {t('screening.waitlisted')}
      </Tag>
    ) : null;
  return (
    <Flex gap={8} align="center">
      <Switch
        checked={waitlisted}
        loading={setWaitlisted.isPending}
        onChange={(checked) =>
          setWaitlisted.mutate(
            { params: { id: participationId }, body: { waitlisted: checked, version } },
            {
              onSuccess: () => void message.success(checked ? t('screening.waitlistOn') : t('screening.waitlistOff')),
              onError: (error) => {
                if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
                  void message.warning(t('error.versionConflict'));
                  void queryClient.invalidateQueries({
                    queryKey: queryKeyOf(participations.detail, { params: { id: participationId } }),
                  });
                } else void message.error(errorText(error));
              },
            },
          )
        }
        data-testid="waitlist-toggle"
        data-checked={String(waitlisted)}
      />
      <Typography.Text>{t('screening.waitlist')}</Typography.Text>
    </Flex>
  );
}
