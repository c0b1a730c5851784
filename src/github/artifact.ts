// Uploading the report directory as a workflow artifact. Outside GitHub (no runtime token) there is
// nothing to upload to: one notice, the files stay on disk, the step goes on.

import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArtifactState } from '../report/job-summary.js';

export interface UploadResult {
  state: ArtifactState;
  id: number | null;
}

export async function uploadReportDir(dir: string, name: string, retentionDays: number | undefined, env: Readonly<Record<string, string | undefined>>): Promise<UploadResult> {
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    const reason = 'not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN)';
    core.notice(`Report artifact not uploaded: ${reason}. The report stays in ${dir}.`);
    return { state: { uploaded: false, reason }, id: null };
  }
  const root = resolve(dir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {});
    const url = id && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}` : null;
    return { state: { uploaded: true, name, url }, id: id ?? null };
  } catch (error) {
    const reason = `the upload failed: ${(error as Error).message}`;
    core.warning(`Report artifact not uploaded: ${reason}. The report stays in ${dir}.`);
    return { state: { uploaded: false, reason }, id: null };
  }
}
