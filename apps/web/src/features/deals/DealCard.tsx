import { App, Button, Card, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dealsApi, dealStages, type Deal } from './api';
import { DealEditModal } from './DealEditModal';
import { DealHistory, describeTerms } from './DealHistory';
import { errorMessage } from '../../lib/errors';
import { formatDay, formatNumber } from '../../lib/format';
import { DealStageModal } from './DealStageModal';
import { ReasonModal } from '../../components/ReasonModal';

/** The status a viewer reads first: 待确认 to the side that has not confirmed, then the deal's own status. */
function StatusTag({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  if (deal.status === 'disputed') return <Tag color="red">{t('deals.disputed')}</Tag>;
  if (deal.awaitingViewer) return <Tag color="orange">{t('deals.awaitingUs')}</Tag>;
  if (deal.status === 'pending') return <Tag color="blue">{t('deals.awaitingThem')}</Tag>;
  return <Tag color="green">{t('deals.confirmedByBoth')}</Tag>;
}

/** One deal as a party sees it, with what the party may do now: confirm, dispute, move the stage. */
export function DealCard({ deal, onChange }: { deal: Deal; onChange: (deal: Deal) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [disputing, setDisputing] = useState(false);
  const [staging, setStaging] = useState(false);
  const side = deal.viewerSide;
  const counterpart = side === 'seller' ? deal.buyer : deal.seller;
  const sideName = (s: 'buyer' | 'seller') => t(`deals.sides.${s}`);
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      onChange(await dealsApi.confirm(deal.id, deal.version));
      void message.success(t('deals.done'));
    } catch (cause) {
      void message.error(t('deals.actionFailed', { error: errorMessage(cause, t) }));
    } finally {
      setBusy(false);
    }
  };
  // A terminated deal shows the last stage it reached, marked as failed.
  const current = Math.max(
    ...dealStages.slice(0, 5).map((stage, index) => (deal.stageDates[stage] ? index : 0)),
  );

  return (
    <Card
      data-testid="deal"
      size="small"
      title={
        <Space wrap>
          <Typography.Text strong>{deal.projectName}</Typography.Text>
          <Tag>{t(`deals.kinds.${deal.kind}`)}</Tag>
          <StatusTag deal={deal} />
          {deal.counts ? <Tag color="success">{t('deals.counts')}</Tag> : null}
        </Space>
      }
      extra={
        <Space>
          {deal.actions.confirm ? (
            <Button
              type="primary"
              size="small"
              loading={busy}
              onClick={() => void confirm()}
              data-testid="deal-confirm"
            >
              {deal.pendingChange ? t('deals.confirmChange') : t('deals.confirm')}
            </Button>
          ) : null}
          {deal.actions.edit ? (
            <Button size="small" onClick={() => setEditing(true)} data-testid="deal-edit">
              {deal.status === 'confirmed' ? t('deals.proposeChange') : t('deals.edit')}
            </Button>
          ) : null}
          {deal.actions.stage ? (
            <Button size="small" onClick={() => setStaging(true)} data-testid="deal-stage">
              {t('deals.moveStage')}
            </Button>
          ) : null}
          {deal.actions.dispute ? (
            <Button size="small" danger onClick={() => setDisputing(true)} data-testid="deal-dispute">
              {t('deals.dispute')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('deals.counterpartLabel')}>
          {counterpart.name}
          {side ? (
            <Typography.Text type="secondary">
              （{t('deals.mySide', { side: sideName(side) })}）
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('deals.fields.contractValueWan')}>
          {formatNumber(deal.contractValueWan)}
          {deal.techTransactionWan !== null
            ? `（${t('deals.techValue', { value: formatNumber(deal.techTransactionWan) })}）`
            : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('deals.fields.signedOn')}>{formatDay(deal.signedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('deals.fields.ipType')}>
          {t(`deals.ipTypes.${deal.ipType}`)}
        </Descriptions.Item>
        {deal.registrationNumber ? (
          <Descriptions.Item label={t('deals.fields.registrationNumber')}>
            {deal.registrationNumber}
          </Descriptions.Item>
        ) : null}
        {deal.source ? (
          <Descriptions.Item label={t(`deals.sources.${deal.source.type}`)}>
            {t(`deals.categories.${deal.category}`)}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {deal.dispute ? (
        <Typography.Paragraph type="danger" data-testid="deal-dispute-reason">
          {t('deals.disputeBy', { side: sideName(deal.dispute.by), reason: deal.dispute.reason })}
        </Typography.Paragraph>
      ) : null}
      {deal.pendingChange ? (
        <Typography.Paragraph type="warning">
          {t('deals.pendingChange', {
            side: sideName(deal.pendingChange.by),
            changes: describeTerms(t, deal.pendingChange.terms),
          })}
        </Typography.Paragraph>
      ) : null}
      <Steps
        size="small"
        current={current}
        status={deal.stage === 'terminated' ? 'error' : deal.stage === 'completed' ? 'finish' : 'process'}
        items={dealStages.slice(0, 5).map((stage) => ({
          title: t(`deals.stages.${stage}`),
          description: deal.stageDates[stage] ? formatDay(deal.stageDates[stage]) : undefined,
        }))}
      />
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0, marginTop: 8 }}
        onClick={() => setShowHistory((shown) => !shown)}
        data-testid="deal-history-toggle"
      >
        {showHistory ? t('deals.hideHistory') : t('deals.showHistory')}
      </Button>
      {showHistory ? <DealHistory dealId={deal.id} version={deal.version} /> : null}
      {editing ? (
        <DealEditModal
          deal={deal}
          onDone={(next) => {
            setEditing(false);
            onChange(next);
            void message.success(next.pendingChange ? t('deals.proposed') : t('deals.edited'));
          }}
          onClose={() => setEditing(false)}
        />
      ) : null}
      <ReasonModal
        open={disputing}
        name="deal-dispute"
        title={t('deals.disputeTitle')}
        label={t('deals.disputeReason')}
        okText={t('deals.dispute')}
        required
        requiredMessage={t('deals.disputeRequired')}
        max={1000}
        tooLongMessage={t('deals.disputeTooLong')}
        okTestId="deal-dispute-ok"
        onSubmit={async (reason) => {
          onChange(await dealsApi.dispute(deal.id, reason ?? ''));
          setDisputing(false);
        }}
        onClose={() => setDisputing(false)}
      />
      {staging ? (
        <DealStageModal
          deal={deal}
          onDone={(next) => {
            setStaging(false);
            onChange(next);
          }}
          onClose={() => setStaging(false)}
        />
      ) : null}
    </Card>
  );
}
