import ExcelJS from 'exceljs';
import { cellText, codeForName, parseYesNo, regionTree, splitList, techFieldTree } from '#core';

/**
 * The expert import sheet: one column per CreateExpertDto field, headed in Chinese and English. Lists go
 * in one cell separated by 、，, ; or spaces; service modes and yes/no may be written in Chinese, regions
 * and technology fields by their names (江苏省, 动力电池) as well as their codes.
 */
interface SheetColumn {
  key: string;
  header: string;
  width: number;
  list?: boolean;
  /** Words users type for each stored value, so 咨询 imports as consulting. */
  aliases?: Record<string, string>;
  /** Names people write for codes of a code list: 江苏省 for 320000, 动力电池 for EV-BATTERY. */
  names?: 'region' | 'techField';
  boolean?: boolean;
  example: string;
}

const SERVICE_MODE_NAMES: Record<string, string> = {
  咨询: 'consulting',
  诊断: 'diagnosis',
  合作研发: 'joint-rnd',
  兼职: 'part-time',
  讲座: 'lecture',
};

const AVAILABILITY_NAMES: Record<string, string> = {
  可服务: 'available',
  有限: 'limited',
  暂不可: 'unavailable',
};
const VISIBILITY_NAMES: Record<string, string> = {
  公开: 'public',
  注册用户: 'registered',
  保密: 'confidential',
};

export const EXPERT_COLUMNS: readonly SheetColumn[] = [
  { key: 'name', header: '姓名 Name', width: 10, example: '张建国' },
  { key: 'title', header: '职称 Title', width: 16, example: '教授级高级工程师' },
  { key: 'affiliation', header: '工作单位 Affiliation', width: 24, example: '中国汽车技术研究中心' },
  {
    key: 'fields',
    header: '技术领域 Fields',
    width: 22,
    list: true,
    names: 'techField',
    example: '动力电池、EV-THERMAL',
  },
  { key: 'keywords', header: '关键词 Keywords', width: 20, list: true, example: '动力电池、热管理' },
  { key: 'regionCode', header: '所在地区 Region', width: 14, names: 'region', example: '120116' },
  {
    key: 'regionCodesServed',
    header: '服务地区 Regions served',
    width: 18,
    list: true,
    names: 'region',
    example: '江苏省、130000',
  },
  {
    key: 'serviceModes',
    header: '服务方式 Service modes',
    width: 18,
    list: true,
    aliases: SERVICE_MODE_NAMES,
    example: '咨询、诊断',
  },
  {
    key: 'availability',
    header: '服务状态 Availability',
    width: 12,
    aliases: AVAILABILITY_NAMES,
    example: '可服务',
  },
  { key: 'isCommissioner', header: '科技特派员 Commissioner', width: 12, boolean: true, example: '是' },
  { key: 'bio', header: '简介 Bio', width: 40, example: '长期从事动力电池系统安全研究……' },
  { key: 'email', header: '邮箱 Email', width: 24, example: 'zhang.jianguo@example.com' },
  { key: 'phone', header: '电话 Phone', width: 14, example: '022-12345678' },
  { key: 'visibility', header: '公开范围 Visibility', width: 12, aliases: VISIBILITY_NAMES, example: '公开' },
];

export const MAX_IMPORT_ROWS = 5000;

/** The downloadable template: the sheet with an example row, dropdowns, and a sheet of codes. */
export async function expertTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专家 Experts', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPERT_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(EXPERT_COLUMNS.map((c) => [c.key, c.example])));
  const dropdowns: Record<string, string[]> = {
    availability: Object.keys(AVAILABILITY_NAMES),
    isCommissioner: ['是', '否'],
    visibility: Object.keys(VISIBILITY_NAMES),
  };
  EXPERT_COLUMNS.forEach((column, index) => {
    const choices = dropdowns[column.key];
    if (!choices) return;
    for (let row = 2; row <= 501; row += 1) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
      };
    }
  });
  const codes = workbook.addWorksheet('代码 Codes');
  codes.columns = [
    { header: '技术领域代码', key: 'field', width: 16 },
    { header: '名称', key: 'fieldName', width: 24 },
    { header: '地区代码（省级）', key: 'region', width: 16 },
    { header: '名称', key: 'regionName', width: 20 },
    { header: '服务方式', key: 'mode', width: 12 },
  ];
  codes.getRow(1).font = { bold: true };
  const fields = techFieldTree('zh-CN').flatMap((top) => [top, ...(top.children ?? [])]);
  const provinces = regionTree();
  const modes = Object.keys(SERVICE_MODE_NAMES);
  for (let i = 0; i < Math.max(fields.length, provinces.length); i += 1) {
    codes.addRow({
      field: fields[i]?.code,
      fieldName: fields[i]?.name,
      region: provinces[i]?.code,
      regionName: provinces[i]?.name,
      mode: modes[i],
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  values: Record<string, unknown>;
}

/** Reads the first sheet's filled rows into plain objects shaped like CreateExpertDto. */
export async function readExpertSheet(file: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, unknown> = {};
    EXPERT_COLUMNS.forEach((column, index) => {
      const text = cellText(row.getCell(index + 1).value);
      if (text !== '') values[column.key] = parseCell(column, text);
    });
    if (Object.keys(values).length > 0) rows.push({ row: rowNumber, values });
  });
  return rows;
}

function parseCell(column: SheetColumn, text: string): unknown {
  const alias = (word: string) => {
    if (column.aliases?.[word]) return column.aliases[word];
    if (column.names) return codeForName(column.names, word) ?? word;
    return word;
  };
  if (column.list) return splitList(text).map(alias);
  if (column.boolean) return parseYesNo(text);
  return alias(text);
}
