// The action's `model` mode: production's evidence (logs at paths or in an artifact of this run,
// or Prometheus) read into a traffic model, written as a config the next step's load test reads
// (the `config` input's own, with its traffic replaced, when there is one), and the mix shown in
// the job summary. With model-check, the config's mix is compared with production's instead, and
// the step fails when it drifted.

import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, formatIssue } from '../config/issues.js';
import { downloadArtifactNamed } from '../github/artifact.js';
import { LogFormatError } from '../model/access-log.js';
import { checkMix } from '../model/check.js';
import type { TrafficModelResult } from '../model/model.js';
import { PrometheusError, PrometheusUnreachable, queryPrometheus } from '../model/prometheus.js';
import { LogReadError, RoutesFileError, WorkerStartError, checkLogFormat, readLogs, readRoutesFile } from '../model/read-logs.js';
import { saveModel } from '../model/save.js';
import { ModelBaseError, writeModel } from '../model/write.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import type { ModelInputs } from './model-inputs.js';

export async function runModelStep(inputs: ActionInputs, model: ModelInputs, io: ActionIO): Promise<void> {
  const fail = async (message: string) => {
    io.setOutput('verdict', 'error');
    await io.appendSummary(`## ❌ Traffic model not written\n\n${message}\n`);
    io.setFailed(message);
  };
  let result: TrafficModelResult;
  let source: string;
  try {
    if (model.prometheusUrl !== '') {
      ({ result, source } = await queryPrometheus(model.prometheusUrl, model.query, model.sinceMs, model.prometheusToken || undefined, 'action'));
    } else {
      let files: string[];
      try {
        files = model.artifact !== '' ? await downloadArtifactNamed(model.artifact, mkdtempSync(join(io.env.RUNNER_TEMP || tmpdir(), 'loadtest-model-')), io.env, io) : logFiles(model.from);
      } catch (error) {
        return await fail(`model-artifact: ${(error as Error).message}`);
      }
      if (files.length === 0) return await fail(`${model.artifact !== '' ? `model-artifact: ${model.artifact}` : `model-from: ${model.from.join(', ')}`} holds no files`);
      const known = model.routes === null ? [] : readRoutesFile(model.routes);
      if (model.logFormat !== null) checkLogFormat(model.logFormat);
      // One thread: the action's bundle is not started again as a worker (a plain `loadtest model` on the runner is, for big logs).
      result = await readLogs(files, { known, logFormat: model.logFormat, threads: 1 });
      source = model.artifact !== '' ? `the artifact ${model.artifact} (${files.length} file${files.length === 1 ? '' : 's'})` : files.join(', ');
    }
  } catch (error) {
    if (error instanceof LogFormatError) return fail(`model-log-format: ${error.message}`);
    if (error instanceof RoutesFileError) return fail(`model-routes: ${error.message}`);
    if (error instanceof LogReadError || error instanceof WorkerStartError) return fail(`${model.artifact !== '' ? 'model-artifact' : 'model-from'}: ${error.message}`);
    if (error instanceof PrometheusUnreachable || error instanceof PrometheusError) return fail(`model-prometheus-url: ${error.message}`);
    throw error;
  }
  if (result.requests === 0) return fail(`no requests in ${source}: expected nginx/Apache combined or common lines, JSON lines, AWS ALB or Envoy entries (or set model-log-format)${result.unparsed.count ? `; ${result.unparsed.count} lines did not parse, e.g. ${JSON.stringify(result.unparsed.samples[0])}` : ''}`);

  if (model.check) {
    if (!inputs.configFile) return fail('model-check compares the config a load test reads with production: set the config input (or keep it at deploy/performance_config.yml)');
    let check;
    try {
      check = checkMix(inputs.configFile.value, inputs.configFile.source, result, model.threshold, io.env, 're-run the model mode (without model-check) to write it anew', 'action');
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return fail(error.issues.map(formatIssue).join('\n'));
    }
    io.info(check.text);
    io.setOutput('model-drifted', String(check.drifted));
    await io.appendSummary(`## ${check.drifted ? '⚠️ Traffic drifted from' : '✅ Traffic matches'} production\n\n${inputs.configFile.value} against ${source}:\n\n${check.markdown}\n`);
    if (check.drifted && inputs.failOnViolation) io.setFailed(check.verdict);
    else if (check.drifted) io.warning(`${check.verdict} (fail-on-violation is false, so the step passes)`);
    return;
  }

  let written;
  try {
    const base = inputs.configFile ? { file: inputs.configFile.value, text: readFileSync(inputs.configFile.value, 'utf8') } : undefined;
    written = writeModel(result, { source, scale: model.scale, rateAt: model.rateAt, dataDir: 'data', base });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof ModelBaseError) && code === undefined) throw error;
    return fail(`config: ${code === 'ENOENT' ? `${inputs.configFile!.value}: no such file` : (error as Error).message}`);
  }
  const config = await saveModel(model.out, written);
  io.info(written.summary);
  io.info(`Wrote ${config}${written.files.length ? ` and ${written.files.length} data file${written.files.length === 1 ? '' : 's'}` : ''}`);
  io.setOutput('model-config', config);
  io.setOutput('model-rate', String(written.rate));
  io.setOutput('model-routes', String(written.routes));
  await io.appendSummary(
    `## Traffic model from production\n\nFrom ${source}${inputs.configFile ? `, into ${inputs.configFile.value}` : ''}:\n\n${written.markdown}\n\nWritten to \`${config}\`${written.files.length ? ` with ${written.files.length} data file${written.files.length === 1 ? '' : 's'} of real values` : ''}. A later step runs it with \`config: \${{ steps.<this step's id>.outputs.model-config }}\`.\n`,
  );
}

/** logFiles: the model-from lines, a folder standing for every file in it (sorted). */
function logFiles(from: readonly string[]): string[] {
  return from.flatMap((path) => {
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      return [path]; // readLogs says what is wrong with it
    }
    return folder
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [path];
  });
}
