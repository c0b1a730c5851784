// The data files (load_test.data): each read once, when the config is, its mistakes named with
// the file's own line; their columns become variables templates read (template/data.ts).

import { dirname, isAbsolute, join } from 'node:path';
import { type DataOrder, DataError, type OnExhausted, parseData } from '../../template/data.js';
import type { DataPlan } from '../plan.js';
import type { SettingsView } from './view.js';

interface DataSetting {
  file?: string;
  order?: DataOrder;
  on_exhausted?: OnExhausted;
}

/**
 * resolveData reads every data file; a path is taken from the config file's folder (else the
 * working directory), as the config's other paths are read by whoever runs it from there.
 */
export function resolveData(view: SettingsView, readFile: (path: string) => string, configFile: string | null, variables: Readonly<Record<string, string>>): DataPlan[] {
  const { get, sourceOf, issues } = view;
  const given = get<DataSetting[]>('load_test.data') ?? [];
  const taken = new Map<string, string>(Object.keys(variables).map((name) => [name, 'load_test.variables']));
  const plans: DataPlan[] = [];
  given.forEach((setting, i) => {
    const source = sourceOf(`load_test.data[${i}].file`).kind === 'default' ? sourceOf('load_test.data') : sourceOf(`load_test.data[${i}].file`);
    if (!setting.file) {
      issues.push({ source, message: `data file ${i + 1} needs a file: a .csv, .json or .jsonl path` });
      return;
    }
    const path = isAbsolute(setting.file) || !configFile ? setting.file : join(dirname(configFile), setting.file);
    let text: string;
    try {
      text = readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push({ source, message: `cannot read the data file ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}` });
      return;
    }
    let table;
    try {
      table = parseData(text, path);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      issues.push({ source: error.line > 0 ? { kind: 'file', file: path, line: error.line, col: 1, keyPath: `load_test.data[${i}]` } : source, message: `${error.line > 0 ? '' : `${path}: `}${error.message}` });
      return;
    }
    if (table.rows.length === 0) {
      issues.push({ source, message: `the data file ${path} holds no rows` });
      return;
    }
    for (const column of table.columns) {
      const earlier = taken.get(column);
      if (earlier) issues.push({ source, message: `column '${column}' of ${path} is also a variable of ${earlier}: a template could not tell which to read; rename one` });
      taken.set(column, path);
    }
    if (setting.on_exhausted !== undefined && setting.order !== 'unique') view.notices.push(`on_exhausted is ignored for ${path}: only a unique file runs out (its order is ${setting.order ?? 'sequential'})`);
    plans.push({ file: path, order: setting.order ?? 'sequential', onExhausted: setting.on_exhausted ?? 'stop', columns: table.columns, rows: table.rows });
  });
  return plans;
}
