// A written model put on disk: the config and its data files under one folder, and model.json
// (what the model found, as data: production's peak for `loadtest capacity --production-peak DIR`).

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WrittenModel } from './write.js';

/** saveModel writes `written` under `dir`; returns the config's path. */
export async function saveModel(dir: string, written: WrittenModel): Promise<string> {
  await mkdir(dir, { recursive: true });
  const config = join(dir, 'performance_config.yml');
  await writeFile(config, written.yaml);
  await writeFile(join(dir, 'model.json'), `${JSON.stringify(written.facts, null, 2)}\n`);
  for (const file of written.files) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.text);
  }
  return config;
}
