// Writing the job summary. Outside a runner there is no summary file, and that is not an error.

import * as core from '@actions/core';

export async function writeJobSummary(markdown: string, env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) return false;
  await core.summary.addRaw(markdown).write();
  return true;
}
