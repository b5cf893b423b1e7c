/** Excel uploads (the expert import) arrive as the raw workbook, not as JSON or multipart. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
