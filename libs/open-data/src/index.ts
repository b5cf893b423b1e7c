export { openDataContext } from './open-data.context.js';
export { OpenDataModule } from './open-data.module.js';
export { PostingImportService, MAX_IMPORT_ROWS, type ImportInputRow } from './posting-import.service.js';
export * from './dto/posting-import.dto.js';
