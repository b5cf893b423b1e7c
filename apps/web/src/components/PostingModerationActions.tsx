import type { PostingDetail, PostingSummary } from '../api/catalogue-types';
import type { AnyCatalogueKind } from '../catalogue/kind';
import { ModerationActions } from './ModerationActions';

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
  return (
    <ModerationActions<PostingSummary & PostingDetail>
      title={kind.label(item)}
      ns="posting.review"
      testId="posting"
      publish={() => kind.api.publish(item.id)}
      reject={(reason) => kind.api.reject(item.id, reason)}
      onDone={onDone}
      size={size}
    />
  );
}
