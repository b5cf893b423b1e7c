import { isTechFieldCode, techFieldParent, techFieldRelated, techFieldWithSubfields } from '#core';

/**
 * The taxonomy codes whose postings the field retrieval proposes for a posting filed under `codes`: the
 * whole family of each code's top field — the top field, and every subfield under it — so the hierarchy
 * is followed both ways (a demand filed under 生物医药 is answered by candidates filed under 中药 or 医疗器械,
 * one filed under 动力电池 by a fund filed under 新能源汽车 as a whole). That is exactly what the scorer's
 * field feature credits (a shared subfield fully, a shared top field half), so retrieval never leaves
 * out a candidate the ranking would have placed on the field alone. Subfields of other top fields linked
 * to a code as related (环境监测 → 精密仪器仪表) come too, alone rather than with their families: the
 * field feature credits exactly those pairs.
 */
export function retrievalFields(codes: readonly string[]): string[] {
  const fields = new Set<string>();
  for (const code of codes) {
    if (!isTechFieldCode(code)) continue;
    for (const covered of techFieldWithSubfields(techFieldParent(code) ?? code)) fields.add(covered);
    for (const related of techFieldRelated(code)) fields.add(related);
  }
  return [...fields].sort();
}

/**
 * The codes a posting is filed under with their top fields: candidates filed under one of these are
 * the closest by field, and the field retrieval takes them before the rest of the families.
 */
export function closestFields(codes: readonly string[]): string[] {
  const fields = new Set<string>();
  for (const code of codes) {
    if (!isTechFieldCode(code)) continue;
    fields.add(code);
    const parent = techFieldParent(code);
    if (parent) fields.add(parent);
  }
  return [...fields].sort();
}
