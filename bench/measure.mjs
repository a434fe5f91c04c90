// One benchmark measurement, run in a child process of bench/index.mjs so that
// its peak memory is its own and a run that blows up (compromise on 10 MB)
// cannot take the benchmark down with it.
//
//   node bench/measure.mjs ENGINE SOURCE [--stages] [--profile FILE]
//
// ENGINE: wink | compromise | argmap. SOURCE: a .json file holding an array
// of texts, a text file (one document), or a folder (every *.txt in it, one
// document each: the PolNeAR articles are read where they lie, never copied).
// The result is written as JSON to the file named by $BENCH_RESULT.
// --stages times each pipeline stage (argmap); --profile FILE writes a CPU
// profile (.cpuprofile, as node --cpu-prof does) of the timed run alone.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from './generate.mjs';

const [engine, source, ...flags] = process.argv.slice(2);
const stagesWanted = flags.includes('--stages');
const profileAt = flags.indexOf('--profile');
const profileFile = profileAt >= 0 ? flags[profileAt + 1] : undefined;
const SEED = new URL('../examples/basra-power-struggle.txt', import.meta.url);

function readTexts(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(path, f), 'utf8'));
  }
  if (path.endsWith('.json')) return JSON.parse(readFileSync(path, 'utf8'));
  return [readFileSync(path, 'utf8')];
}

/** wink-nlp's bare readDoc with `pipeline` (undefined: its default), tokens and sentences read out. */
async function winkReader(pipeline) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = pipeline ? winkNLP(model, pipeline) : winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    doc.tokens().out(its.value);
    doc.sentences().out(its.span);
  };
}

/** Loads an engine and returns a function that processes one text the way the benchmark defines. */
async function load(name) {
  switch (name) {
    case 'wink': {
      // as src/nlp/base.ts uses it: the same model and pipeline
      const { WINK_PIPELINE } = await import('../dist/src/nlp/base.js');
      return winkReader(WINK_PIPELINE);
    }
    case 'wink-default':
      // wink-nlp's default pipeline (sentences, entities, negation, sentiment, parts of speech, custom entities)
      return winkReader(undefined);
    case 'compromise': {
      const { default: nlp } = await import('compromise');
      return (text) => {
        nlp(text);
      };
    }
    case 'argmap': {
      const { createAnalyzer, STAGES } = await import('../dist/src/index.js');
      if (stagesWanted) wrapStages(STAGES);
      const analyzer = createAnalyzer();
      return (text) => {
        analyzer.analyze(text);
      };
    }
    default:
      throw new Error(`unknown engine ${name}`);
  }
}

/** Time spent in each built-in stage (ms), summed over the timed run. */
const stageMs = {};
let timing = false;

function wrapStages(stages) {
  for (const stage of stages) {
    const run = stage.run;
    stageMs[stage.name] = 0;
    stage.run = function timed(doc, ctx) {
      if (!timing) return run.call(this, doc, ctx);
      const t = performance.now();
      try {
        return run.call(this, doc, ctx);
      } finally {
        stageMs[stage.name] += performance.now() - t;
      }
    };
  }
}

const t0 = performance.now();
const process1 = await load(engine);
const loadMs = performance.now() - t0;
const texts = readTexts(source);
const words = texts.reduce((n, t) => n + countWords(t), 0);
const chars = texts.reduce((n, t) => n + t.length, 0);

// warm up (JIT, lazy initialisation) on the seed and a few of the texts, when they are small
const seed = readFileSync(SEED, 'utf8');
for (let i = 0; i < 3; i++) process1(seed);
for (const t of texts.slice(0, 10)) if (t.length < 50_000) process1(t);

let session = null;
if (profileFile) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}

const rssBase = process.memoryUsage.rss();
timing = true;
const start = performance.now();
for (const t of texts) process1(t);
const ms = performance.now() - start;
timing = false;

if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileFile, JSON.stringify(profile));
  session.disconnect();
}

const result = {
  engine,
  docs: texts.length,
  words,
  chars,
  ms,
  loadMs,
  rssBase,
  maxRss: process.resourceUsage().maxRSS * 1024,
  ...(stagesWanted ? { stages: stageMs } : {}),
};
if (process.env.BENCH_RESULT) writeFileSync(process.env.BENCH_RESULT, JSON.stringify(result));
else process.stdout.write(`${JSON.stringify(result)}\n`);
