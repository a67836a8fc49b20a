/** The side navigation: one entry per page the acting role may read. */
import { Menu } from 'antd';
import {
  BarChartOutlined,
  AlertOutlined,
  AuditOutlined,
  SendOutlined,
  FileWordOutlined,
  CheckSquareOutlined,
  FlagOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  ReadOutlined,
  ShopOutlined,
  TableOutlined,
  TeamOutlined,
  ApartmentOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '../../../domain/access/roles.js';
import { navFor, type NavKey } from './navigation';

const ICONS: Record<NavKey, ReactNode> = {
  campaigns: <FlagOutlined />,
  participations: <ShopOutlined />,
  training: <ReadOutlined />,
  statistics: <TableOutlined />,
  stageReports: <SendOutlined />,
  dashboard: <BarChartOutlined />,
  selfEvaluation: <FileWordOutlined />,
  cases: <TrophyOutlined />,
  bodies: <SafetyCertificateOutlined />,
  experts: <IdcardOutlined />,
  evaluation: <CheckSquareOutlined />,
  impartiality: <AlertOutlined />,
  audit: <AuditOutlined />,
  organizations: <ApartmentOutlined />,
  users: <TeamOutlined />,
  colleagues: <UsergroupAddOutlined />,
};

export function NavMenu({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = navFor(role);
  const selected = entries.find((e) => pathname === e.path || pathname.startsWith(`${e.path}/`));
  const label = (key: NavKey) =>
    key === 'participations' && role === 'enterprise_contact' ? t('nav.ownFile') : t(`nav.${key}`);

  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      style={{ borderInlineEnd: 'none' }}
      items={entries.map((e) => ({
        key: e.path,
        icon: ICONS[e.key],
        label: <span data-testid={`nav-${e.key}`}>{label(e.key)}</span>,
      }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
