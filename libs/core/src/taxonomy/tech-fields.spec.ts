import { describe, expect, it } from '@jest/globals';

import { RELATED_TECH_FIELDS, TECH_FIELDS } from './tech-fields.data.js';
import {
  isTechFieldCode,
  techFieldName,
  techFieldParent,
  techFieldRelated,
  techFieldTree,
} from './tech-fields.js';

const TOP_CODES = ['IT', 'EQ', 'MA', 'BI', 'EV', 'NE', 'EP', 'DC', 'AG', 'CI', 'SV'];

const allFields = TECH_FIELDS.flatMap((top) => [top, ...top.subfields]);

describe('TECH_FIELDS data', () => {
  it('has the eleven top fields in display order and 60–80 subfields', () => {
    expect(TECH_FIELDS.map((top) => top.code)).toEqual(TOP_CODES);
    const subfields = TECH_FIELDS.flatMap((top) => top.subfields);
    expect(subfields.length).toBeGreaterThanOrEqual(60);
    expect(subfields.length).toBeLessThanOrEqual(80);
    for (const top of TECH_FIELDS) expect(top.subfields.length).toBeGreaterThan(0);
  });

  it('uses every code once', () => {
    const codes = allFields.map((field) => field.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives top fields two-letter codes and subfields their parent code, a hyphen and a slug', () => {
    for (const top of TECH_FIELDS) {
      expect(top.code).toMatch(/^[A-Z]{2}$/);
      for (const sub of top.subfields) {
        expect(sub.code.startsWith(`${top.code}-`)).toBe(true);
        expect(sub.code).toMatch(/^[A-Z]{2}-[A-Z0-9]+$/);
      }
    }
  });

  it('names every field in both languages, trimmed', () => {
    for (const field of allFields) {
      for (const name of [field.zh, field.en]) {
        expect(name.trim()).toBe(name);
        expect(name.length).toBeGreaterThan(0);
      }
      expect(field.zh).toMatch(/\p{Script=Han}/u);
      expect(field.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('gives every field 3–8 distinct, trimmed keywords per language', () => {
    for (const field of allFields) {
      for (const words of [field.keywords.zh, field.keywords.en]) {
        expect(words.length).toBeGreaterThanOrEqual(3);
        expect(words.length).toBeLessThanOrEqual(8);
        expect(new Set(words).size).toBe(words.length);
        for (const word of words) {
          expect(word.length).toBeGreaterThan(0);
          expect(word.trim()).toBe(word);
        }
      }
    }
  });

  // Acronyms such as 'EDA' or '5G' legitimately sit in both language lists of one field; a term in two
  // fields would make keyword-based field suggestions ambiguous.
  it('never gives the same keyword to two fields', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const field of allFields) {
      for (const word of [...field.keywords.zh, ...field.keywords.en]) {
        const key = word.toLowerCase();
        const previous = owner.get(key);
        if (previous !== undefined && previous !== field.code)
          clashes.push(`${word}: ${previous}, ${field.code}`);
        owner.set(key, field.code);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('techFieldTree', () => {
  it('lists every top field with its subfields as leaf children', () => {
    const tree = techFieldTree();
    expect(tree.map((node) => node.code)).toEqual(TOP_CODES);
    for (const [i, node] of tree.entries()) {
      expect(node.children?.map((child) => child.code)).toEqual(
        TECH_FIELDS[i].subfields.map((sub) => sub.code),
      );
      for (const child of node.children ?? []) expect(Object.keys(child).sort()).toEqual(['code', 'name']);
    }
  });

  it('names nodes in the requested language', () => {
    expect(techFieldTree()[4]).toMatchObject({ code: 'EV', name: '新能源汽车' });
    expect(techFieldTree('zh-CN')[0].children?.[1]).toEqual({ code: 'IT-AI', name: '人工智能' });
    expect(techFieldTree('en')[4]).toMatchObject({ code: 'EV', name: 'New Energy Vehicles' });
    expect(techFieldTree('en')[4].children?.[0]).toEqual({ code: 'EV-BATTERY', name: 'Traction Batteries' });
  });

  it('gives every node a distinct name within its parent in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const tree = techFieldTree(lang);
      for (const siblings of [tree, ...tree.map((node) => node.children ?? [])]) {
        const names = siblings.map((node) => node.name);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it('returns a fresh tree each call, so callers cannot corrupt each other', () => {
    const first = techFieldTree();
    (first[0] as { name: string }).name = 'changed';
    expect(techFieldTree()[0].name).toBe('新一代信息技术');
  });
});

describe('isTechFieldCode', () => {
  it('accepts every code in the data', () => {
    for (const field of allFields) expect(isTechFieldCode(field.code)).toBe(true);
  });

  it.each([
    '',
    'ev',
    'ev-battery',
    'EV-',
    'EV-battery',
    'XX',
    'EV-NOPE',
    ' IT',
    'IT ',
    'IT-AI-X',
    '__proto__',
    'toString',
  ])('rejects %p', (code) => {
    expect(isTechFieldCode(code)).toBe(false);
  });
});

describe('techFieldName', () => {
  it.each([
    ['IT', '新一代信息技术', 'Next-Generation Information Technology'],
    ['IT-IC', '集成电路', 'Integrated Circuits'],
    ['EQ-ROBOT', '工业机器人', 'Industrial Robots'],
    ['MA-GRAPHENE', '石墨烯及前沿新材料', 'Graphene and Frontier Materials'],
    ['EV-BATTERY', '动力电池', 'Traction Batteries'],
    ['EP-CCUS', '碳捕集利用与封存', 'Carbon Capture, Utilization and Storage'],
  ])('names %s', (code, zh, en) => {
    expect(techFieldName(code)).toBe(zh);
    expect(techFieldName(code, 'zh-CN')).toBe(zh);
    expect(techFieldName(code, 'en')).toBe(en);
  });

  it('is undefined for unknown codes', () => {
    expect(techFieldName('EV-NOPE')).toBeUndefined();
    expect(techFieldName('ev-battery', 'en')).toBeUndefined();
  });
});

describe('techFieldParent', () => {
  it('maps every subfield to its top field', () => {
    for (const top of TECH_FIELDS) {
      for (const sub of top.subfields) expect(techFieldParent(sub.code)).toBe(top.code);
    }
    expect(techFieldParent('EV-BATTERY')).toBe('EV');
  });

  it('is undefined for top fields and unknown codes', () => {
    expect(techFieldParent('EV')).toBeUndefined();
    expect(techFieldParent('EV-NOPE')).toBeUndefined();
    expect(techFieldParent('')).toBeUndefined();
  });
});

describe('techFieldRelated', () => {
  it('links only known subfields of different top fields, each pair once', () => {
    const seen = new Set<string>();
    for (const [a, b] of RELATED_TECH_FIELDS) {
      for (const code of [a, b]) {
        expect(isTechFieldCode(code)).toBe(true);
        expect(techFieldParent(code)).toBeDefined();
      }
      expect(techFieldParent(a)).not.toBe(techFieldParent(b));
      const key = [a, b].sort().join(' ');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('is symmetric, and empty for top fields, unlinked subfields and unknown codes', () => {
    expect(techFieldRelated('EP-MONITOR')).toEqual(expect.arrayContaining(['EQ-INSTRUMENT', 'IT-IOT']));
    expect(techFieldRelated('EQ-INSTRUMENT')).toContain('EP-MONITOR');
    for (const [a, b] of RELATED_TECH_FIELDS) {
      expect(techFieldRelated(a)).toContain(b);
      expect(techFieldRelated(b)).toContain(a);
    }
    expect(techFieldRelated('EP')).toEqual([]);
    expect(techFieldRelated('NE-NUCLEAR')).toEqual([]);
    expect(techFieldRelated('EV-NOPE')).toEqual([]);
  });
});
