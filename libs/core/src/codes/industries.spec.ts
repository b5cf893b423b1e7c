import { describe, expect, it } from '@jest/globals';

import {
  industryCodesWithin,
  industryName,
  industrySectionOf,
  industryTree,
  isIndustryCode,
  type IndustryNode,
} from './industries.js';

// 门类 → its 大类 range, as listed in GB/T 4754-2017.
const SECTION_RANGES: Record<string, [number, number]> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

const twoDigits = (n: number) => String(n).padStart(2, '0');

describe('industryTree', () => {
  const tree = industryTree();

  it('has the 20 门类 A–T and the 97 大类 01–97, each under its 门类', () => {
    expect(tree.map((section) => section.code)).toEqual(Object.keys(SECTION_RANGES));
    for (const section of tree) {
      const [from, to] = SECTION_RANGES[section.code];
      const expected = Array.from({ length: to - from + 1 }, (_, i) => twoDigits(from + i));
      expect(section.children?.map((division) => division.code)).toEqual(expected);
    }
    expect(tree.flatMap((section) => section.children ?? [])).toHaveLength(97);
  });

  it('names nodes in the requested language', () => {
    expect(tree[2]).toMatchObject({ code: 'C', name: '制造业' });
    expect(industryTree('en')[2]).toMatchObject({ code: 'C', name: 'Manufacturing' });
    expect(industryTree('en')[8].children?.[2]).toMatchObject({
      code: '65',
      name: 'Software and Information Technology Services',
    });
  });

  it('gives every node a distinct name within its parent in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const localized = industryTree(lang);
      for (const siblings of [localized, ...localized.map((section) => section.children ?? [])]) {
        const names = siblings.map((node) => node.name);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) expect(name.trim()).toBe(name);
      }
    }
  });
});

describe('isIndustryCode', () => {
  it.each(['A', 'C', 'M', 'T', '01', '13', '39', '65', '97', '384', '3841', '0220', '9700'])(
    'accepts %s',
    (code) => {
      expect(isIndustryCode(code)).toBe(true);
    },
  );

  it.each(['U', 'c', '00', '98', '1', '380', '3848', '38410', 'C39', ''])('rejects %p', (code) => {
    expect(isIndustryCode(code)).toBe(false);
  });
});

describe('industryName', () => {
  it.each([
    ['A', '农、林、牧、渔业'],
    ['I', '信息传输、软件和信息技术服务业'],
    ['M', '科学研究和技术服务业'],
    ['13', '农副食品加工业'],
    ['39', '计算机、通信和其他电子设备制造业'],
    ['65', '软件和信息技术服务业'],
    ['73', '研究和试验发展'],
    ['75', '科技推广和应用服务业'],
    ['96', '基层群众自治组织及其他组织'],
  ])('names %s %s in Chinese by default', (code, name) => {
    expect(industryName(code)).toBe(name);
    expect(industryName(code, 'zh-CN')).toBe(name);
  });

  it('names in English', () => {
    expect(industryName('M', 'en')).toBe('Scientific Research and Technical Services');
    expect(industryName('73', 'en')).toBe('Research and Experimental Development');
  });

  it('is undefined for unknown codes', () => {
    expect(industryName('98')).toBeUndefined();
    expect(industryName('U', 'en')).toBeUndefined();
  });
});

describe('industrySectionOf', () => {
  it('maps a 大类 to its 门类 and a 门类 to itself', () => {
    expect(industrySectionOf('39')).toBe('C');
    expect(industrySectionOf('65')).toBe('I');
    expect(industrySectionOf('M')).toBe('M');
    expect(industrySectionOf('3841')).toBe('C');
    expect(industrySectionOf('98')).toBeUndefined();
  });
});

describe('the 中类 and 小类 levels', () => {
  const flatten = (nodes: readonly IndustryNode[]): IndustryNode[] =>
    nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
  const tree = industryTree();
  const divisions = tree.flatMap((section) => section.children ?? []);
  const groups = divisions.flatMap((division) => division.children ?? []);
  const classes = groups.flatMap((group) => group.children ?? []);

  it('nests every code under the code it starts with, one digit longer per level', () => {
    for (const division of divisions) {
      expect(division.children?.length).toBeGreaterThan(0);
      for (const group of division.children ?? []) {
        expect(group.code).toMatch(new RegExp(`^${division.code}\\d$`));
        expect(group.children?.length).toBeGreaterThan(0);
        for (const item of group.children ?? []) expect(item.code).toMatch(new RegExp(`^${group.code}\\d$`));
      }
    }
  });

  it('has each code once, with a name', () => {
    const all = flatten(tree);
    expect(new Set(all.map((node) => node.code)).size).toBe(all.length);
    for (const node of all) expect(node.name).toMatch(/\S/);
  });

  it('has the published number of 中类 and 小类 in each 门类', () => {
    // GB/T 4754-2017 publishes 473 中类 and 1 380 小类; its 第1号修改单 (2019) adds 7215 农村集体经济组织管理.
    const published: Record<string, [number, number]> = {
      A: [24, 72],
      B: [19, 39],
      C: [179, 609],
      D: [9, 18],
      E: [18, 44],
      F: [18, 128],
      G: [27, 67],
      H: [10, 16],
      I: [17, 34],
      J: [26, 48],
      K: [5, 5],
      L: [12, 58], // 57 in 2017, and 7215 from the amendment
      M: [19, 48],
      N: [18, 33],
      O: [16, 32],
      P: [6, 17],
      Q: [6, 30],
      R: [27, 48],
      S: [16, 34],
      T: [1, 1],
    };
    for (const section of tree) {
      const sectionGroups = (section.children ?? []).flatMap((division) => division.children ?? []);
      const counts = [sectionGroups.length, sectionGroups.flatMap((group) => group.children ?? []).length];
      expect([section.code, ...counts]).toEqual([section.code, ...published[section.code]!]);
    }
    expect(groups).toHaveLength(473);
    expect(classes).toHaveLength(1380 + 1);
    expect(industryName('7215')).toBe('农村集体经济组织管理');
  });

  it('gives an undivided 中类 one 小类 of its name ending in 0', () => {
    expect(groups.find((group) => group.code === '022')?.children).toEqual([
      { code: '0220', name: '造林和更新' },
    ]);
  });

  it('names finer levels in Chinese, also in English', () => {
    expect(industryName('3841')).toBe('锂离子电池制造');
    expect(industryName('384', 'en')).toBe('电池制造');
    expect(industryName('7224')).toBe('供应链管理服务');
    expect(industryName('6429')).toBe('互联网其他信息服务');
  });

  it('lists a code with every code under it, for filters on any level', () => {
    const battery = industryCodesWithin('38');
    expect(battery).toEqual(expect.arrayContaining(['38', '384', '3841']));
    expect(battery.every((code) => code.startsWith('38'))).toBe(true);
    expect(industryCodesWithin('C')).toEqual(expect.arrayContaining(['C', '38', '3841']));
    expect(industryCodesWithin('C')).not.toContain('A');
    expect(industryCodesWithin('3841')).toEqual(['3841']);
    expect(industryCodesWithin('zz')).toEqual([]);
  });
});
