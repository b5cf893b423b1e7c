/**
 * Pieces the detail pages share (demands and catalogue postings): load errors, status alerts, visibility,
 * contact.
 */
import { Alert, App, Card, Descriptions, Flex, Result, Select, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { postingVisibilities, type PostingVisibility } from '../api/catalogue-types';
import { errorMessage } from '../lib/errors';
import { LoadFailedResult } from './FormParts';
import { LinkButton } from './LinkButton';
import { LoginButton } from './ListParts';

/** The page of something the caller may not see (or that does not exist), or a failed load. */
export function DetailLoadError({
  error,
  signedIn,
  onRetry,
  texts,
  backTo,
}: {
  error: unknown;
  signedIn: boolean;
  onRetry: () => void;
  texts: { notFoundTitle: string; notFound: string; loginToView: string; login: string; back: string };
  backTo: string;
}) {
  const status = error instanceof ApiError ? error.status : 0;
  if (!signedIn && (status === 401 || status === 403)) {
    return (
      <Result
        status="403"
        title={texts.notFoundTitle}
        subTitle={texts.loginToView}
        extra={<LoginButton label={texts.login} />}
      />
    );
  }
  if (status === 404 || status === 403) {
    return (
      <Result
        status="404"
        title={texts.notFoundTitle}
        subTitle={texts.notFound}
        extra={
          <LinkButton type="primary" to={backTo}>
            {texts.back}
          </LinkButton>
        }
      />
    );
  }
  return <LoadFailedResult error={error} onRetry={onRetry} />;
}

/** A detail page while its data loads. */
export function DetailSkeleton() {
  return (
    <Card>
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  );
}

/**
 * The alerts over a detail page: for the owner, the rejection with its reason or the hint its status has;
 * for platform staff, the prompt to moderate what is submitted, with the moderation actions.
 */
export function StatusAlerts({
  status,
  owner,
  moderator,
  rejectionReason,
  hints,
  texts,
  moderationActions,
}: {
  status: string;
  owner: boolean;
  /** Platform staff, who moderate submitted postings. */
  moderator: boolean;
  rejectionReason: string | null;
  /** The owner's hint for each status that has one. */
  hints: Partial<Record<string, string>>;
  texts: { rejected: string; moderation: string };
  moderationActions: ReactNode;
}) {
  const hint = owner ? hints[status] : undefined;
  return (
    <>
      {owner && status === 'rejected' ? (
        <Alert
          type="error"
          showIcon
          title={texts.rejected}
          description={rejectionReason || undefined}
          style={{ marginBottom: 16 }}
          data-testid="rejection-reason"
        />
      ) : null}
      {hint ? <Alert type="info" showIcon title={hint} style={{ marginBottom: 16 }} /> : null}
      {moderator && status === 'submitted' ? (
        <Alert
          type="warning"
          showIcon
          title={texts.moderation}
          style={{ marginBottom: 16 }}
          action={moderationActions}
        />
      ) : null}
    </>
  );
}

/** The owner's 可见范围 switch (POST …/visibility). */
export function VisibilityCard({
  title,
  value,
  onSet,
  hint,
  testId,
}: {
  title: string;
  value: PostingVisibility;
  /** Sends the change; a thrown error is shown as a message. */
  onSet: (visibility: PostingVisibility) => Promise<void>;
  hint: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const change = async (visibility: PostingVisibility) => {
    if (visibility === value) return;
    setBusy(true);
    try {
      await onSet(visibility);
      void message.success(t('posting.detail.visibilityChanged'));
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={title}>
      <Flex vertical gap={8}>
        <Typography.Text strong id={`${testId}-label`}>
          {t('posting.visibility')}
        </Typography.Text>
        <Select<PostingVisibility>
          value={value}
          onChange={(next) => void change(next)}
          options={postingVisibilities.map((item) => ({
            value: item,
            label: t(`posting.visibilities.${item}`),
          }))}
          loading={busy}
          disabled={busy}
          aria-labelledby={`${testId}-label`}
          data-testid={testId}
        />
        {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
      </Flex>
    </Card>
  );
}

/** A contact's name, phone and email, those given. */
export function ContactDescriptions({
  contact,
}: {
  contact: { name?: string | null; phone?: string | null; email?: string | null };
}) {
  const { t } = useTranslation();
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="contact"
      items={[
        ...(contact.name ? [{ key: 'name', label: t('posting.contactName'), children: contact.name }] : []),
        ...(contact.phone
          ? [
              {
                key: 'phone',
                label: t('posting.contactPhone'),
                children: <a href={`tel:${contact.phone}`}>{contact.phone}</a>,
              },
            ]
          : []),
        ...(contact.email
          ? [
              {
                key: 'email',
                label: t('posting.contactEmail'),
                children: <a href={`mailto:${contact.email}`}>{contact.email}</a>,
              },
            ]
          : []),
      ]}
    />
  );
}
