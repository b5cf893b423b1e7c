import { Injectable } from '@nestjs/common';
import { NotFoundError, pick, regionName, type Language } from '#core';
import { OrganizationDirectory, type Actor, type OrganizationSummary } from '#identity';
import {
  AchievementService,
  DemandService,
  FinancingOfferService,
  ProjectService,
  verifiedOrganizationsPage,
} from '#postings';
import { StatisticsService } from '#reporting';
import type {
  DirectoryEntryDto,
  DirectoryPageDto,
  DirectoryQueryDto,
  OrganizationProfileDto,
  PortalFiguresDto,
} from './dto/portal.dto.js';

/** How many postings of each kind an organization's page shows. */
const PROFILE_POSTINGS = 10;
/** The home page's figures may be this old: every visitor's page load would otherwise count them anew. */
const FIGURES_TTL_MS = 60_000;

/**
 * The public face of the platform: organizations' pages, the directory (also an organization picker) and
 * the home page's live figures. It reads through other contexts' services, so every rule of what a
 * caller may see (confidential postings, verification) stays where it is decided.
 */
@Injectable()
export class PortalService {
  private figuresCache: { value: PortalFiguresDto; at: number } | null = null;

  constructor(
    private readonly directory: OrganizationDirectory,
    private readonly demands: DemandService,
    private readonly achievements: AchievementService,
    private readonly projects: ProjectService,
    private readonly offers: FinancingOfferService,
    private readonly statistics: StatisticsService,
  ) {}

  async directoryPage(query: DirectoryQueryDto, lang: Language): Promise<DirectoryPageDto> {
    const { page, nextCursor } = await verifiedOrganizationsPage(
      this.directory,
      { type: query.type, nameContains: query.q, regionCode: query.regionCode },
      query,
    );
    return { items: page.map((organization) => entryOf(organization, lang)), nextCursor };
  }

  /**
   * An organization's page. A rejected organization has none; a pending one shows without the badge.
   * Its postings are those the caller could find on the listings, minus confidential ones the caller
   * sees only as teasers (a teaser does not say whose it is).
   */
  async profile(actor: Actor | null, id: string, lang: Language): Promise<OrganizationProfileDto> {
    const organization = await this.directory.summary(id);
    if (!organization || organization.verificationStatus === 'rejected')
      throw new NotFoundError('organization-not-found');
    const scope = { organizationId: id };
    const page = { limit: PROFILE_POSTINGS };
    const [demands, achievements, projects, financingOffers] = await Promise.all([
      this.demands.list(actor, page, lang, scope),
      this.achievements.list(actor, page, lang, scope),
      this.projects.list(actor, page, lang, scope),
      this.offers.list(actor, page, lang, scope),
    ]);
    return {
      ...entryOf(organization, lang),
      verified: organization.verificationStatus === 'verified',
      demands: demands.items,
      achievements: achievements.items,
      projects: projects.items,
      financingOffers: financingOffers.items,
    };
  }

  async figures(): Promise<PortalFiguresDto> {
    const now = Date.now();
    if (this.figuresCache && now - this.figuresCache.at < FIGURES_TTL_MS) return this.figuresCache.value;
    const [demands, achievements, projects, offers, organizations, counts] = await Promise.all([
      this.demands.countListed(),
      this.achievements.countListed(),
      this.projects.countListed(),
      this.offers.countListed(),
      this.directory.countVerified(),
      this.statistics.platformCounts(['matches', 'deals-confirmed']),
    ]);
    const value = {
      postings: demands + achievements + projects + offers,
      matches: counts.matches,
      organizations,
      deals: counts['deals-confirmed'],
    };
    this.figuresCache = { value, at: now };
    return value;
  }
}

function entryOf(organization: OrganizationSummary, lang: Language): DirectoryEntryDto {
  return {
    ...pick(organization, ['id', 'name', 'type', 'regionCode']),
    regionName: regionName(organization.regionCode, lang) ?? organization.regionCode,
    description: organization.description,
  };
}
