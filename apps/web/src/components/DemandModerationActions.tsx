import { demandsApi } from '../api/demands';
import type { Demand } from '../api/types';
import { ModerationActions } from './ModerationActions';

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
  return (
    <ModerationActions<Demand>
      title={demand.title}
      ns="demandReview"
      testId="demand"
      publish={() => demandsApi.publish(demand.id)}
      reject={(reason) => demandsApi.reject(demand.id, reason)}
      onDone={onDone}
      size={size}
    />
  );
}
