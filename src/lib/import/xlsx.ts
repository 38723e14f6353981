/**
 * Excel workbooks (.xlsx) → point features (read-excel-file, which reads the XML with a SAX parser,
 * no DOM, so it runs in the worker). The first sheet with data, or the one chosen; the same column
 * guessing as CSV; rows reported as "sheet “…”, row N".
 */
import readXlsxFile from 'read-excel-file/universal';
import { p } from './checks';
import { failed, type ImportOptions, type ImportResult } from './model';
import { TableReader } from './table';

/** Reads an .xlsx file's bytes. */
export async function importXlsx(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // read-excel-file takes an ArrayBuffer of exactly the file.
    const buffer = bytes.slice().buffer;
    sheets = (await readXlsxFile(buffer)) as unknown as typeof sheets;
  } catch (e) {
    return failed('xlsx', p('import.badXlsx', { detail: (e as Error).message.slice(0, 200) }));
  }
  const withData = sheets.filter((s) =>
    s.data.some((row) => row.some((c) => c !== null && c !== '')),
  );
  const names = withData.map((s) => s.sheet);
  if (!withData.length) return failed('xlsx', p('import.noFeatures'));
  const chosen = withData.find((s) => s.sheet === options.sheet) ?? withData[0]!;
  const rows = chosen.data;
  // The header is the first row with anything in it.
  let h = 0;
  while (h < rows.length && !rows[h]!.some((c) => c !== null && c !== '')) h++;
  const reader = new TableReader('xlsx', rows[h] ?? [], options.columns);
  const result = reader.collector.result;
  result.headers = reader.headers;
  result.columns = reader.columns;
  result.sheets = names;
  result.sheet = chosen.sheet;
  if (names.length > 1)
    result.about.push(p('import.sheetRead', { sheet: chosen.sheet, count: names.length }));
  if (reader.needsColumns) return { ...result, needsColumns: true };
  for (let i = h + 1; i < rows.length; i++) {
    reader.row(rows[i]!, p('import.where.sheetRow', { sheet: chosen.sheet, n: i + 1 }));
  }
  return reader.collector.finish();
}
