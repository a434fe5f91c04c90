// argmap's speed and memory benchmark: `npm run bench` (add `-- --quick`,
// `-- --json`, `-- --profile`, `-- --help`).
//
// On the same texts, in one run: words per second and peak memory of
// wink-nlp's bare readDoc (tokens and sentences, with the pipeline src/nlp/base.ts
// runs, and with wink-nlp's default pipeline),
// compromise's bare nlp() and argmap's full analyze(), on many posts of about
// 600 words, the PolNeAR dev articles (when ../shared/corpora is there), and
// single documents of 1 MB and 10 MB; the ratio argmap / wink; how time grows
// with length (10 MB vs 1 MB); where argmap's time goes, stage by stage; cold
// start of the library and of `argmap analyze` on the seed; `argmap batch`
// with one worker and with every core. Each measurement runs in a child
// process under a heap limit and a time limit: one that fails is reported as
// such in the table, and the run goes on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, arch, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countWords, generateDocument, generatePosts } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const SEED = join(ROOT, 'examples/basra-power-struggle.txt');
const MB = 1 << 20;

const HELP = `npm run bench -- [options]    (or: node bench/index.mjs [options])

  --quick            a smaller run (about a minute): fewer posts, 0.1 MB and 1 MB documents
  --json             print the results as JSON instead of tables
  --only LIST        engines to measure, from wink,wink-default,compromise,argmap (default all)
                     (wink: readDoc with argmap's pipeline, sentences and parts of speech;
                     wink-default: readDoc with wink-nlp's default pipeline)
  --posts N          posts in the many-posts text (default 500; quick 100)
  --sizes A,B        the single documents' sizes in MB (default 1,10; quick 0.1,1)
  --heap MB          heap limit of each measurement's process (default 2048)
  --timeout S        time limit of each measurement (default 75; quick 30)
  --runs N           cold-start runs, the median is reported (default 5; quick 3)
  --batch N          posts in the argmap batch JSON Lines run (default 600; quick 200; 0 skips)
  --profile [FILE]   also write a CPU profile of argmap on the posts (the timed part alone)
                     and print where the time goes; FILE defaults to a temporary file
  --corpora PATH     where the corpora are (default ../shared/corpora, or $ARGMAP_CORPORA)
  --no-build         do not compile src/ first (npm run build)
`;

