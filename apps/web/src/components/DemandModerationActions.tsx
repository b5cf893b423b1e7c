import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demandsApi } from '../api/demands';
import type { Demand } from '../api/types';
import { errorMessage } from '../lib/errors';
import { ReasonModal } from './ReasonModal';

const REASON_MAX = 500;

/** 通过 / 驳回 of a submitted demand, for platform moderators and admins. */
export function DemandModerationActions({
  demand,
  onDone,
  size,
}: {
  demand: { id: string; title: string };
  onDone: (updated: Demand) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [publishing, setPublishing] = useState(false);
  const [rejecting, setRejecting] = useState(false);

  const publish = async () => {
    setPublishing(true);
    try {
      const updated = await demandsApi.publish(demand.id);
      void message.success(t('demandReview.published', { title: demand.title }));
      onDone(updated);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setPublishing(false);
    }
  };

  const reject = async (reason: string | undefined) => {
    const updated = await demandsApi.reject(demand.id, reason ?? '');
    void message.success(t('demandReview.rejected', { title: demand.title }));
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
        data-testid="demand-publish"
      >
        {t('demandReview.publish')}
      </Button>
      <Button
        danger
        size={size}
        icon={<CloseOutlined />}
        disabled={publishing}
        onClick={() => setRejecting(true)}
        data-testid="demand-reject"
      >
        {t('demandReview.reject')}
      </Button>
      <ReasonModal
        open={rejecting}
        name="reject-demand"
        title={t('demandReview.rejectTitle', { title: demand.title })}
        label={t('demandReview.reason')}
        placeholder={t('demandReview.reasonPlaceholder')}
        okText={t('demandReview.reject')}
        required
        requiredMessage={t('demandReview.reasonRequired')}
        max={REASON_MAX}
        tooLongMessage={t('demandReview.reasonTooLong', { max: REASON_MAX })}
        okTestId="demand-reject-confirm"
        onSubmit={reject}
        onClose={() => setRejecting(false)}
      />
    </Space>
  );
}
