/** The signed-in shell: header, side navigation (a drawer on phones), demo banner, page outlet. */
import { Suspense, useState } from 'react';
import { Drawer, Grid, Layout } from 'antd';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { activeMembership, useSession } from '../lib/session';
import { DemoBanner } from '../components/DemoBanner';
import { FullPageSpin } from '../components/FullPageSpin';
import { HeaderBar } from './HeaderBar';
import { NavMenu } from './NavMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const desktop = screens.md ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const session = useSession().data;
  const membership = activeMembership(session);
  if (!session || !membership) return <FullPageSpin />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <DemoBanner />
      <Layout.Header style={{ padding: 0, height: 'auto', lineHeight: 'normal', background: 'transparent' }}>
        <HeaderBar session={session} membership={membership} desktop={desktop} onOpenMenu={() => setDrawerOpen(true)} />
      </Layout.Header>
      <Layout hasSider={desktop}>
        {desktop ? (
          <Layout.Sider
            theme="light"
            width={208}
            breakpoint="lg"
            collapsedWidth={64}
            style={{ borderInlineEnd: '1px solid #e8ecf1' }}
          >
            <NavMenu role={membership.role} />
          </Layout.Sider>
        ) : (
          <Drawer
            open={drawerOpen}
            placement="left"
            size={260}
            title={t('nav.menu')}
            onClose={() => setDrawerOpen(false)}
            styles={{ body: { padding: 0 } }}
          >
            <NavMenu role={membership.role} onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content className="uplift-content">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
