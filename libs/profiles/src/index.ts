export * from './dto/expert.dto.js';
export * from './dto/expert-import.dto.js';
export * from './dto/society.dto.js';
export { Expert, AVAILABILITIES, SERVICE_MODES } from './experts/expert.entity.js';
export { EXPERT_KIND } from './experts/expert.kind.js';
export { ExpertService, type ExpertClaimEmail } from './experts/expert.service.js';
export { ServiceStation } from './societies/service-station.entity.js';
export { SocietyProfile } from './societies/society-profile.entity.js';
export { ExpertImportService, type ImportRunResult } from './imports/expert-import.service.js';
export { EXPERT_COLUMNS, expertTemplate } from './imports/expert-sheet.js';
export { ProfilesModule } from './profiles.module.js';
export { SocietyService } from './societies/society.service.js';

import { ExpertClaim } from './experts/expert-claim.entity.js';
import { Expert } from './experts/expert.entity.js';
import { ExpertImport } from './imports/expert-import.entity.js';
import { ServiceStation } from './societies/service-station.entity.js';
import { SocietyProfile } from './societies/society-profile.entity.js';
export const profileEntities = [Expert, ExpertClaim, ExpertImport, ServiceStation, SocietyProfile];
