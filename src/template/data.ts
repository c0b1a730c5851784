// Data files (feeders): rows of values bound to variables, so a run sends a realistic spread of
// IDs, users and search terms instead of one cache-hot request. A CSV file (a header row, then one
// row per line, RFC 4180 quoting), a JSON array of objects, or JSON Lines (an object per line);
// read once, when the config is, with the line of every mistake. Each hit that uses a file draws
// one row of it (DataSource), in the file's order:
//   - sequential: in file order, again from the top at the end; shards share the rows out;
//   - circular: in file order, round and round, every shard through all of them;
//   - random: any row, each time;
//   - unique: each row at most once in the whole run (shards share them out); at the end, stop the
//     load (on_exhausted: stop, the default) or start again (recycle).
// Parsing and drawing are pure; the caller reads the file.

export const DATA_ORDERS = ['sequential', 'random', 'unique', 'circular'] as const;
export type DataOrder = (typeof DATA_ORDERS)[number];
export const ON_EXHAUSTED = ['stop', 'recycle'] as const;
export type OnExhausted = (typeof ON_EXHAUSTED)[number];

/** DataTable: a file's columns and rows, every row as many values as columns. */
export interface DataTable {
  columns: string[];
  rows: string[][];
}

export class DataError extends Error {
  constructor(
    message: string,
    /** line: 1-based, in the file; 0 when the mistake is the whole file's. */
    readonly line: number,
  ) {
    super(message);
  }
}

/** parseData reads a data file by its name's ending: .csv, .json, .jsonl or .ndjson. */
export function parseData(text: string, path: string): DataTable {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.csv$/i.test(path)) return fromCsv(body);
  if (/\.(jsonl|ndjson)$/i.test(path)) return fromObjects(body.split(/\r?\n/).flatMap((line, i) => (line.trim() === '' ? [] : [[parseLine(line, i + 1), i + 1] as const])));
  if (/\.json$/i.test(path)) return fromJsonArray(body);
  throw new DataError('expected a .csv, .json or .jsonl (JSON Lines) file', 0);
}

function fromCsv(text: string): DataTable {
  const [header, ...rows] = parseCsvLines(text).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (!header) throw new DataError('the file is empty: expected a header row of column names', 0);
  const columns = header.cells.map((c) => c.trim());
  checkColumns(columns, header.line);
  return {
    columns,
    rows: rows.map(({ cells, line }) => {
      if (cells.length !== columns.length) throw new DataError(`${cells.length} value${cells.length === 1 ? '' : 's'}, but the header names ${columns.length} columns (${columns.join(', ')})`, line);
      return cells;
    }),
  };
}

function fromJsonArray(text: string): DataTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataError(`not JSON: ${(error as Error).message}`, 0);
  }
  if (!Array.isArray(data)) throw new DataError('expected a JSON array of objects like [{"id": 1, "name": "ann"}]', 0);
  // A pretty-printed array has an object per few lines: name each by its position instead.
  return fromObjects(data.map((row, i) => [row, 0, i + 1] as const));
}

function parseLine(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new DataError(`not JSON: ${(error as Error).message}`, number);
  }
}

/** fromObjects: rows of objects, every object with the same keys, whose values are scalars. */
function fromObjects(items: ReadonlyArray<readonly [unknown, number, number?]>): DataTable {
  if (items.length === 0) throw new DataError('the file holds no rows', 0);
  const where = (_line: number, index?: number) => (index ? ` (row ${index})` : '');
  const first = items[0][0];
  if (!isRecord(first)) throw new DataError(`expected an object of column: value${where(items[0][1], items[0][2])}`, items[0][1]);
  const columns = Object.keys(first);
  checkColumns(columns, items[0][1]);
  const rows = items.map(([item, line, index]) => {
    if (!isRecord(item)) throw new DataError(`expected an object of column: value${where(line, index)}`, line);
    const keys = Object.keys(item);
    const missing = columns.filter((c) => !(c in item));
    const extra = keys.filter((k) => !columns.includes(k));
    if (missing.length || extra.length) throw new DataError(`the row's keys differ from the first row's (${columns.join(', ')})${missing.length ? `: no ${missing.join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ':'} ${extra.join(', ')} not in the first row` : ''}${where(line, index)}`, line);
    return columns.map((c) => {
      const value = item[c];
      if (value !== null && typeof value === 'object') throw new DataError(`${c} is ${Array.isArray(value) ? 'a list' : 'an object'}; a row's values are text, numbers or booleans${where(line, index)}`, line);
      return value === null ? '' : String(value);
    });
  });
  return { columns, rows };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** checkColumns: names a template can read as {{ name }}, each once. */
function checkColumns(columns: readonly string[], line: number): void {
  const seen = new Set<string>();
  for (const c of columns) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(c)) throw new DataError(`column '${c}' cannot be a variable: use letters, digits and _ (not first a digit)`, line);
    if (seen.has(c)) throw new DataError(`column '${c}' is named twice`, line);
    seen.add(c);
  }
}

