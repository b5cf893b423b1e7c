import { describe, expect, it } from '@jest/globals';

import {
  isRegionCode,
  provinceOf,
  regionName,
  regionOwnName,
  regionPath,
  regionTree,
  type RegionNode,
} from './regions.js';

function* walk(nodes: readonly RegionNode[], depth = 1): Generator<[RegionNode, number]> {
  for (const node of nodes) {
    yield [node, depth];
    yield* walk(node.children ?? [], depth + 1);
  }
}

describe('isRegionCode', () => {
  it.each(['110000', '110105', '320000', '320100', '320102', '440300', '500229', '419001', '810001'])(
    'accepts %s',
    (code) => {
      expect(isRegionCode(code)).toBe(true);
    },
  );

  it.each([
    ['999999', 'unknown'],
    ['32010', 'too short'],
    ['3201020', 'too long'],
    ['', 'empty'],
    ['320101', 'a 市辖区 placeholder'],
    ['320571', 'a development zone (苏州工业园区), not a GB/T 2260 division'],
  ])('rejects %s (%s)', (code) => {
    expect(isRegionCode(code)).toBe(false);
  });
});

describe('regionName', () => {
  it.each([
    ['320102', '江苏省 南京市 玄武区'],
    ['320100', '江苏省 南京市'],
    ['320000', '江苏省'],
    ['440300', '广东省 深圳市'],
    ['441900', '广东省 东莞市'],
    ['110105', '北京市 朝阳区'],
    ['110100', '北京市'],
    ['500229', '重庆市 城口县'],
    ['419001', '河南省 济源市'],
    ['419000', '河南省 省直辖县级行政区划'],
    ['659001', '新疆维吾尔自治区 石河子市'],
    ['810001', '香港特别行政区 中西区'],
  ])('names %s %s', (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  it('is undefined for unknown codes', () => {
    expect(regionName('999999')).toBeUndefined();
    expect(regionName('32010')).toBeUndefined();
    expect(regionName('999999', 'en')).toBeUndefined();
  });

  it.each([
    ['320102', 'Xuanwu District, Nanjing, Jiangsu'],
    ['320115', 'Jiangning District, Nanjing, Jiangsu'],
    ['320100', 'Nanjing, Jiangsu'],
    ['320000', 'Jiangsu'],
    ['110105', 'Chaoyang District, Beijing'],
    ['110100', 'Beijing'],
    ['500229', 'Chengkou County, Chongqing'],
    ['419001', 'Jiyuan, Henan'],
    ['419000', 'County-level divisions under the province, Henan'],
    ['341500', "Lu'an, Anhui"],
    ['330382', 'Yueqing, Wenzhou, Zhejiang'],
  ])('names %s in English as %s', (code, name) => {
    expect(regionName(code, 'en')).toBe(name);
  });
});

describe('regionOwnName', () => {
  it('names the division alone', () => {
    expect(regionOwnName('320100')).toBe('南京市');
    expect(regionOwnName('320100', 'en')).toBe('Nanjing');
    expect(regionOwnName('999999')).toBeUndefined();
  });
});

describe('regionPath', () => {
  it('lists province, prefecture and county', () => {
    expect(regionPath('320102')).toEqual([
      { code: '320000', name: '江苏省' },
      { code: '320100', name: '南京市' },
      { code: '320102', name: '玄武区' },
    ]);
  });

  it('goes through the prefecture node of a municipality, as the cascader does', () => {
    expect(regionPath('110105')).toEqual([
      { code: '110000', name: '北京市' },
      { code: '110100', name: '北京市' },
      { code: '110105', name: '朝阳区' },
    ]);
  });

  it('stops at the code asked for', () => {
    expect(regionPath('440300')).toEqual([
      { code: '440000', name: '广东省' },
      { code: '440300', name: '深圳市' },
    ]);
  });

  it('is undefined for unknown codes', () => {
    expect(regionPath('999999')).toBeUndefined();
  });
});

describe('provinceOf', () => {
  it('finds the province of any level', () => {
    expect(provinceOf('320102')).toEqual({ code: '320000', name: '江苏省' });
    expect(provinceOf('440300')).toEqual({ code: '440000', name: '广东省' });
    expect(provinceOf('110105')).toEqual({ code: '110000', name: '北京市' });
    expect(provinceOf('650000')).toEqual({ code: '650000', name: '新疆维吾尔自治区' });
  });

  it('is undefined for unknown codes', () => {
    expect(provinceOf('999999')).toBeUndefined();
  });
});

describe('regionTree', () => {
  const tree = regionTree();
  const nodes = [...walk(tree)];

  it('has the 34 province-level divisions', () => {
    expect(tree).toHaveLength(34);
    expect(tree.map((province) => province.code)).toEqual(
      expect.arrayContaining(['110000', '710000', '820000']),
    );
  });

  it('is at most three levels deep, with every county a leaf', () => {
    expect(Math.max(...nodes.map(([, depth]) => depth))).toBe(3);
    for (const [node, depth] of nodes) {
      if (depth === 3) expect(node.children).toBeUndefined();
      if (node.children) expect(node.children.length).toBeGreaterThan(0);
    }
  });

  it('puts a municipality’s districts under one prefecture node named after it', () => {
    const beijing = tree.find((province) => province.code === '110000');
    expect(beijing?.children).toHaveLength(1);
    expect(beijing?.children?.[0]).toMatchObject({ code: '110100', name: '北京市' });
    expect(beijing?.children?.[0].children).toContainEqual({ code: '110105', name: '朝阳区' });

    const chongqing = tree.find((province) => province.code === '500000');
    expect(chongqing?.children?.map((city) => city.code)).toEqual(['500100']);
    expect(chongqing?.children?.[0].children).toContainEqual({ code: '500229', name: '城口县' });
  });

  it('gives directly administered county groups the standard’s name', () => {
    const hubeiGroup = nodes.find(([node]) => node.code === '429000')?.[0];
    expect(hubeiGroup?.name).toBe('省直辖县级行政区划');
    const xinjiangGroup = nodes.find(([node]) => node.code === '659000')?.[0];
    expect(xinjiangGroup?.name).toBe('自治区直辖县级行政区划');
  });

  it('holds only unique 6-digit codes, sorted within each level, without 市辖区 or development zones', () => {
    const codes = nodes.map(([node]) => node.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    for (const [node, depth] of nodes) {
      expect(node.name).not.toBe('市辖区');
      if (depth === 3) expect(node.code).not.toMatch(/7\d$/);
    }
    for (const siblings of [tree, ...nodes.map(([node]) => node.children ?? [])]) {
      const siblingCodes = siblings.map((node) => node.code);
      expect(siblingCodes).toEqual([...siblingCodes].sort());
    }
  });

  it('agrees with the lookups on every node', () => {
    for (const [node, depth] of nodes) {
      expect(isRegionCode(node.code)).toBe(true);
      const path = regionPath(node.code);
      expect(path).toHaveLength(depth);
      expect(path?.at(-1)).toEqual({ code: node.code, name: node.name });
    }
  });

  it('is built once and shared', () => {
    expect(regionTree()).toBe(tree);
  });
});

describe('regionTree in English', () => {
  it('has the Chinese tree’s shape and no Chinese name left', () => {
    const zh = [...walk(regionTree())].map(([node, depth]) => `${node.code}@${depth}`);
    const en = [...walk(regionTree('en'))];
    expect(en.map(([node, depth]) => `${node.code}@${depth}`)).toEqual(zh);
    expect(
      en.filter(([node]) => !/^[A-Z][A-Za-zü' ,-]*$/.test(node.name)).map(([node]) => node.name),
    ).toEqual([]);
  });
});
