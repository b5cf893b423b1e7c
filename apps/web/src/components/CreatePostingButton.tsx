import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind } from '../catalogue/kind';
import { canCreate } from '../catalogue/permissions';
import { LinkButton } from './LinkButton';

/** 发布成果, 发布项目…: shown only when the acting organization's type may publish the kind. */
export function CreatePostingButton({ kind }: { kind: AnyCatalogueKind }) {
  const { t } = useTranslation();
  const { currentMembership } = useAuth();
  if (!canCreate(kind, currentMembership)) return null;
  return (
    <LinkButton type="primary" icon={<PlusOutlined />} to={`${kind.route}/new`} data-testid="posting-create">
      {t(`catalogue.${kind.name}.create`)}
    </LinkButton>
  );
}