/** parseCsv: RFC 4180 fields (quoted fields may hold commas, quotes and line breaks), any line ending. */
export function parseCsv(text: string): string[][] {
  return parseCsvLines(text).map((row) => row.cells);
}

/** parseCsvLines: parseCsv with the line each row starts on. */
function parseCsvLines(text: string): Array<{ cells: string[]; line: number }> {
  const rows: Array<{ cells: string[]; line: number }> = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
        line++;
      }
      row.push(field);
      rows.push({ cells: row, line: rowLine });
      row = [];
      field = '';
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw new DataError('a quoted field is not closed: expected a closing "', rowLine);
  if (field !== '' || row.length > 0) rows.push({ cells: [...row, field], line: rowLine });
  return rows;
}

/** DataSource: one file's rows as a run draws them, one per hit that uses the file. */
export interface DataSource {
  /** next: this hit's row, or null when a unique file has run out and stops the load. */
  next(random: () => number): readonly string[] | null;
  /** drawn: rows drawn so far. */
  readonly drawn: number;
  /** ranOut: why a unique file stopped the load, once it has run out; else null. */
  readonly ranOut: string | null;
}

/**
 * dataSource: the rows of `table` for shard `shard` (index 1…count) of a run. Sequential and unique
 * rows are shared out among shards (every count-th row, from the shard's own), so no row is sent
 * twice across the run; circular starts each shard at its own offset; random draws from all.
 */
export function dataSource(table: DataTable & { file?: string }, order: DataOrder, onExhausted: OnExhausted, shard: { index: number; count: number } = { index: 1, count: 1 }): DataSource {
  const all = table.rows;
  const shared = order === 'sequential' || order === 'unique' ? all.filter((_, i) => i % shard.count === shard.index - 1) : all;
  // Fewer rows than shards leaves a shard none of its own: rows that may repeat are then all its own;
  // unique ones cannot be, and it stops at once, saying why.
  const share = shared.length === 0 && !(order === 'unique' && onExhausted === 'stop') ? all : shared;
  let at = order === 'circular' ? Math.floor(((shard.index - 1) * all.length) / shard.count) : 0;
  let drawn = 0;
  let ranOut: string | null = null;
  const whose = shard.count > 1 ? ` (shard ${shard.index} of ${shard.count}'s share: ${share.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')})` : '';
  const outOfRows = () => {
    ranOut =
      share.length === 0
        ? `the data file ${table.file ?? ''} has no unique rows for shard ${shard.index} of ${shard.count}: its ${all.length.toLocaleString('en-US')} rows cannot be shared among ${shard.count} shards (use fewer shards, more rows, or on_exhausted: recycle)`
        : `the data file ${table.file ?? ''} ran out of unique rows: each of its ${share.length.toLocaleString('en-US')} rows${whose} was sent once (on_exhausted: stop; recycle sends them again)`;
    return null;
  };
  return {
    get drawn() {
      return drawn;
    },
    get ranOut() {
      return ranOut;
    },
    next(random) {
      if (share.length === 0) return outOfRows();
      if (order === 'random') {
        drawn++;
        return share[Math.floor(random() * share.length)];
      }
      if (at >= share.length) {
        if (order === 'unique' && onExhausted === 'stop') return outOfRows();
        at = 0;
      }
      drawn++;
      return share[at++];
    },
  };
}
