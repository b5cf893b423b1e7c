export { isTechFieldCode, techFieldName, techFieldParent, techFieldTree } from './tech-fields.js';
export type { TechFieldNode } from './tech-fields.js';
