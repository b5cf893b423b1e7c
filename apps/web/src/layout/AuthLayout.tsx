import { Card } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';

/** Frame of the pages used signed out: sign in, sign up, password reset, invitation. */
export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <div className="dj-auth">
      <header className="dj-auth__bar">
        <Logo inverted />
        <LanguageSwitch />
      </header>
      <main className="dj-auth__main">
        <Card className="dj-auth__card" variant="borderless">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Card>
      </main>
      <footer className="dj-auth__footer">{t('app.footer', { year: new Date().getFullYear() })}</footer>
    </div>
  );
}
