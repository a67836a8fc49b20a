/** One button toggling zh-CN ⇄ en-US; its label names the other language. */
import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../lib/i18n';

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const toggle = () => void setLanguage(currentLanguage() === 'zh-CN' ? 'en-US' : 'zh-CN');
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      onClick={toggle}
      data-testid="lang-switch"
      data-lang={currentLanguage()}
      aria-label={t('lang.switchHint')}
      title={t('lang.switchHint')}
    >
      {compact ? null : t('lang.switchTo')}
    </Button>
  );
}
