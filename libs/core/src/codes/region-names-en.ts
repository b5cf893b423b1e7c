/**
 * English names of prefectures and counties, written the way GB/T 17693 writes Chinese place names:
 * the proper name in Hanyu Pinyin without tones, syllables joined (an apostrophe before a syllable
 * starting with a, o or e: Lu'an), first letter capitalized, and the administrative generic translated
 * (南京市 → Nanjing, 玄武区 → Xuanwu District, 延边朝鲜族自治州 → Yanbianchaoxianzu Autonomous Prefecture).
 *
 * Simplifications, knowingly taken:
 * - The ethnic part of an autonomous division's name stays in pinyin with the place (official English
 *   often writes "Yanbian Korean Autonomous Prefecture"; no such table exists for all 150 of them).
 * - Names in other scripts (呼和浩特 is Hohhot, 鄂尔多斯 Ordos) are romanized from their Chinese
 *   characters like any other: that is what the standard prescribes for maps in pinyin.
 * - A one-character name keeps its generic in pinyin as part of the name, as the standard does
 *   (泾县 → Jingxian County, 城区 → Chengqu District), so no name is a bare syllable.
 * - Hong Kong's and Macao's districts get pinyin too (Wanzai District, not Wan Chai): their own English
 *   names follow Cantonese and Portuguese and would need a table of their own.
 */
import { pinyin } from 'pinyin-pro';

/** Generic endings, longest first so 自治县 wins over 县; `null` means the ending is dropped (cities). */
const GENERICS: readonly (readonly [string, string | null])[] = [
  ['自治县', 'Autonomous County'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'],
  ['盟', 'League'],
  ['旗', 'Banner'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', null],
];

/**
 * Names whose generic is not read off their last characters: 林区 and 新区 are generics only for these
 * (万柏林区 and 清新区 are districts whose names end in 林 and 新), and a few divisions have no generic.
 */
const WHOLE_NAMES: Readonly<Record<string, string>> = {
  六枝特区: 'Liuzhi Special District',
  神农架林区: 'Shennongjia Forestry District',
  浦东新区: 'Pudong New Area',
  滨海新区: 'Binhai New Area',
  沈北新区: 'Shenbei New Area',
  西沙群岛: 'Xisha Islands',
  南沙群岛: 'Nansha Islands',
  中沙群岛的岛礁及其海域: 'Zhongsha Islands and their waters',
  大柴旦行政委员会: 'Dachaidan Administrative Committee',
  省直辖县级行政区划: 'County-level divisions under the province',
  自治区直辖县级行政区划: 'County-level divisions under the autonomous region',
};

/**
 * Place names read differently from the characters' everyday reading (pinyin-pro picks the common one):
 * the readings the place-name authorities list for these places.
 */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  乐清: 'yue qing',
  乐亭: 'lao ting',
  六安: 'lu an',
  大城: 'da cheng',
  东阿: 'dong e',
  黄陂: 'huang pi',
  洪洞: 'hong tong',
  单: 'shan',
  蔚: 'yu',
  尉犁: 'yu li',
  六合: 'lu he',
  闵行: 'min hang',
  曾都: 'zeng du',
  泌阳: 'bi yang',
  浚: 'xun',
  称多: 'chen duo',
  番禺: 'pan yu',
  铅山: 'yan shan',
  涡阳: 'guo yang',
  枞阳: 'zong yang',
  筠连: 'jun lian',
  莘: 'shen',
  牟平: 'mu ping',
  繁峙: 'fan shi',
  长子: 'zhang zi',
  荥经: 'ying jing',
};

/** Characters with one reading in every place name they occur in (望都 Wangdu, 喀什 Kashi, 柏乡 Baixiang, 蚌埠 Bengbu). */
export const CHARACTER_READINGS: Readonly<Record<string, string>> = {
  都: 'du',
  什: 'shi',
  柏: 'bai',
  蚌: 'beng',
};

/** The syllables of a proper name, one per character: place readings first, then pinyin-pro's. */
function syllables(name: string): string[] {
  const reading = PLACE_READINGS[name];
  if (reading !== undefined) return reading.split(' ');
  const characters = [...name];
  return pinyin(name, { toneType: 'none', type: 'array' }).map(
    (syllable, i) => CHARACTER_READINGS[characters[i]!] ?? syllable,
  );
}

/** Joined syllables with GB/T 16159's apostrophe before a syllable that starts with a vowel a, o or e. */
function joinSyllables(parts: readonly string[]): string {
  const joined = parts.map((part, i) => (i > 0 && /^[aoe]/.test(part) ? `'${part}` : part)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The pinyin proper name: 南京 → Nanjing, 六安 → Lu'an. */
export function romanize(name: string): string {
  return joinSyllables(syllables(name));
}

/** The English name of a prefecture- or county-level division from its Chinese name. */
export function divisionNameEn(name: string): string {
  const whole = WHOLE_NAMES[name];
  if (whole !== undefined) return whole;
  for (const [generic, english] of GENERICS) {
    if (!name.endsWith(generic)) continue;
    const proper = name.slice(0, -generic.length);
    // A one-character proper name keeps its generic: 泾县 → Jingxian County.
    if (proper.length === 1)
      return joinWithGeneric(joinSyllables([...syllables(proper), ...syllables(generic)]), english);
    if (proper.length === 0) break;
    return joinWithGeneric(romanize(proper), english);
  }
  return romanize(name);
}

function joinWithGeneric(proper: string, generic: string | null): string {
  return generic === null ? proper : `${proper} ${generic}`;
}
