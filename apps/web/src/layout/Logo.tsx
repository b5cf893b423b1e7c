import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function Logo({ inverted = false, compact = false }: { inverted?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link
      to="/"
      className={inverted ? 'dj-logo dj-logo--inverted' : 'dj-logo'}
      aria-label={t('app.fullName')}
    >
      <span className="dj-logo__mark" aria-hidden="true">
        对接
      </span>
      {compact ? null : (
        <span className="dj-logo__text">
          <span className="dj-logo__name">Duijie</span>
          <span className="dj-logo__tagline">{t('app.tagline')}</span>
        </span>
      )}
    </Link>
  );
}
