import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from './auth/AuthProvider';
import { AppRoutes } from './routes';

/**
 * Chinese pages take their punctuation (“”‘’) from a CJK font and English pages from a Latin one: the
 * first font in the list that has a glyph draws it, and CJK fonts draw those marks full width. The same
 * lists are on the body in styles.css.
 */
const FONT_FAMILY = {
  zh: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  en: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
};

const themeFor = (language: 'zh' | 'en') => ({
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#1554ad',
    colorInfo: '#1554ad',
    borderRadius: 6,
    fontFamily: FONT_FAMILY[language],
  },
  components: {
    Layout: { headerHeight: 64, headerPadding: '0 24px' },
  },
});
const THEMES = { zh: themeFor('zh'), en: themeFor('en') };

export function App() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={THEMES[english ? 'en' : 'zh']}>
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
