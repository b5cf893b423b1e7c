import type { TFunction } from 'i18next';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  InboxOutlined,
  LockOutlined,
} from '@ant-design/icons';
import { Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostingStatus, PostingSummary } from '../api/catalogue-types';
import type { AnyCatalogueKind } from '../catalogue/kind';

const statusLook: Record<PostingStatus, { color: string; icon: ReactNode }> = {
  draft: { color: 'default', icon: <EditOutlined /> },
  submitted: { color: 'gold', icon: <ClockCircleOutlined /> },
  rejected: { color: 'red', icon: <CloseCircleOutlined /> },
  published: { color: 'green', icon: <CheckCircleOutlined /> },
  archived: { color: 'default', icon: <InboxOutlined /> },
};

/** The review status of a catalogue posting (成果, 项目, 金融产品, 专家). */
export function PostingStatusTag({ status }: { status: PostingStatus }) {
  const { t } = useTranslation();
  const look = statusLook[status] ?? statusLook.draft;
  return (
    <Tag color={look.color} icon={look.icon} data-testid="posting-status">
      {t(`posting.statuses.${status}`)}
    </Tag>
  );
}

/** The 🔒 mark of a confidential posting. */
export function PostingConfidentialTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" icon={<LockOutlined />} data-testid="posting-confidential">
      {t('posting.confidentialTag')}
    </Tag>
  );
}

/** Technology field names as tags (named in the UI language by the API). */
export function FieldTags({ codes, names }: { codes: readonly string[]; names: readonly string[] }) {
  return (
    <>
      {names.map((name, index) => (
        <Tag key={codes[index] ?? name} variant="filled">
          {name}
        </Tag>
      ))}
    </>
  );
}

/** A wrapping row of plain tags, e.g. transfer modes or stages. */
export function TagList({ labels }: { labels: readonly string[] }) {
  return (
    <Space size={[4, 4]} wrap>
      {labels.map((label) => (
        <Tag key={label}>{label}</Tag>
      ))}
    </Space>
  );
}

/** The table column of a posting's kind tags (stage, maturity…). */
export function kindTagsColumn(kind: AnyCatalogueKind, t: TFunction) {
  return {
    title: t('posting.tags'),
    key: 'tags',
    render: (_: unknown, item: PostingSummary) => (
      <Space size={[4, 4]} wrap>
        {kind.tags(item, t)}
      </Space>
    ),
  };
}
