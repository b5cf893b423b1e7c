import { EditOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostingDetail, PostingStatus, PostingSummary } from '../api/catalogue-types';
import type { AnyCatalogueKind } from '../catalogue/kind';
import { errorMessage } from '../lib/errors';
import { LinkButton } from './LinkButton';

/** The owner's workflow steps allowed from each status (mirrors the server's transitions). */
export const canSubmitPosting = (status: PostingStatus) =>
  status === 'draft' || status === 'rejected' || status === 'archived';
export const canArchivePosting = (status: PostingStatus) => status !== 'archived';
export const canEditPosting = (status: PostingStatus) =>
  status === 'draft' || status === 'rejected' || status === 'published';

type Step = 'submit' | 'archive';

/** The owner's buttons on any catalogue posting: edit, submit for review, archive. */
export function PostingOwnerActions<D extends PostingSummary & PostingDetail>({
  kind,
  item,
  onChange,
}: {
  kind: AnyCatalogueKind;
  item: D;
  onChange: (next: D) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Step | null>(null);

  const run = async (step: Step) => {
    setBusy(step);
    try {
      const updated = (await kind.api[step](item.id)) as D;
      void message.success(t(step === 'submit' ? 'posting.detail.submitted' : 'posting.detail.archived'));
      onChange(updated);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(null);
    }
  };

  const { status } = item;
  return (
    <Space wrap>
      {canEditPosting(status) ? (
        <LinkButton icon={<EditOutlined />} to={`${kind.route}/${item.id}/edit`} data-testid="posting-edit">
          {t('posting.detail.edit')}
        </LinkButton>
      ) : null}
      {canSubmitPosting(status) ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={busy === 'submit'}
          disabled={busy === 'archive'}
          onClick={() => void run('submit')}
          data-testid="posting-submit"
        >
          {t('posting.detail.submit')}
        </Button>
      ) : null}
      {canArchivePosting(status) ? (
        <Popconfirm
          title={t('posting.detail.archiveConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('archive')}
        >
          <Button
            icon={<InboxOutlined />}
            loading={busy === 'archive'}
            disabled={busy === 'submit'}
            data-testid="posting-archive"
          >
            {t('posting.detail.archive')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
