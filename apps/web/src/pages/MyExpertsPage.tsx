import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/LinkButton';
import MyCataloguePage from './MyCataloguePage';

/** 本会专家: the society's expert profiles in every status, with the bulk import at hand. */
export default function MyExpertsPage() {
  const { t } = useTranslation();
  return (
    <MyCataloguePage
      kind="expert"
      extra={
        <LinkButton icon={<UploadOutlined />} to="/experts/import" data-testid="expert-import-link">
          {t('expert.import')}
        </LinkButton>
      }
    />
  );
}
