// A local process's CPU and memory from /proc: for a service started in the same job. CPU is the
// change in utime + stime between samples over the wall time between them (clock ticks of 1/100 s,
// Linux's USER_HZ on every platform it runs on); memory is VmRSS, its share of MemTotal the "limit".

import { readFile } from 'node:fs/promises';
import type { ResourceReading, ResourceSource } from '../../ports/resources.js';

const TICKS_PER_SECOND = 100;

export function processSource(pid: number, proc = '/proc'): ResourceSource {
  let previous: { ticks: number; at: number } | null = null;
  return {
    label: `process ${pid}`,
    read: async (): Promise<ResourceReading[]> => {
      const [stat, status, meminfo] = await Promise.all([readFile(`${proc}/${pid}/stat`, 'utf8'), readFile(`${proc}/${pid}/status`, 'utf8'), readFile(`${proc}/meminfo`, 'utf8')]);
      // Fields after the command name (which may hold spaces and parentheses): utime is the 14th field overall, stime the 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      const at = performance.now();
      const cpuPercent = previous ? Math.max(0, ((ticks - previous.ticks) / TICKS_PER_SECOND / ((at - previous.at) / 1000)) * 100) : null;
      previous = { ticks, at };
      const kb = (text: string, key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
      return [{ name: `pid ${pid}`, cpuPercent, memoryBytes: kb(status, 'VmRSS'), memoryLimitBytes: kb(meminfo, 'MemTotal') }];
    },
  };
}
