import ExcelJS from 'exceljs';
import { cellText, codeForName, parseYesNo, splitList, ValidationError, type NamedCodeList } from '#core';
import { fieldLabel } from './field-labels.js';
import type { ImportKind } from './posting-import.entity.js';
import type { ImportInputRow } from './posting-import.service.js';

/**
 * The Excel form of a posting import: one column per field of the JSON rows, headed by the form's label in
 * Chinese and English (「需求名称 Title」). A header may also be written as the Chinese label, the English
 * label or the JSON field name. Cells hold what people write: names of regions, technology fields and
 * GB/T 4754 industries (江苏省, 动力电池, 锂离子电池制造) as well as codes, the UI's words for categories and
 * modes (卡脖子关键技术, 技术开发), lists separated by 、，,; or spaces, 是/否.
 */
interface SheetColumn {
  key: string;
  example: string;
  list?: boolean;
  number?: boolean;
  yesNo?: boolean;
  names?: NamedCodeList;
  /** The UI's words for stored values, so 技术开发 imports as development. */
  words?: Record<string, string>;
}

const VISIBILITY_WORDS = {
  公开: 'public',
  仅注册用户可见: 'registered',
  注册用户: 'registered',
  保密: 'confidential',
};

const CONTACT_COLUMNS: SheetColumn[] = [
  { key: 'contact.name', example: '王强' },
  { key: 'contact.phone', example: '025-12345678' },
  { key: 'contact.email', example: 'wang.qiang@example.com' },
];

const CONTACT_HEADERS: Record<string, [string, string]> = {
  'contact.name': ['联系人', 'Contact name'],
  'contact.phone': ['联系电话', 'Contact phone'],
  'contact.email': ['联系邮箱', 'Contact email'],
};

const COLUMNS: Record<ImportKind, readonly SheetColumn[]> = {
  demand: [
    { key: 'title', example: '高镍正极材料循环寿命提升' },
    {
      key: 'description',
      example: '现有高镍三元正极在 45℃ 下 1000 次循环后容量保持率不足 80%，寻求包覆改性方案。',
    },
    {
      key: 'category',
      example: '卡脖子关键技术',
      words: {
        行业共性技术: 'common',
        卡脖子关键技术: 'chokepoint',
        竞争短板技术: 'shortboard',
        提质增效核心技术: 'efficiency',
      },
    },
    { key: 'industryCode', names: 'industry', example: '锂离子电池制造' },
    { key: 'fields', list: true, names: 'techField', example: '动力电池' },
    { key: 'keywords', list: true, example: '正极材料、循环寿命' },
    { key: 'regionCode', names: 'region', example: '江苏省' },
    { key: 'regionRequired', yesNo: true, example: '否' },
    { key: 'budgetMinWan', number: true, example: '50' },
    { key: 'budgetMaxWan', number: true, example: '200' },
    { key: 'trlRequired', number: true, example: '6' },
    { key: 'deadline', example: '2027-06-30' },
    {
      key: 'cooperationModes',
      list: true,
      example: '技术开发、技术转让',
      words: {
        技术开发: 'development',
        技术转让: 'transfer',
        技术许可: 'licensing',
        技术咨询: 'consulting',
        技术服务: 'service',
        人才引进: 'talent',
      },
    },
    { key: 'visibility', words: VISIBILITY_WORDS, example: '公开' },
    { key: 'teaser', example: '' },
    ...CONTACT_COLUMNS,
  ],
  achievement: [
    { key: 'title', example: '固态电解质界面改性技术' },
    { key: 'abstract', example: '通过原子层沉积在正极表面构筑纳米包覆层，抑制界面副反应。' },
    { key: 'fields', list: true, names: 'techField', example: '动力电池' },
    { key: 'keywords', list: true, example: '固态电池' },
    { key: 'trl', number: true, example: '5' },
    {
      key: 'maturity',
      example: '中试',
      words: { 实验室: 'lab', 小试: 'bench', 中试: 'pilot', 产业化: 'industrial' },
    },
    {
      key: 'transferModes',
      list: true,
      example: '转让、许可',
      words: { 转让: 'transfer', 许可: 'licensing', 作价入股: 'equity', 合作开发: 'co-development' },
    },
    { key: 'priceWan', number: true, example: '300' },
    { key: 'regionCode', names: 'region', example: '江苏省' },
    { key: 'visibility', words: VISIBILITY_WORDS, example: '公开' },
    { key: 'teaser', example: '' },
    ...CONTACT_COLUMNS,
  ],
};

function headerNames(kind: ImportKind, key: string): [string, string] {
  return CONTACT_HEADERS[key] ?? [fieldLabel(kind, key, 'zh-CN'), fieldLabel(kind, key, 'en')];
}

/** The template of a kind: the header row and one example row. */
export async function postingTemplate(kind: ImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind === 'demand' ? '需求 Demands' : '成果 Achievements', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS[kind].map((column) => ({
    key: column.key,
    header: headerNames(kind, column.key).join(' '),
    width: Math.max(14, headerNames(kind, column.key).join(' ').length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(COLUMNS[kind].map((column) => [column.key, column.example])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/**
 * The first sheet's filled rows as the JSON rows `PostingImportService.run` takes, with the row numbers
 * Excel shows. A file that is not a workbook, or whose first row names no title column, is refused whole.
 */
export async function readPostingSheet(kind: ImportKind, file: Buffer): Promise<ImportInputRow[]> {
  if (!file.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC))
    throw new ValidationError([{ field: 'file', code: 'not-xlsx' }], 'not-xlsx');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ValidationError([{ field: 'file', code: 'not-xlsx' }], 'not-xlsx');
  }
  const sheet = workbook.worksheets[0];
  const columns = new Map<number, SheetColumn>();
  sheet?.getRow(1).eachCell((cell, index) => {
    const column = columnForHeader(kind, cellText(cell.value));
    if (column) columns.set(index, column);
  });
  if (![...columns.values()].some((column) => column.key === 'title'))
    throw new ValidationError([{ field: 'file', code: 'sheet-without-title' }], 'sheet-without-title');
  const rows: ImportInputRow[] = [];
  sheet!.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, unknown> = {};
    for (const [index, column] of columns) {
      const text = cellText(row.getCell(index).value);
      if (text !== '') setPath(values, column.key, parseCell(column, text));
    }
    if (Object.keys(values).length > 0) rows.push({ row: rowNumber, values });
  });
  return rows;
}

function columnForHeader(kind: ImportKind, header: string): SheetColumn | undefined {
  const wanted = header.replace(/\s+/g, ' ').trim().toLowerCase();
  return COLUMNS[kind].find((column) => {
    const [zh, en] = headerNames(kind, column.key);
    return [column.key, zh, en, `${zh} ${en}`].some((name) => name.toLowerCase() === wanted);
  });
}

function parseCell(column: SheetColumn, text: string): unknown {
  const word = (item: string) =>
    column.words?.[item] ?? (column.names ? (codeForName(column.names, item) ?? item) : item);
  if (column.list) return splitList(text).map(word);
  if (column.yesNo) return parseYesNo(text);
  if (column.number) return Number.isFinite(Number(text)) ? Number(text) : text;
  return word(text);
}

/** Sets `contact.name` as `{ contact: { name } }`. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, child] = path.split('.') as [string, string | undefined];
  if (!child) target[head] = value;
  else target[head] = { ...(target[head] as Record<string, unknown> | undefined), [child]: value };
}
