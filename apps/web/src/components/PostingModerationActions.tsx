import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostingDetail, PostingSummary } from '../api/catalogue-types';
import type { AnyCatalogueKind } from '../catalogue/kind';
import { errorMessage } from '../lib/errors';
import { ReasonModal } from './ReasonModal';

const REASON_MAX = 500;

/** 通过 / 驳回 of a submitted catalogue posting of any kind, for platform moderators and admins. */
export function PostingModerationActions({
  kind,
  item,
  onDone,
  size,
}: {
  kind: AnyCatalogueKind;
  item: PostingSummary;
  onDone: (updated: PostingSummary & PostingDetail) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [publishing, setPublishing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const title = kind.label(item);

  const publish = async () => {
    setPublishing(true);
    try {
      const updated = await kind.api.publish(item.id);
      void message.success(t('posting.review.published', { title }));
      onDone(updated);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setPublishing(false);
    }
  };

  const reject = async (reason: string | undefined) => {
    const updated = await kind.api.reject(item.id, reason ?? '');
    void message.success(t('posting.review.rejected', { title }));
    setRejecting(false);
    onDone(updated);
  };

  return (
    <Space>
      <Button
        type="primary"
        size={size}
        icon={<CheckOutlined />}
        loading={publishing}
        onClick={() => void publish()}
        data-testid="posting-publish"
      >
        {t('posting.review.publish')}
      </Button>
      <Button
        danger
        size={size}
        icon={<CloseOutlined />}
        disabled={publishing}
        onClick={() => setRejecting(true)}
        data-testid="posting-reject"
      >
        {t('posting.review.reject')}
      </Button>
      <ReasonModal
        open={rejecting}
        name={`reject-${kind.name}`}
        title={t('posting.review.rejectTitle', { title })}
        label={t('posting.review.reason')}
        placeholder={t('posting.review.reasonPlaceholder')}
        okText={t('posting.review.reject')}
        required
        requiredMessage={t('posting.review.reasonRequired')}
        max={REASON_MAX}
        tooLongMessage={t('posting.form.tooLong', { max: REASON_MAX })}
        okTestId="posting-reject-confirm"
        onSubmit={reject}
        onClose={() => setRejecting(false)}
      />
    </Space>
  );
}
