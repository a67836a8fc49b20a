/** 优秀案例: the library for every signed-in user; a bureau's review queue and targets beside it. */
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { cases } from '../../../../contracts/cases';
import { PageShell } from '../../components/PageShell';
import { useMayCall } from '../../lib/session';
import { CaseLibrary } from '../../features/cases/components/CaseLibrary';
import { CaseReview, CaseTargetsView } from '../../features/cases/components/CaseReview';

export default function CasesPage() {
  const { t } = useTranslation();
  const reviewer = useMayCall(cases.reviewQueue);
  const items = [
    ...(reviewer
      ? [
          { key: 'review', label: t('cases.review'), children: <CaseReview /> },
          { key: 'targets', label: t('cases.targets'), children: <CaseTargetsView /> },
        ]
      : []),
    { key: 'library', label: t('cases.library'), children: <CaseLibrary /> },
  ];
  return (
    <PageShell title={t('cases.pageTitle')}>
      <Tabs items={items} data-testid="cases-tabs" />
    </PageShell>
  );
}
