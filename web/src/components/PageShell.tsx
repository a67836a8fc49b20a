/** A page: title row (with optional back link and extra actions) above its content. */
import type { ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface PageShellProps {
  title: ReactNode;
  subtitle?: ReactNode;
  backTo?: string;
  extra?: ReactNode;
  children: ReactNode;
}

export function PageShell({ title, subtitle, backTo, extra, children }: PageShellProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap={16}>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }} wrap>
          {backTo ? (
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate(backTo)}
            />
          ) : null}
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle}
        </Flex>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {children}
    </Flex>
  );
}
