import { describe, expect, it } from '@jest/globals';

import { CHARACTER_READINGS, divisionNameEn, PLACE_READINGS, romanize } from './region-names-en.js';

/** Each reading the place-name authorities give differently from pinyin-pro's everyday one. */
const READINGS: readonly (readonly [string, string])[] = [
  ['乐清市', 'Yueqing'],
  ['乐亭县', 'Laoting County'],
  ['六安市', "Lu'an"],
  ['六合区', 'Luhe District'],
  ['东阿县', "Dong'e County"],
  ['大城县', 'Dacheng County'],
  ['黄陂区', 'Huangpi District'],
  ['洪洞县', 'Hongtong County'],
  ['单县', 'Shanxian County'],
  ['蔚县', 'Yuxian County'],
  ['尉犁县', 'Yuli County'],
  ['番禺区', 'Panyu District'],
  ['铅山县', 'Yanshan County'],
  ['涡阳县', 'Guoyang County'],
  ['枞阳县', 'Zongyang County'],
  ['筠连县', 'Junlian County'],
  ['莘县', 'Shenxian County'],
  ['牟平区', 'Muping District'],
  ['繁峙县', 'Fanshi County'],
  ['长子县', 'Zhangzi County'],
  ['荥经县', 'Yingjing County'],
  ['闵行区', 'Minhang District'],
  ['曾都区', 'Zengdu District'],
  ['泌阳县', 'Biyang County'],
  ['浚县', 'Xunxian County'],
  ['称多县', 'Chenduo County'],
  ['望都县', 'Wangdu County'],
  ['喀什地区', 'Kashi Prefecture'],
  ['柏乡县', 'Baixiang County'],
  ['蚌山区', 'Bengshan District'],
];

describe('romanize', () => {
  it.each([
    ['重庆', 'Chongqing'],
    ['长沙', 'Changsha'],
    ['厦门', 'Xiamen'],
    ['六安', "Lu'an"],
    ['蚌埠', 'Bengbu'],
    ['番禺', 'Panyu'],
    ['乐清', 'Yueqing'],
    ['丽水', 'Lishui'],
    ['无锡', 'Wuxi'],
    ['西安', "Xi'an"],
  ])('%s → %s', (name, english) => {
    expect(romanize(name)).toBe(english);
  });
});

describe('divisionNameEn', () => {
  it.each([
    ['南京市', 'Nanjing'],
    ['江阴市', 'Jiangyin'],
    ['玄武区', 'Xuanwu District'],
    ['江宁区', 'Jiangning District'],
    ['沛县', 'Peixian County'],
    ['城区', 'Chengqu District'],
    ['丰县', 'Fengxian County'],
    ['长阳土家族自治县', 'Changyangtujiazu Autonomous County'],
    ['延边朝鲜族自治州', 'Yanbianchaoxianzu Autonomous Prefecture'],
    ['阿里地区', 'Ali Prefecture'],
    ['兴安盟', "Xing'an League"],
    ['阿荣旗', 'Arong Banner'],
    ['鄂温克族自治旗', 'Ewenkezu Autonomous Banner'],
    ['神农架林区', 'Shennongjia Forestry District'],
    ['浦东新区', 'Pudong New Area'],
    ['万柏林区', 'Wanbailin District'],
    ['清新区', 'Qingxin District'],
    ['六枝特区', 'Liuzhi Special District'],
  ])('%s → %s', (name, english) => {
    expect(divisionNameEn(name)).toBe(english);
  });

  it.each(READINGS)('reads %s as %s', (name, english) => {
    expect(divisionNameEn(name)).toBe(english);
  });

  it('has a case for every listed reading', () => {
    const untested = [...Object.keys(PLACE_READINGS), ...Object.keys(CHARACTER_READINGS)].filter(
      (reading) => !READINGS.some(([name]) => name.includes(reading)),
    );
    expect(untested).toEqual([]);
  });
});
