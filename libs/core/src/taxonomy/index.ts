export {
  isTechFieldCode,
  techFieldName,
  techFieldParent,
  techFieldRelated,
  techFieldTree,
  techFieldWithSubfields,
} from './tech-fields.js';
export type { TechFieldNode } from './tech-fields.js';
export {
  RELATED_TECH_FIELDS,
  TECH_FIELDS,
  type TechFieldData,
  type TechSubfieldData,
} from './tech-fields.data.js';
