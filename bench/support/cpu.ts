// CPU accounting for the benchmarks: this process's and the PostgreSQL server's processes' CPU time,
// read from /proc (Linux), so a figure can say where the time of one request goes.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) used so far by every process whose command is PostgreSQL's. */
export function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return ticks / 100;
}

/** CPU seconds used so far by this process (all its threads). */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
