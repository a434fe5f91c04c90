// Output-equivalence check for changes that must not change behaviour
// (speed work): runs the full analysis over real texts and compares every
// map, as JSON, with a baseline saved from another build.
//
//   npm run build && node scripts/same-output.mjs --save   # on the commit to compare against
//   npm run build && node scripts/same-output.mjs          # after the change: "all N maps identical"
//
// Texts: PolNeAR dev and 250 train articles, the Webis editorials,
// arg-microtexts and web-discourse (when ../shared/corpora is there), the
// examples, the voices fixtures and generated posts. The baseline goes to
// $ARGMAP_BASELINE (default: a file in the temporary folder). Also prints
// the analysis' CPU time.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPORA = process.env.ARGMAP_CORPORA ?? join(ROOT, '../shared/corpora');
const BASELINE = process.env.ARGMAP_BASELINE ?? join(tmpdir(), 'argmap-same-output.jsonl');
const save = process.argv.includes('--save');

const { analyze } = await import(join(ROOT, 'dist/src/index.js'));
const texts = [];
const add = (name, text) => texts.push({ name, text });
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
if (existsSync(CORPORA)) {
  for (const split of ['dev', 'train']) {
    const d = join(CORPORA, 'polnear/data', split, 'text');
    if (!existsSync(d)) continue;
    const files = readdirSync(d).sort();
    for (const f of split === 'dev' ? files : files.slice(0, 250)) add(`polnear/${split}/${f}`, readFileSync(join(d, f), 'utf8'));
  }
  const webis = join(CORPORA, 'webis-editorials');
  if (existsSync(webis)) {
    const { readWebisDir } = await import(join(ROOT, 'dist/src/eval/readers/webis.js'));
    for (const doc of readWebisDir(webis)) add(`webis/${doc.source}/${doc.id}`, doc.text);
  }
  const micro = join(CORPORA, 'arg-microtexts');
  if (existsSync(micro)) for (const f of walk(micro).filter((f) => f.endsWith('.txt')).sort()) add(f, readFileSync(f, 'utf8'));
  const wd = join(CORPORA, 'web-discourse/dev.jsonl');
  if (existsSync(wd)) for (const line of readFileSync(wd, 'utf8').split('\n').filter(Boolean)) add(`web-discourse/${JSON.parse(line).id}`, JSON.parse(line).text);
}
for (const f of readdirSync(join(ROOT, 'examples')).filter((f) => /\.(txt|html)$/.test(f))) add(`examples/${f}`, readFileSync(join(ROOT, 'examples', f), 'utf8'));
const fixtures = join(ROOT, 'test/fixtures/voices');
for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) add(`fixtures/${f}`, readFileSync(join(fixtures, f), 'utf8'));
const { generatePosts, generateDocument } = await import(join(ROOT, 'bench/generate.mjs'));
generatePosts(40, { words: 600, seed: 7 }).forEach((t, i) => add(`generated/${i}`, t));
add('generated/doc', generateDocument(1 << 18, { seed: 3 }));

analyze('Warm up. "Hello," he said.');
const c0 = process.cpuUsage();
const outs = texts.map((t) => JSON.stringify(analyze(t.text)));
const c = process.cpuUsage(c0);
console.log(`${texts.length} texts, analysis CPU ${((c.user + c.system) / 1000).toFixed(0)} ms`);
if (save) {
  writeFileSync(BASELINE, outs.join('\n'));
  console.log(`baseline saved to ${BASELINE}`);
  process.exit(0);
}
if (!existsSync(BASELINE)) {
  console.error(`no baseline at ${BASELINE}: run with --save on the build to compare against`);
  process.exit(2);
}
const base = readFileSync(BASELINE, 'utf8').split('\n');
if (base.length !== outs.length) {
  console.error(`the baseline has ${base.length} maps, this run ${outs.length}: not the same texts`);
  process.exit(2);
}
let differ = 0;
for (let i = 0; i < outs.length; i++) {
  if (outs[i] === base[i]) continue;
  if (differ++ < 5) {
    const a = base[i];
    const b = outs[i];
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    console.log(`differs: ${texts[i].name}\n  baseline …${a.slice(Math.max(0, k - 100), k + 100)}…\n  now      …${b.slice(Math.max(0, k - 100), k + 100)}…`);
  }
}
console.log(differ ? `${differ} of ${outs.length} maps differ` : `all ${outs.length} maps identical`);
process.exit(differ ? 1 : 0);
