import {
  CheckCircleOutlined,
  EditOutlined,
  PlayCircleOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demandsApi } from '../api/demands';
import type { Demand } from '../api/types';
import { canClose, canEditContent, canSolve, canStart, canSubmit } from '../lib/demands';
import { errorMessage } from '../lib/errors';
import { LinkButton } from './LinkButton';
import { ReasonModal } from './ReasonModal';
import { schemaRules } from '../api/generated/rules';

const REASON_MAX = schemaRules.CloseDemandDto.reason.maxLength;
type Step = 'submit' | 'start' | 'solve';

/** The owner's buttons: edit, and the workflow steps the demand's status allows. */
export function DemandOwnerActions({
  demand,
  onChange,
}: {
  demand: Demand;
  onChange: (next: Demand) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Step | null>(null);
  const [closing, setClosing] = useState(false);

  const run = async (step: Step) => {
    setBusy(step);
    try {
      const updated = await demandsApi[step](demand.id);
      const done = {
        submit: 'demandDetail.submitted',
        start: 'demandDetail.started',
        solve: 'demandDetail.solved',
      } as const;
      void message.success(t(done[step]));
      onChange(updated);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(null);
    }
  };

  const close = async (reason: string | undefined) => {
    const updated = await demandsApi.close(demand.id, reason);
    void message.success(t('demandDetail.closed'));
    setClosing(false);
    onChange(updated);
  };

  const { status } = demand;
  return (
    <Space wrap>
      {canEditContent(status) ? (
        <LinkButton icon={<EditOutlined />} to={`/demands/${demand.id}/edit`} data-testid="demand-edit">
          {t('demandDetail.edit')}
        </LinkButton>
      ) : null}
      {canSubmit(status) ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={busy === 'submit'}
          disabled={busy !== null && busy !== 'submit'}
          onClick={() => void run('submit')}
          data-testid="demand-submit"
        >
          {t('demandDetail.submit')}
        </Button>
      ) : null}
      {canStart(status) ? (
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          loading={busy === 'start'}
          disabled={busy !== null && busy !== 'start'}
          onClick={() => void run('start')}
          data-testid="demand-start"
        >
          {t('demandDetail.start')}
        </Button>
      ) : null}
      {canSolve(status) ? (
        <Popconfirm
          title={t('demandDetail.solveConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('solve')}
        >
          <Button
            icon={<CheckCircleOutlined />}
            loading={busy === 'solve'}
            disabled={busy !== null && busy !== 'solve'}
            data-testid="demand-solve"
          >
            {t('demandDetail.solve')}
          </Button>
        </Popconfirm>
      ) : null}
      {canClose(status) ? (
        <Button
          danger
          icon={<StopOutlined />}
          disabled={busy !== null}
          onClick={() => setClosing(true)}
          data-testid="demand-close"
        >
          {t('demandDetail.close')}
        </Button>
      ) : null}
      <ReasonModal
        open={closing}
        name="close-demand"
        title={t('demandDetail.closeTitle')}
        label={t('demandDetail.closeReason')}
        placeholder={t('demandDetail.closeReasonPlaceholder')}
        okText={t('demandDetail.close')}
        max={REASON_MAX}
        tooLongMessage={t('demandForm.tooLong', { max: REASON_MAX })}
        okTestId="demand-close-confirm"
        onSubmit={close}
        onClose={() => setClosing(false)}
      />
    </Space>
  );
}
