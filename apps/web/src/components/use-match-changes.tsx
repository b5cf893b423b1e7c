import { useState, type ReactNode } from 'react';
import type { MatchItem } from '../api/matches';
import { DeclineMatchModal } from './DeclineMatchModal';

/**
 * What a list of matches needs to act on them in place: the list with each match as the last action left
 * it, the callbacks a MatchListItem takes, and the decline dialog to render once beside the list.
 */
export function useMatchChanges(loaded: readonly MatchItem[]): {
  items: MatchItem[];
  onChange: (next: MatchItem) => void;
  onDecline: (match: MatchItem) => void;
  declineModal: ReactNode;
} {
  const [changed, setChanged] = useState<Record<string, MatchItem>>({});
  const [declining, setDeclining] = useState<MatchItem | null>(null);
  const onChange = (next: MatchItem) => setChanged((all) => ({ ...all, [next.id]: next }));
  return {
    items: loaded.map((match) => changed[match.id] ?? match),
    onChange,
    onDecline: setDeclining,
    declineModal: (
      <DeclineMatchModal
        match={declining}
        onClose={() => setDeclining(null)}
        onDeclined={(next) => {
          onChange(next);
          setDeclining(null);
        }}
      />
    ),
  };
}
