export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The openapi-fetch options that send a workbook as the raw request body: the schema's body is the .xlsx
 * bytes, so the file goes as it is, not serialized as JSON.
 */
export function xlsxBody(file: Blob) {
  const upload = file.type === XLSX_TYPE ? file : new Blob([file], { type: XLSX_TYPE });
  return { body: '', bodySerializer: () => upload, headers: { 'Content-Type': XLSX_TYPE } };
}
