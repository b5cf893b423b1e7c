import { Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from './LinkButton';

/** Stands in for a posting's edit form while the posting loads. */
export function FormSkeleton() {
  return (
    <Card>
      <Skeleton active paragraph={{ rows: 10 }} />
    </Card>
  );
}

/**
 * Why a posting's edit form is not shown: the caller may not edit it (403, `forbidden`), or may but not in
 * its status now (`notEditable`); with the way back to the posting.
 */
export function NotEditableResult({
  canEdit,
  notEditable,
  forbidden,
  backTo,
}: {
  canEdit: boolean;
  notEditable: string;
  forbidden: string;
  backTo: string;
}) {
  const { t } = useTranslation();
  return (
    <Result
      status={canEdit ? 'warning' : '403'}
      title={canEdit ? notEditable : t('admin.forbiddenTitle')}
      subTitle={canEdit ? undefined : forbidden}
      extra={
        <LinkButton type="primary" to={backTo}>
          {t('common.back')}
        </LinkButton>
      }
    />
  );
}
