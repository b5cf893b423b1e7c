import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import { ReasonModal } from './ReasonModal';
import { schemaRules } from '../api/generated/rules';

const REASON_MAX = schemaRules.RejectPostingDto.reason.maxLength;

/**
 * 通过 / 驳回 of anything waiting for review (a demand, an achievement…), for platform moderators and
 * admins. `ns` names the strings, `testId` the prefix of the buttons' data-testid.
 */
export function ModerationActions<T>({
  title,
  ns,
  testId,
  publish,
  reject,
  onDone,
  size,
}: {
  title: string;
  ns: 'demandReview' | 'posting.review';
  testId: string;
  publish: () => Promise<T>;
  reject: (reason: string) => Promise<T>;
  onDone: (updated: T) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [publishing, setPublishing] = useState(false);
  const [rejecting, setRejecting] = useState(false);

  const approve = async () => {
    setPublishing(true);
    try {
      const updated = await publish();
      void message.success(t(`${ns}.published`, { title }));
      onDone(updated);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setPublishing(false);
    }
  };

  const refuse = async (reason: string | undefined) => {
    const updated = await reject(reason ?? '');
    void message.success(t(`${ns}.rejected`, { title }));
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
        onClick={() => void approve()}
        data-testid={`${testId}-publish`}
      >
        {t(`${ns}.publish`)}
      </Button>
      <Button
        danger
        size={size}
        icon={<CloseOutlined />}
        disabled={publishing}
        onClick={() => setRejecting(true)}
        data-testid={`${testId}-reject`}
      >
        {t(`${ns}.reject`)}
      </Button>
      <ReasonModal
        open={rejecting}
        name={`reject-${testId}`}
        title={t(`${ns}.rejectTitle`, { title })}
        label={t(`${ns}.reason`)}
        placeholder={t(`${ns}.reasonPlaceholder`)}
        okText={t(`${ns}.reject`)}
        required
        requiredMessage={t(`${ns}.reasonRequired`)}
        max={REASON_MAX}
        tooLongMessage={t(`${ns}.reasonTooLong`, { max: REASON_MAX })}
        okTestId={`${testId}-reject-confirm`}
        onSubmit={refuse}
        onClose={() => setRejecting(false)}
      />
    </Space>
  );
}
