import { useSearchParams } from 'react-router';

/**
 * The page's search params and a setter for one of them: an empty value removes it, and the change
 * replaces the history entry (filters do not pile up in the back button).
 */
export function useSearchParamSetter<N extends string>() {
  const [params, setParams] = useSearchParams();
  const update = (name: N, value: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return [params, update] as const;
}