const { values: opt } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    json: { type: 'boolean' },
    only: { type: 'string' },
    posts: { type: 'string' },
    sizes: { type: 'string' },
    heap: { type: 'string' },
    timeout: { type: 'string' },
    runs: { type: 'string' },
    batch: { type: 'string' },
    profile: { type: 'string' },
    corpora: { type: 'string' },
    'no-build': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  // --profile may come without a value
  args: process.argv.slice(2).flatMap((a, i, all) => (a === '--profile' && (all[i + 1] === undefined || all[i + 1].startsWith('--')) ? ['--profile', ''] : [a])),
});
if (opt.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const quick = Boolean(opt.quick);
const ENGINES = (opt.only ?? 'wink,wink-default,compromise,argmap').split(',');
const POSTS = Number(opt.posts ?? (quick ? 100 : 500));
const SIZES = (opt.sizes ?? (quick ? '0.1,1' : '1,10')).split(',').map(Number);
const HEAP = Number(opt.heap ?? 2048);
const TIMEOUT = Number(opt.timeout ?? (quick ? 30 : 75)) * 1000;
const RUNS = Number(opt.runs ?? (quick ? 3 : 5));
const BATCH = Number(opt.batch ?? (quick ? 200 : 600));
const CORPORA = opt.corpora ?? process.env.ARGMAP_CORPORA ?? join(ROOT, '../shared/corpora');
const POLNEAR = join(CORPORA, 'polnear/data/dev/text');
const log = (s) => process.stderr.write(`${s}\n`);
// the load before this run starts: other work on the machine makes every figure noisy
const LOAD_AT_START = loadavg()[0];

// ---------------------------------------------------------------- build

if (!opt['no-build']) {
  log('bench: compiling src/ (npm run build) …');
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const b = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) log(`bench: tsc reported errors (it still emits; measuring what it emitted):\n${(b.stdout + b.stderr).split('\n').slice(0, 8).join('\n')}`);
  // the rest of npm run build: the generated data files (the compiled gazetteer, the lemmatizer's exceptions)
  const g = spawnSync(process.execPath, [join(ROOT, 'scripts/build-data.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (g.status !== 0) log(`bench: scripts/build-data.mjs failed:\n${(g.stdout + g.stderr).split('\n').slice(0, 8).join('\n')}`);
}
if (!existsSync(join(ROOT, 'dist/src/index.js'))) {
  log('bench: dist/src/index.js is missing: run npm run build');
  process.exit(1);
}

// ---------------------------------------------------------------- texts

const tmp = mkdtempSync(join(tmpdir(), 'argmap-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const texts = [];
{
  const posts = generatePosts(POSTS, { words: 600, seed: 1 });
  const file = join(tmp, 'posts.json');
  writeFileSync(file, JSON.stringify(posts));
  const words = posts.reduce((n, t) => n + countWords(t), 0);
  texts.push({ key: 'posts', label: `${POSTS} posts of ~600 words`, source: file, docs: POSTS, words, chars: posts.reduce((n, t) => n + t.length, 0) });
}
if (existsSync(POLNEAR)) {
  const files = readdirSync(POLNEAR).filter((f) => f.endsWith('.txt'));
  const all = files.map((f) => readFileSync(join(POLNEAR, f), 'utf8'));
  texts.push({
    key: 'polnear',
    label: `PolNeAR dev, ${files.length} articles`,
    source: POLNEAR,
    docs: files.length,
    words: all.reduce((n, t) => n + countWords(t), 0),
    chars: all.reduce((n, t) => n + t.length, 0),
  });
} else {
  log(`bench: no PolNeAR dev articles at ${POLNEAR}: that row is left out`);
}
for (const size of SIZES) {
  const doc = generateDocument(Math.round(size * MB), { seed: 2 });
  const file = join(tmp, `doc-${size}mb.txt`);
  writeFileSync(file, doc);
  texts.push({ key: `doc${size}`, label: `one document of ${size} MB`, source: file, docs: 1, words: countWords(doc), chars: doc.length, size });
}

// ---------------------------------------------------------------- child processes

/** Peak RSS so far of a running process (Linux), in bytes, or 0 where /proc is not there. */
function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `node [execArgv] script args` and waits, within `timeout` ms. Resolves
 * with { ok, wallMs, result (the JSON the child wrote to $BENCH_RESULT), peak
 * (bytes), failure }: a failure (time limit, heap limit, crash) is a value, not
 * an exception.
 */
function runChild(script, args, { timeout = TIMEOUT, heap = HEAP, execArgv = [], stdout = 'ignore', expectResult = true } = {}) {
  return new Promise((resolve) => {
    const resultFile = join(tmp, `result-${Math.random().toString(36).slice(2)}.json`);
    const t0 = performance.now();
    const child = spawn(process.execPath, [...(heap ? [`--max-old-space-size=${heap}`] : []), ...execArgv, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RESULT: resultFile },
      stdio: ['ignore', stdout, 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, vmHwm(child.pid))), 100);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      peak = Math.max(peak, vmHwm(child.pid));
      child.kill('SIGKILL');
    }, timeout);
    child.on('exit', (code, signal) => {
      const wallMs = performance.now() - t0;
      clearInterval(poll);
      clearTimeout(timer);
      let result = null;
      try {
        result = JSON.parse(readFileSync(resultFile, 'utf8'));
        rmSync(resultFile, { force: true });
      } catch {
        // no result: the child failed
      }
      if (result?.maxRss) peak = Math.max(peak, result.maxRss);
      let failure = null;
      if (timedOut) failure = `stopped at the ${timeout / 1000} s time limit`;
      else if (/heap out of memory|Reached heap limit/.test(stderr)) failure = `out of memory at the ${heap} MB heap limit after ${(wallMs / 1000).toFixed(0)} s`;
      else if (!expectResult && code === 0) failure = null;
      else if (!result || code !== 0) failure = `failed (${signal ?? `exit code ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' ').slice(0, 200)}`;
      resolve({ ok: !failure, wallMs, result, peak, failure });
    });
  });
}

// ---------------------------------------------------------------- measurements

const results = [];
for (const text of texts) {
  for (const engine of ENGINES) {
    log(`bench: ${engine} on ${text.label} …`);
    const r = await runChild(join(HERE, 'measure.mjs'), [engine, text.source, ...(engine === 'argmap' ? ['--stages'] : [])]);
    results.push({
      text: text.key,
      engine,
      ok: r.ok,
      failure: r.failure,
      docs: text.docs,
      words: text.words,
      ms: r.result?.ms ?? null,
      wordsPerSec: r.result ? text.words / (r.result.ms / 1000) : null,
      peakRss: r.peak || null,
      rssAfterLoad: r.result?.rssBase ?? null,
      loadMs: r.result?.loadMs ?? null,
      stages: r.result?.stages ?? null,
    });
  }
}
const find = (text, engine) => results.find((r) => r.text === text && r.engine === engine);

let profile = null;
if (opt.profile !== undefined && ENGINES.includes('argmap')) {
  const file = opt.profile || join(tmpdir(), `argmap-bench-${Date.now()}.cpuprofile`);
  log(`bench: CPU profile of argmap on ${texts[0].label} …`);
  const r = await runChild(join(HERE, 'measure.mjs'), ['argmap', texts[0].source, '--profile', file]);
  profile = r.ok ? { file, ...summarizeProfile(JSON.parse(readFileSync(file, 'utf8'))) } : { file: null, failure: r.failure };
}

// cold start: wall time of fresh processes, median of RUNS
async function coldRuns(label, script, args, expectResult = true) {
  log(`bench: cold start, ${label} …`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runChild(script, args, { timeout: 30_000, heap: 0, expectResult }));
  const walls = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  const median = walls[Math.floor(walls.length / 2)];
  const inner = runs.filter((r) => r.result?.importMs !== undefined).map((r) => r.result);
  const mid = (k) => (inner.length ? inner.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(inner.length / 2)] : null);
  return { label, runs: RUNS, medianMs: median, minMs: walls[0], failures: runs.filter((x) => !x.ok).map((x) => x.failure), importMs: mid('importMs'), firstMs: mid('firstMs') };
}
const COLD = join(HERE, 'cold.mjs');
const EMPTY = join(tmp, 'empty.mjs');
writeFileSync(EMPTY, `import { writeFileSync } from 'node:fs'; writeFileSync(process.env.BENCH_RESULT, '{}');\n`);
const cold = [
  await coldRuns('node, an empty script (the floor)', EMPTY, []),
  await coldRuns('wink-nlp: import + readDoc(seed)', COLD, ['wink']),
  await coldRuns('argmap library: import + analyze(seed)', COLD, ['argmap']),
  await coldRuns('argmap analyze examples/basra-power-struggle.txt', join(ROOT, 'bin/argmap.js'), ['analyze', SEED], false),
];

// argmap batch on JSON Lines, one worker vs every core
const batch = [];
if (BATCH > 0) {
  const posts = generatePosts(BATCH, { words: 600, seed: 3 });
  const words = posts.reduce((n, t) => n + countWords(t), 0);
  const file = join(tmp, 'posts.jsonl');
  writeFileSync(file, posts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');
  const cores = availableParallelism();
  for (const jobs of [...new Set([0, 1, cores])]) {
    log(`bench: argmap batch --jobs ${jobs} on ${BATCH} posts …`);
    const r = await runChild(join(HERE, 'cli-child.mjs'), ['batch', file, '--jobs', String(jobs), '-o', '/dev/null'], { timeout: Math.max(TIMEOUT, 300_000) });
    batch.push({
      jobs,
      docs: BATCH,
      words,
      ok: r.ok && r.result?.code === 0,
      failure: r.failure ?? (r.result && r.result.code !== 0 ? `exit code ${r.result.code}` : null),
      wallMs: r.wallMs,
      docsPerSec: BATCH / (r.wallMs / 1000),
      wordsPerSec: words / (r.wallMs / 1000),
      peakRss: r.peak || null,
      cpuMs: r.result ? r.result.userMs + r.result.systemMs : null,
    });
  }
}

// ---------------------------------------------------------------- summaries

const ratios = texts.map((t) => {
  const a = find(t.key, 'argmap');
  const w = find(t.key, 'wink');
  const d = find(t.key, 'wink-default');
  return {
    text: t.key,
    argmapOverWink: a?.wordsPerSec && w?.wordsPerSec ? a.wordsPerSec / w.wordsPerSec : null,
    argmapOverWinkDefault: a?.wordsPerSec && d?.wordsPerSec ? a.wordsPerSec / d.wordsPerSec : null,
  };
});
const docs = texts.filter((t) => t.size !== undefined).sort((a, b) => a.size - b.size);
const linearity = [];
if (docs.length >= 2) {
  const [small, large] = [docs[0], docs[docs.length - 1]];
  for (const engine of ENGINES) {
    const s = find(small.key, engine);
    const l = find(large.key, engine);
    linearity.push({
      engine,
      small: small.size,
      large: large.size,
      sizeRatio: large.chars / small.chars,
      timeRatio: s?.ms && l?.ms ? l.ms / s.ms : null,
      // the large one stopped at the time limit: its time is at least that
      atLeast: s?.ms && l && !l.ok && /time limit/.test(l.failure ?? '') ? TIMEOUT / s.ms : null,
    });
  }
}

/** Self time of a CPU profile by function and by part of the code (stage, wink-nlp, GC, …). */
function summarizeProfile(p) {
  const self = new Map();
  const dt = p.timeDeltas;
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (dt[i + 1] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map();
  const byPart = new Map();
  for (const node of p.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '').replace(ROOT, '');
    const fnKey = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byFn.set(fnKey, (byFn.get(fnKey) ?? 0) + t);
    const part = partOf(functionName, file);
    byPart.set(part, (byPart.get(part) ?? 0) + t);
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, parts: top(byPart, 20), functions: top(byFn, 20) };
}

function partOf(fn, file) {
  if (fn === '(garbage collector)') return 'garbage collector';
  if (fn === '(program)' || fn === '(idle)' || fn === '(root)') return 'V8 and Node (program)';
  let m = /dist\/src\/stages\/([^/]+)\//.exec(file);
  if (m) return `argmap stages/${m[1]}`;
  m = /dist\/src\/([^/]+)/.exec(file);
  if (m) return `argmap ${m[1].replace(/\.js$/, '')}`;
  m = /node_modules\/([^/]+)/.exec(file);
  if (m) return m[1];
  if (!file || file.startsWith('node:')) return 'V8 built-ins and Node (RegExp, JSON, strings)';
  return file;
}

// ---------------------------------------------------------------- report

function gitDescribe() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'data'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  return head ? `${head}${dirty ? ' + uncommitted changes' : ''}` : 'unknown';
}

const env = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${platform()} ${arch()}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memory: totalmem(),
  loadavg: LOAD_AT_START,
  commit: gitDescribe(),
  quick,
  heapLimitMb: HEAP,
  timeoutS: TIMEOUT / 1000,
};
const report = { env, texts: texts.map(({ source: _s, ...t }) => t), results, ratios, linearity, profile, cold, batch };

if (opt.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(render(report));
}

function render(r) {
  const out = [];
  const n = (x, d = 0) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
  const mb = (b) => (b ? `${n(b / MB)} MB` : '—');
  const sec = (ms) => (ms === null ? '—' : ms < 1000 ? `${n(ms)} ms` : `${n(ms / 1000, 2)} s`);
  const table = (head, rows, align) => {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
    const fmt = (row) => row.map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
    return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
  };
  const e = r.env;
  out.push(
    `argmap bench · ${e.date.slice(0, 16).replace('T', ' ')} · commit ${e.commit} · node ${e.node} · ${e.platform} · ${e.cores} cores (${e.cpu}) · ${mb(e.memory)}` +
      `${e.loadavg > 0.5 ? ` · load average ${e.loadavg.toFixed(1)} at the start: other work was running, figures are noisy` : ''}`,
  );
  out.push(`each measurement in its own process: heap limit ${e.heapLimitMb} MB, time limit ${e.timeoutS} s; words are whitespace-separated (wc -w); peak RSS of that process\n`);

  out.push('throughput');
  const rows = [];
  for (const t of r.texts) {
    for (const engine of ENGINES) {
      const x = r.results.find((y) => y.text === t.key && y.engine === engine);
      if (!x) continue;
      const rt = engine === 'argmap' ? r.ratios.find((y) => y.text === t.key) : null;
      const ratio = rt ? [rt.argmapOverWink ? `${n(rt.argmapOverWink, 2)} × wink` : '', rt.argmapOverWinkDefault ? `${n(rt.argmapOverWinkDefault, 2)} × wink-default` : ''].filter(Boolean).join(', ') : '';
      rows.push([
        engine === ENGINES[0] ? t.label : '',
        engine === ENGINES[0] ? n(t.words) : '',
        engine,
        x.ok ? n(x.wordsPerSec) : x.failure,
        x.ok ? sec(x.ms) : '',
        mb(x.peakRss),
        ratio,
      ]);
    }
  }
  out.push(table(['text', 'words', 'engine', 'words/s', 'time', 'peak RSS', 'argmap / wink'], rows, ['l', 'r', 'l', 'r', 'r', 'r', 'r']));

  if (r.linearity.length) {
    const l0 = r.linearity[0];
    out.push(`\ntime linearity: one ${l0.large} MB document against one ${l0.small} MB document (${n(l0.sizeRatio, 1)} × the text)`);
    out.push(
      table(
        ['engine', 'time ratio'],
        r.linearity.map((l) => [
          l.engine,
          l.timeRatio ? `${n(l.timeRatio, 1)} ×` : l.atLeast ? `> ${n(l.atLeast, 1)} × (stopped at the time limit)` : 'not measured (failed)',
        ]),
        ['l', 'r'],
      ),
    );
  }

  const staged = r.results.filter((x) => x.engine === 'argmap' && x.stages);
  if (staged.length) {
    const names = Object.keys(staged[0].stages);
    const label = (x) => r.texts.find((t) => t.key === x.text)?.label.replace(/ of ~600 words|, \d+ articles|one document of /g, '');
    const per = (x, name) => {
      const total = Object.values(x.stages).reduce((a, b) => a + b, 0);
      const ms = x.stages[name] ?? 0;
      return `${sec(ms)} ${n(total ? (100 * ms) / total : 0, 0).padStart(3)} %`;
    };
    out.push(`\nwhere argmap's time goes, by stage (time in the stage, share of analyze)`);
    out.push(
      table(
        ['stage', ...staged.map(label)],
        [...names.map((name) => [name, ...staged.map((x) => per(x, name))]), ['µs per word', ...staged.map((x) => n((1000 * x.ms) / x.words, 1))]],
        ['l', ...staged.map(() => 'r')],
      ),
    );
  }

  if (r.profile) {
    if (!r.profile.file) out.push(`\nCPU profile: ${r.profile.failure}`);
    else {
      out.push(`\nCPU profile of argmap on ${r.texts[0].label}: self time by part (${n(r.profile.totalMs)} ms sampled; ${r.profile.file})`);
      out.push(table(['part', 'self', 'share'], r.profile.parts.slice(0, 12).map((p) => [p.name, sec(p.ms), `${n(100 * p.share, 1)} %`]), ['l', 'r', 'r']));
      out.push('\nhottest functions (self time)');
      out.push(table(['function', 'self', 'share'], r.profile.functions.slice(0, 15).map((p) => [p.name, sec(p.ms), `${n(100 * p.share, 1)} %`]), ['l', 'r', 'r']));
    }
  }

  out.push(`\ncold start: wall time of a fresh process, median of ${r.cold[0]?.runs ?? RUNS}`);
  out.push(
    table(
      ['what', 'median', 'min', 'import', 'first analysis'],
      r.cold.map((c) => [c.label, sec(c.medianMs), sec(c.minMs), c.importMs === null ? '' : sec(c.importMs), c.firstMs === null ? '' : sec(c.firstMs)]),
      ['l', 'r', 'r', 'r', 'r'],
    ),
  );

  if (r.batch.length) {
    const b0 = r.batch[0];
    out.push(`\nargmap batch: ${n(b0.docs)} posts as JSON Lines (${n(b0.words)} words), output to /dev/null, whole process (start-up included)`);
    out.push(
      table(
        ['--jobs', 'time', 'docs/s', 'words/s', 'CPU time', 'peak RSS'],
        r.batch.map((b) => [
          b.jobs === 0 ? '0 (main thread)' : String(b.jobs),
          b.ok ? sec(b.wallMs) : b.failure,
          b.ok ? n(b.docsPerSec) : '',
          b.ok ? n(b.wordsPerSec) : '',
          sec(b.cpuMs),
          mb(b.peakRss),
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }

  // the targets of issue 6
  const t = [];
  for (const x of r.ratios) {
    if (!x.argmapOverWink) continue;
    const label = r.texts.find((y) => y.key === x.text)?.label ?? x.text;
    const d = x.argmapOverWinkDefault ? `; ${n(x.argmapOverWinkDefault, 2)} × wink-default` : '';
    t.push(`argmap ≥ 0.5 × wink on ${label}: ${x.argmapOverWink >= 0.5 ? 'yes' : 'no'} (${n(x.argmapOverWink, 2)} × wink with argmap's pipeline${d})`);
  }
  const lin = r.linearity.find((x) => x.engine === 'argmap');
  if (lin?.timeRatio) t.push(`argmap time linear (${lin.large} MB ≤ 1.1 × ${n(lin.sizeRatio, 0)} × ${lin.small} MB): ${lin.timeRatio <= 1.1 * lin.sizeRatio ? 'yes' : 'no'} (${n(lin.timeRatio, 1)} ×)`);
  if (!lin?.timeRatio && lin?.atLeast) t.push(`argmap time linear (${lin.large} MB ≤ 1.1 × ${n(lin.sizeRatio, 0)} × ${lin.small} MB): no (> ${n(lin.atLeast, 1)} ×)`);
  const big = r.results.find((x) => x.engine === 'argmap' && x.text === 'doc10');
  if (big) {
    t.push(
      big.ok
        ? `argmap < 1 GB on one 10 MB document: ${big.peakRss < 1 << 30 ? 'yes' : 'no'} (${mb(big.peakRss)})`
        : `argmap < 1 GB on one 10 MB document: not measured, ${big.failure} (peak RSS until then ${mb(big.peakRss)})`,
    );
  }
  const cli = r.cold[3];
  if (cli) t.push(`argmap analyze on the seed < 500 ms: ${cli.medianMs < 500 ? 'yes' : 'no'} (${sec(cli.medianMs)})`);
  if (t.length) out.push(`\ntargets (issue 6)\n${t.map((x) => `  ${x}`).join('\n')}`);
  return `${out.join('\n')}\n`;
}
