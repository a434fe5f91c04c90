// Runs the argmap command in this process (as bin/argmap.js does) and, at
// exit, writes its peak memory and CPU time as JSON to $BENCH_RESULT: peak RSS
// of the whole process, worker threads included.
//
//   BENCH_RESULT=r.json node bench/cli-child.mjs batch in.jsonl --jobs 2 -o /dev/null
import { writeFileSync } from 'node:fs';
import { main } from '../dist/src/cli/main.js';

const start = performance.now();
process.on('exit', (code) => {
  const u = process.resourceUsage();
  const result = { code, ms: performance.now() - start, maxRss: u.maxRSS * 1024, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 };
  if (process.env.BENCH_RESULT) writeFileSync(process.env.BENCH_RESULT, JSON.stringify(result));
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`argmap: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
