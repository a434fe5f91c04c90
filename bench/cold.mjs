// Cold start, run in a fresh process by bench/index.mjs: import, then the
// first analysis of the seed post. The parent measures the wall time of the
// whole process; this reports the split.
//
//   node bench/cold.mjs argmap|wink
import { readFileSync, writeFileSync } from 'node:fs';

const which = process.argv[2] ?? 'argmap';
const seed = readFileSync(new URL('../examples/basra-power-struggle.txt', import.meta.url), 'utf8');
const t0 = performance.now();
let first;
if (which === 'wink') {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  // the pipeline of src/nlp/base.ts (WINK_PIPELINE), written out: importing argmap here would add to wink's cold start
  const nlp = winkNLP(model, ['sbd', 'pos']);
  first = () => {
    const doc = nlp.readDoc(seed);
    doc.tokens().out(nlp.its.value);
    doc.sentences().out(nlp.its.span);
  };
} else {
  const { analyze } = await import('../dist/src/index.js');
  first = () => analyze(seed);
}
const t1 = performance.now();
first();
const t2 = performance.now();
const result = { importMs: t1 - t0, firstMs: t2 - t1, sinceStartMs: t2 };
if (process.env.BENCH_RESULT) writeFileSync(process.env.BENCH_RESULT, JSON.stringify(result));
else process.stdout.write(`${JSON.stringify(result)}\n`);
