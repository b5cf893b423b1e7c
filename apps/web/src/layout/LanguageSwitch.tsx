import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

/** One button that toggles between 中文 and English; the label names the language you switch to. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      aria-label={t('language.switchLabel')}
      title={t('language.switchLabel')}
      lang={next}
      onClick={() => void changeLanguage(next)}
    >
      {compact ? (
        <span className="dj-visually-hidden">{t('language.switchTo')}</span>
      ) : (
        t('language.switchTo')
      )}
    </Button>
  );
}
