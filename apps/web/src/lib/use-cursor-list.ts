import { useCallback, useEffect, useRef, useState } from 'react';

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CursorListState<T> {
  items: T[];
  /** The first page is loading (earlier items, if any, stay shown meanwhile). */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

interface State<T> {
  items: T[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
}

/**
 * A keyset-paginated list: loads the first page when `key` changes (null: nothing to load), and
 * appends the next page on loadMore(). Answers to an outdated key are dropped.
 */
export function useCursorList<T extends { id: string }>(
  load: (cursor: string | undefined) => Promise<CursorPage<T>>,
  key: string | null,
): CursorListState<T> {
  const [state, setState] = useState<State<T>>({
    items: [],
    nextCursor: null,
    loading: key !== null,
    loadingMore: false,
    error: undefined,
  });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const stateRef = useRef(state);
  stateRef.current = state;
  const generation = useRef(0);

  useEffect(() => {
    generation.current += 1;
    const current = generation.current;
    if (key === null) {
      setState({ items: [], nextCursor: null, loading: false, loadingMore: false, error: undefined });
      return;
    }
    setState((s) => ({ ...s, loading: true, loadingMore: false, error: undefined }));
    loadRef.current(undefined).then(
      (page) => {
        if (generation.current !== current) return;
        setState({
          items: page.items,
          nextCursor: page.nextCursor,
          loading: false,
          loadingMore: false,
          error: undefined,
        });
      },
      (error: unknown) => {
        if (generation.current !== current) return;
        setState({ items: [], nextCursor: null, loading: false, loadingMore: false, error });
      },
    );
    return () => {
      generation.current += 1;
    };
  }, [key, version]);

  const loadMore = useCallback(() => {
    const { nextCursor, loading, loadingMore } = stateRef.current;
    if (!nextCursor || loading || loadingMore) return;
    const current = generation.current;
    setState((s) => ({ ...s, loadingMore: true, error: undefined }));
    loadRef.current(nextCursor).then(
      (page) => {
        if (generation.current !== current) return;
        setState((s) => {
          const seen = new Set(s.items.map((item) => item.id));
          return {
            ...s,
            items: [...s.items, ...page.items.filter((item) => !seen.has(item.id))],
            nextCursor: page.nextCursor,
            loadingMore: false,
          };
        });
      },
      (error: unknown) => {
        if (generation.current !== current) return;
        setState((s) => ({ ...s, loadingMore: false, error }));
      },
    );
  }, []);

  const reload = useCallback(() => setVersion((n) => n + 1), []);

  return {
    items: state.items,
    loading: state.loading,
    loadingMore: state.loadingMore,
    error: state.error,
    hasMore: state.nextCursor !== null,
    loadMore,
    reload,
  };
}
