/**
 * Signing out clears this browser's stored data (the server answers with Clear-Site-Data), and with
 * it survey drafts not yet synced and photos not yet uploaded. When there are any, the user is told
 * how many and chooses: stay and sync first (the default), or sign out and discard them.
 */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../../lib/session';
import { browserStorage, countUnsyncedDrafts } from '../../../lib/survey-draft';
import { countAllPending } from '../../../lib/pending-photos';

export function useConfirmedLogout() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const logout = useLogout();
  const signOut = async () => {
    const drafts = countUnsyncedDrafts(browserStorage());
    const photos = await countAllPending();
    if (drafts === 0 && photos === 0) {
      logout.mutate();
      return;
    }
    modal.confirm({
      title: t('auth.unsyncedTitle'),
      // name only what is pending: "1 draft not synced", not "…, 0 photos not uploaded"
      content: t('auth.unsyncedText', {
        what: [
          drafts ? t('auth.unsyncedDrafts', { count: drafts }) : null,
          photos ? t('auth.unsyncedPhotos', { count: photos }) : null,
        ]
          .filter(Boolean)
          .join(t('auth.unsyncedJoin')),
      }),
      okText: t('auth.logoutAnyway'),
      okButtonProps: { danger: true },
      cancelText: t('auth.stayToSync'),
      autoFocusButton: 'cancel',
      onOk: () => logout.mutate(),
    });
  };
  return { signOut: () => void signOut(), isPending: logout.isPending };
}
