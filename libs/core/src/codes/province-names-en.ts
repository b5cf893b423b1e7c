/**
 * The English names of China's provincial-level divisions by their GB/T 2260 prefix, as the government's
 * own English pages write them: the regions package carries Chinese names only, and an English reader
 * should not meet 江苏省 in the middle of a sentence. Prefectures and counties are romanized (region-names-en.ts).
 */
const PROVINCE_NAMES_EN: Readonly<Record<string, string>> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Hebei',
  '14': 'Shanxi',
  '15': 'Inner Mongolia',
  '21': 'Liaoning',
  '22': 'Jilin',
  '23': 'Heilongjiang',
  '31': 'Shanghai',
  '32': 'Jiangsu',
  '33': 'Zhejiang',
  '34': 'Anhui',
  '35': 'Fujian',
  '36': 'Jiangxi',
  '37': 'Shandong',
  '41': 'Henan',
  '42': 'Hubei',
  '43': 'Hunan',
  '44': 'Guangdong',
  '45': 'Guangxi',
  '46': 'Hainan',
  '50': 'Chongqing',
  '51': 'Sichuan',
  '52': 'Guizhou',
  '53': 'Yunnan',
  '54': 'Tibet',
  '61': 'Shaanxi',
  '62': 'Gansu',
  '63': 'Qinghai',
  '64': 'Ningxia',
  '65': 'Xinjiang',
  '71': 'Taiwan',
  '81': 'Hong Kong',
  '82': 'Macao',
};

/** The English name of the province `code` lies in (any level of GB/T 2260 code), if it is one. */
export function provinceNameEn(code: string): string | undefined {
  return PROVINCE_NAMES_EN[code.slice(0, 2)];
}
