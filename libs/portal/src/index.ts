export * from './dto/portal.dto.js';
export { PortalConfig } from './portal.config.js';
export { PortalModule } from './portal.module.js';
export { PortalService } from './portal.service.js';
export { portalContext } from './portal.context.js';
