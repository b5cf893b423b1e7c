import type { Page } from 'playwright-core';
import type { OrganizationType } from '#identity';
import type { TestApp } from './app-harness.js';
import { BATTERY_ACHIEVEMENT, BATTERY_DEMAND, matchBetween } from './battery-match.js';
import type { BrowserSession } from './browser-actions.js';
import { CATALOGUE_KINDS, createPosting, publishPosting, type CatalogueKindName } from './catalogue.js';
import {
  createDemand,
  createOrganization,
  DEFAULT_PASSWORD,
  grantPlatformRole,
  publishDemand,
  signIn,
  signUp,
  verifyOrganization,
  type Party,
  type SignedInUser,
} from './http.js';

/**
 * Test factories: the people, organizations, published postings and matches a spec starts from, made
 * through the real API (a moderator publishes what an owner submits) so every spec begins from states the
 * product itself can reach. They live here, not in libs/testing, because they drive the app the harness
 * starts (its URL, its database for the two shortcuts http.ts documents).
 */

export interface PartyOptions {
  /** The organization's name (default: a numbered 测试机构). */
  name?: string;
  /** Its GB/T 2260 region (default: the form's, in 南京). */
  regionCode?: string;
  /** Marks the organization verified, as a platform admin would. */
  verified?: boolean;
}

/** A fresh signed-in user who owns a new organization of `type`. */
export async function party(
  app: TestApp,
  type: OrganizationType = 'enterprise',
  { name, regionCode, verified = false }: PartyOptions = {},
): Promise<Party> {
  const user = await signUp(app);
  const org = await createOrganization(app, user, {
    type,
    ...(name ? { name } : {}),
    ...(regionCode ? { regionCode } : {}),
  });
  if (verified) await verifyOrganization(app, org);
  return { user, org };
}

/** Several parties at once, each a new owner of an organization of a type in a region. */
export function partiesIn(
  app: TestApp,
  organizations: readonly (readonly [type: OrganizationType, regionCode: string])[],
): Promise<Party[]> {
  return Promise.all(organizations.map(([type, regionCode]) => party(app, type, { regionCode })));
}

const staff = new WeakMap<TestApp, Map<'moderator' | 'admin', Promise<SignedInUser>>>();

/**
 * The app's platform moderator or admin, made on first use and shared by the file's tests: publishing is
 * what the factories need a moderator for, and a sign-up costs two password hashes.
 */
function platformStaffOf(app: TestApp, role: 'moderator' | 'admin'): Promise<SignedInUser> {
  const ofApp = staff.get(app) ?? new Map<'moderator' | 'admin', Promise<SignedInUser>>();
  staff.set(app, ofApp);
  let user = ofApp.get(role);
  if (!user) {
    user = signUp(app).then(async (signedUp) => {
      await grantPlatformRole(app, signedUp, role);
      return signedUp;
    });
    ofApp.set(role, user);
  }
  return user;
}

export const moderatorOf = (app: TestApp): Promise<SignedInUser> => platformStaffOf(app, 'moderator');
export const adminOf = (app: TestApp): Promise<SignedInUser> => platformStaffOf(app, 'admin');

/** Every kind of posting: the demand and the catalogue's kinds. */
export type PostingKind = 'demand' | CatalogueKindName;

/** The organization type that publishes each kind by default. */
const OWNER_TYPES: Record<PostingKind, OrganizationType> = {
  demand: 'enterprise',
  ...(Object.fromEntries(
    Object.entries(CATALOGUE_KINDS).map(([kind, { ownerType }]) => [kind, ownerType]),
  ) as Record<CatalogueKindName, OrganizationType>),
};

export interface PublishedPosting {
  id: string;
  kind: PostingKind;
  /** The organization that published it, and its owner. */
  owner: Party;
}

export interface PostingOptions {
  /** Who publishes it (default: a new party of the kind's usual type). */
  owner?: Party;
  /** Overrides of the valid body (http.ts's demandBody or catalogue.ts's CATALOGUE_KINDS). */
  body?: Record<string, unknown>;
  /** The new owner's organization name, when `owner` is not given. */
  ownerName?: string;
}

/** A published posting of `kind`: created by its owner, submitted, and published by the moderator. */
export async function publishedPosting(
  app: TestApp,
  kind: PostingKind,
  { owner, body = {}, ownerName }: PostingOptions = {},
): Promise<PublishedPosting> {
  const by = owner ?? (await party(app, OWNER_TYPES[kind], { name: ownerName }));
  const moderator = await moderatorOf(app);
  let id: string;
  if (kind === 'demand') {
    id = await createDemand(app, by.user, by.org, body);
    await publishDemand(app, by.user, moderator, id);
  } else {
    id = await createPosting(app, kind, by.user, by.org, body);
    await publishPosting(app, kind, by.user, moderator, id);
  }
  return { id, kind, owner: by };
}

export interface MatchedPair {
  demand: PublishedPosting;
  candidate: PublishedPosting;
  matchId: string;
}

/**
 * A published demand and a published candidate posting the matcher pairs (by default the battery pair of
 * battery-match.ts: an enterprise's demand and a university's achievement), once the match is stored.
 */
export async function matchedPair(
  app: TestApp,
  {
    demand = {},
    candidate = {},
    candidateKind = 'achievement',
  }: { demand?: PostingOptions; candidate?: PostingOptions; candidateKind?: CatalogueKindName } = {},
): Promise<MatchedPair> {
  const candidatePosting = await publishedPosting(app, candidateKind, {
    ...candidate,
    body: { ...(candidateKind === 'achievement' ? BATTERY_ACHIEVEMENT : {}), ...candidate.body },
  });
  const demandPosting = await publishedPosting(app, 'demand', {
    ...demand,
    body: { ...BATTERY_DEMAND, ...demand.body },
  });
  return {
    demand: demandPosting,
    candidate: candidatePosting,
    matchId: await matchBetween(app, demandPosting.id, candidatePosting.id),
  };
}

/**
 * A page in a new browser profile, signed in as `user` (with `password`, a demo account's for one) and open at `path`. The refresh cookie of a sign-in
 * of its own is put in the profile (what the login form leaves there), so the app restores the session
 * as on any reload; the form itself is tested in onboarding.browser-spec.
 */
export async function signedInPage(
  session: BrowserSession,
  user: Pick<SignedInUser, 'email' | 'id'>,
  path = '/',
  password = DEFAULT_PASSWORD,
): Promise<Page> {
  const { app } = session;
  const { cookie } = await signIn(app, user.email, password, user.id);
  const name = cookie.slice(0, cookie.indexOf('='));
  const value = cookie.slice(name.length + 1);
  const page = await session.openPage();
  await page
    .context()
    .addCookies([
      { name, value, domain: '127.0.0.1', path: '/api/v1/auth', httpOnly: true, sameSite: 'Strict' },
    ]);
  // The hint a sign-in leaves beside the cookie (api/client.ts), set once so a later sign-out sticks.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('duijie.test-session') !== null) return;
    sessionStorage.setItem('duijie.test-session', '1');
    localStorage.setItem('duijie.session', '1');
  });
  await page.goto(path);
  // The user menu shows once the session is restored; a slow machine gets the navigation's allowance.
  await page.getByTestId('user-menu').waitFor({ timeout: 20_000 });
  return page;
}
