/**
 * CSV → rows with their line numbers (papaparse). Understands Excel's `sep=;` first line, guesses
 * the separator (comma, semicolon, tab, bar), and never lets one stray quote swallow the rest of the
 * file: a row whose quotes do not close is skipped with its line number, and reading goes on
 * from the next line.
 */
import Papa from 'papaparse';
import { p } from './checks';
import type { ColumnChoice, ImportResult } from './model';
import { failed } from './model';
import { TableReader } from './table';

const DELIMITERS = [',', ';', '\t', '|'];

/** Excel's first line naming the separator: `sep=;` (alone on the line). */
const SEP_LINE = /^sep=(.)\s*(?:\n|$)/i;

/** Reads CSV text (already decoded) into point features. */
export function importCsv(textContent: string, choice?: ColumnChoice): ImportResult {
  let text = textContent.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return failed('csv', p('import.empty'));
  let firstLine = 1;
  let delimiter: string | undefined;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  // Set inside papaparse's callback (TypeScript cannot see that).
  let reader = null as TableReader | null;
  /** Broken rows met before the header was read, reported once it is. */
  const early: number[] = [];

  // Reads from `offset` (which starts line `line`) until the end or a row whose quotes are broken.
  let offset = 0;
  let line = firstLine;
  while (offset < text.length) {
    const chunk = offset === 0 ? text : text.slice(offset);
    let counted = 0; // position in chunk up to which newlines are counted into `line`
    let prevEnd = -1;
    let restart = -1;
    Papa.parse<string[]>(chunk, {
      delimiter: delimiter ?? '',
      delimitersToGuess: DELIMITERS,
      newline: '\n',
      step: (r, parser) => {
        if (!delimiter && r.meta.delimiter) delimiter = r.meta.delimiter;
        const start = prevEnd < 0 ? 0 : prevEnd + 1;
        prevEnd = r.meta.cursor;
        for (let i = counted; i < start; i++) if (chunk.charCodeAt(i) === 10) line++;
        counted = start;
        const where = p('import.where.line', { n: line });
        if (r.errors.some((e) => e.type === 'Quotes')) {
          if (reader) reader.collector.skip(where, p('import.csvQuote'));
          else early.push(line);
          const end = chunk.indexOf('\n', start);
          restart = end < 0 ? chunk.length : end + 1;
          parser.abort();
          return;
        }
        const cells = r.data;
        if (!reader) {
          if (cells.every((c) => c.trim() === '')) return; // blank lines before the header
          reader = new TableReader('csv', cells, choice);
          for (const n of early) {
            reader.collector.skip(p('import.where.line', { n }), p('import.csvQuote'));
          }
          if (reader.needsColumns) return parser.abort();
          return;
        }
        reader.row(cells, where);
      },
    });
    if (restart < 0 || reader?.needsColumns) break;
    // Count the lines of the skipped row, then go on after it.
    for (let i = counted; i < restart; i++) if (chunk.charCodeAt(i) === 10) line++;
    offset += restart;
  }

  if (!reader) {
    return failed('csv', early.length ? p('import.csvQuote') : p('import.noFeatures'));
  }
  const r = reader;
  const result = r.collector.result;
  result.headers = r.headers;
  result.columns = r.columns;
  if (r.needsColumns) return { ...result, needsColumns: true };
  return r.collector.finish();
}
