export {
  isTechFieldCode,
  techFieldName,
  techFieldParent,
  techFieldTree,
  techFieldWithSubfields,
} from './tech-fields.js';
export type { TechFieldNode } from './tech-fields.js';
export { TECH_FIELDS, type TechFieldData, type TechSubfieldData } from './tech-fields.data.js';
