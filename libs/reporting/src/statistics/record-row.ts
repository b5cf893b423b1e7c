/** A row of a drill-down, as read from a view. */
export interface RecordRow {
  id: string;
  kind: string;
  day: string;
  region_code: string;
  amount: string | null;
  label: string | null;
}

/** A drill-down lists at most this many records, newest first. */
export const RECORDS_LIMIT = 200;
