/**
 * Loaded with `node --import` into a process the bench runs: at exit, writes the process's peak
 * resident memory (all its threads) and CPU time to the file PUENTE_BENCH_USAGE names, which the
 * parent cannot learn from Node's child-process API.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.PUENTE_BENCH_USAGE;
if (file && isMainThread)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRssKb: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }),
    );
  });
