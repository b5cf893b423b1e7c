import type { PostingKind } from '#core';

/** Web paths of each posting kind's detail page. */
const WEB_PATHS: Record<PostingKind, string> = {
  demand: 'demands',
  expert: 'experts',
  achievement: 'achievements',
  project: 'projects',
  'financing-offer': 'financing-offers',
};

/** The web app's path of a posting (a path, so it works behind any PUBLIC_URL). */
export const postingPath = (kind: PostingKind, id: string) => `/${WEB_PATHS[kind]}/${id}`;
