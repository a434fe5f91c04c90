// argmap batch on a big JSON Lines file: peak memory stays bounded whatever
// the input size. Generates the file in the temporary folder (never in the
// repository), runs `argmap batch FILE --jobs N -o /dev/null` in a child
// process, samples its memory, and deletes the file.
//
//   node bench/batch-big.mjs [--gb 1] [--jobs N] [--seconds S] [--keep] [--json]
//
// --seconds S stops the run after S seconds (SIGTERM, as a user's Ctrl-C
// would) and reports how far it got; by default it runs to the end. The whole
// 1 GB takes a long time (about 170 million words: at 70,000 words/s, 40 min).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePosts } from './generate.mjs';

const { values: opt } = parseArgs({
  options: {
    gb: { type: 'string', default: '1' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    seconds: { type: 'string' },
    keep: { type: 'boolean' },
    json: { type: 'boolean' },
    file: { type: 'string' },
  },
});
const HERE = fileURLToPath(new URL('.', import.meta.url));
const target = Number(opt.gb) * (1 << 30);
const file = opt.file ?? join(tmpdir(), `argmap-batch-big-${process.pid}.jsonl`);
const log = (s) => process.stderr.write(`${s}\n`);
const cleanup = () => {
  if (!opt.keep && !opt.file) rmSync(file, { force: true });
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

// generate: 1,000 distinct posts at a time, written as they are made
let bytes = 0;
let docs = 0;
try {
  if (statSync(file).size >= target) bytes = statSync(file).size;
} catch {
  // not there yet
}
if (bytes === 0) {
  log(`batch-big: writing ${opt.gb} GB of JSON Lines to ${file} …`);
  const fd = openSync(file, 'w');
  for (let seed = 100; bytes < target; seed++) {
    const chunk = `${generatePosts(1000, { words: 600, seed })
      .map((text) => JSON.stringify({ id: `s${seed}-${docs++}`, text }))
      .join('\n')}\n`;
    writeSync(fd, chunk);
    bytes += Buffer.byteLength(chunk);
  }
  closeSync(fd);
} else {
  log(`batch-big: using ${file} (${bytes} bytes)`);
}

function status(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

log(`batch-big: argmap batch --jobs ${opt.jobs} on ${(bytes / (1 << 30)).toFixed(2)} GB …`);
const resultFile = join(tmpdir(), `argmap-batch-big-${process.pid}.result.json`);
const t0 = performance.now();
const child = spawn(process.execPath, [join(HERE, 'cli-child.mjs'), 'batch', file, '--jobs', opt.jobs, '-o', '/dev/null'], {
  env: { ...process.env, BENCH_RESULT: resultFile },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
const samples = [];
let peak = 0;
const sampler = setInterval(() => {
  const s = status(child.pid);
  if (!s) return;
  peak = Math.max(peak, s.hwm);
  samples.push({ s: (performance.now() - t0) / 1000, rss: s.rss });
}, 1000);
let stopTimer = null;
if (opt.seconds) stopTimer = setTimeout(() => child.kill('SIGTERM'), Number(opt.seconds) * 1000);
const code = await new Promise((resolve) => child.on('exit', (c, sig) => resolve(c ?? sig)));
clearInterval(sampler);
if (stopTimer) clearTimeout(stopTimer);
const seconds = (performance.now() - t0) / 1000;
let result = null;
try {
  result = JSON.parse(readFileSync(resultFile, 'utf8'));
  rmSync(resultFile, { force: true });
} catch {
  // none
}
if (result?.maxRss) peak = Math.max(peak, result.maxRss);
// the highest RSS in each tenth of the run: flat means bounded
const tenths = [];
for (let k = 1; k <= 10; k++) {
  const inTenth = samples.filter((x) => x.s > (seconds * (k - 1)) / 10 && x.s <= (seconds * k) / 10);
  if (inTenth.length) tenths.push(Math.round(Math.max(...inTenth.map((x) => x.rss)) / (1 << 20)));
}
const report = {
  inputBytes: bytes,
  ...(docs ? { docs, docsPerSec: docs / seconds } : {}),
  jobs: Number(opt.jobs),
  exit: code,
  seconds,
  peakRssMb: Math.round(peak / (1 << 20)),
  maxRssByTenthOfRunMb: tenths,
  cpuSeconds: result ? (result.userMs + result.systemMs) / 1000 : null,
  stderrTail: stderr.trim().split('\n').slice(-3).join('\n'),
};
if (opt.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  process.stdout.write(
    `argmap batch --jobs ${report.jobs} on ${(bytes / (1 << 30)).toFixed(2)} GB of JSON Lines: ` +
      `exit ${code} after ${seconds.toFixed(0)} s${opt.seconds ? ` (stopped at ${opt.seconds} s)` : ''}${docs ? `, ${docs} documents (${(docs / seconds).toFixed(0)}/s)` : ''}, peak RSS ${report.peakRssMb} MB\n` +
      `highest RSS (MB) in each tenth of the run: ${tenths.join(' ')}\n`,
  );
}
