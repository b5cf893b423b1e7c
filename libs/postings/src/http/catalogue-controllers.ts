import {
  AchievementDto,
  AchievementPageDto,
  AchievementQueryDto,
  AchievementSummaryDto,
  CreateAchievementDto,
  UpdateAchievementDto,
} from '../dto/achievement.dto.js';
import { AchievementService } from '../achievements/achievement.service.js';
import {
  CreateFinancingOfferDto,
  FinancingOfferDto,
  FinancingOfferPageDto,
  FinancingOfferQueryDto,
  FinancingOfferSummaryDto,
  UpdateFinancingOfferDto,
} from '../dto/financing-offer.dto.js';
import {
  CreateProjectDto,
  ProjectDto,
  ProjectPageDto,
  ProjectQueryDto,
  ProjectSummaryDto,
  UpdateProjectDto,
} from '../dto/project.dto.js';
import { FinancingOfferService } from '../financing-offers/financing-offer.service.js';
import { ProjectService } from '../projects/project.service.js';
import { DemandService } from '../demands/demand.service.js';
import { accessRequestsController } from './access-requests.controller.js';
import { catalogueController } from './catalogue.controller.js';

/** 科技成果: universities and institutes offer technology for transfer. */
export const AchievementsController = catalogueController({
  path: 'achievements',
  service: AchievementService,
  createDto: CreateAchievementDto,
  updateDto: UpdateAchievementDto,
  queryDto: AchievementQueryDto,
  dto: AchievementDto,
  summaryDto: AchievementSummaryDto,
  pageDto: AchievementPageDto,
  owners: 'university, enterprise or service agency',
});

/** 融资项目: ventures seeking finance, browsed by investors. */
export const ProjectsController = catalogueController({
  path: 'projects',
  service: ProjectService,
  createDto: CreateProjectDto,
  updateDto: UpdateProjectDto,
  queryDto: ProjectQueryDto,
  dto: ProjectDto,
  summaryDto: ProjectSummaryDto,
  pageDto: ProjectPageDto,
  owners: 'enterprise or university',
});

/** 金融产品: what investors, banks and guarantors offer. */
export const FinancingOffersController = catalogueController({
  path: 'financing-offers',
  service: FinancingOfferService,
  createDto: CreateFinancingOfferDto,
  updateDto: UpdateFinancingOfferDto,
  queryDto: FinancingOfferQueryDto,
  dto: FinancingOfferDto,
  summaryDto: FinancingOfferSummaryDto,
  pageDto: FinancingOfferPageDto,
  owners: 'investor or service agency',
});

/** Access requests to confidential postings of each kind (issue 16: demands first, now every kind). */
export const DemandAccessController = accessRequestsController({
  path: 'demands',
  service: DemandService,
  noun: 'demand',
});
export const AchievementAccessController = accessRequestsController({
  path: 'achievements',
  service: AchievementService,
  noun: 'achievement',
});
export const ProjectAccessController = accessRequestsController({
  path: 'projects',
  service: ProjectService,
  noun: 'project',
});
export const FinancingOfferAccessController = accessRequestsController({
  path: 'financing-offers',
  service: FinancingOfferService,
  noun: 'financing offer',
});
