#!/usr/bin/env node
// Validates the lexicons in data/ (reporting.json, lead-ins.json, abbreviations.json):
// shape, duplicates, lemma among forms, lower-case forms. Prints counts; exits 1 on any error.
// Plain Node ESM, no dependencies: node scripts/check-lexicons.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const errors = [];
const err = (file, msg) => errors.push(`${file}: ${msg}`);

function load(name) {
  try {
    return JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  } catch (e) {
    err(name, `cannot read or parse: ${e.message}`);
    return null;
  }
}

const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const isStr = (x) => typeof x === 'string' && x.length > 0;
const isLower = (s) => s === s.toLowerCase();
const trimmed = (s) => s === s.trim() && !/\s{2,}/.test(s);

function header(file, j) {
  if (!isObj(j)) return err(file, 'top level must be an object');
  if (!isStr(j.description)) err(file, '`description` must be a non-empty string');
  if (!Array.isArray(j.sources) || j.sources.length === 0 || !j.sources.every(isStr)) err(file, '`sources` must be a non-empty array of strings');
}

/** Reports duplicates of key(x) within one list; `norm` decides what counts as equal. */
function noDuplicates(file, list, what, keys, norm = (s) => s) {
  const seen = new Map();
  list.forEach((item, i) => {
    for (const k of keys(item)) {
      const n = norm(k);
      if (seen.has(n)) err(file, `${what}: duplicate "${k}" (items ${seen.get(n)} and ${i})`);
      else seen.set(n, i);
    }
  });
}

function checkOptionalBool(file, where, o, key) {
  if (key in o && typeof o[key] !== 'boolean') err(file, `${where}: \`${key}\` must be a boolean`);
}

function checkKeys(file, where, o, allowed) {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) err(file, `${where}: unknown key \`${k}\``);
}

/** lemma + forms entries (verbs, nouns): lower case, lemma among forms, no duplicate forms in the list. */
function checkLemmaList(file, list, what, extraCheck) {
  if (!Array.isArray(list) || list.length === 0) return err(file, `\`${what}\` must be a non-empty array`);
  list.forEach((e, i) => {
    const where = `${what}[${i}]${e && e.lemma ? ` (${e.lemma})` : ''}`;
    if (!isObj(e)) return err(file, `${where}: must be an object`);
    if (!isStr(e.lemma)) err(file, `${where}: \`lemma\` must be a non-empty string`);
    if (!Array.isArray(e.forms) || e.forms.length === 0 || !e.forms.every(isStr)) return err(file, `${where}: \`forms\` must be a non-empty array of strings`);
    for (const f of e.forms) {
      if (!isLower(f)) err(file, `${where}: form "${f}" must be lower case`);
      if (!trimmed(f)) err(file, `${where}: form "${f}" has stray whitespace`);
    }
    if (isStr(e.lemma) && !e.forms.includes(e.lemma)) err(file, `${where}: lemma "${e.lemma}" is not among its forms`);
    if (new Set(e.forms).size !== e.forms.length) err(file, `${where}: repeated form`);
    extraCheck?.(e, where);
  });
  noDuplicates(file, list, `${what} lemma`, (e) => (isStr(e?.lemma) ? [e.lemma] : []));
  noDuplicates(file, list, `${what} form`, (e) => (Array.isArray(e?.forms) ? [...new Set(e.forms)] : []));
}

// ---------------------------------------------------------------- reporting.json
const VERB_CLASSES = ['speech', 'writing', 'belief', 'perception', 'argument', 'agreement', 'disagreement', 'question', 'announcement', 'other'];
const MARKER_POSITIONS = ['before-source', 'after-source', 'around-source', 'near-cue', 'no-source', 'contains-source'];
const PLACEHOLDERS = ['{source}', '{verb}', '{pronoun}'];
const counts = {};

const R = 'reporting.json';
const reporting = load(R);
if (reporting) {
  header(R, reporting);
  checkLemmaList(R, reporting.verbs, 'verbs', (v, where) => {
    checkKeys(R, where, v, ['lemma', 'forms', 'class', 'direct', 'phrase']);
    if (!VERB_CLASSES.includes(v.class)) err(R, `${where}: \`class\` must be one of ${VERB_CLASSES.join(', ')}`);
    if (typeof v.direct !== 'boolean') err(R, `${where}: \`direct\` must be a boolean`);
    checkOptionalBool(R, where, v, 'phrase');
    if (v.phrase === false) err(R, `${where}: leave \`phrase\` out rather than false`);
    const multi = Array.isArray(v.forms) && v.forms.some((f) => typeof f === 'string' && f.includes(' '));
    if (v.phrase && Array.isArray(v.forms) && !v.forms.every((f) => typeof f === 'string' && f.includes(' '))) err(R, `${where}: every form of a phrase must be several words`);
    if (!v.phrase && multi) err(R, `${where}: a multi-word form needs \`phrase: true\``);
  });
  checkLemmaList(R, reporting.nouns, 'nouns', (n, where) => checkKeys(R, where, n, ['lemma', 'forms']));
  if (!Array.isArray(reporting.markers) || reporting.markers.length === 0) err(R, '`markers` must be a non-empty array');
  else {
    reporting.markers.forEach((m, i) => {
      const where = `markers[${i}]${m && m.text ? ` (${m.text})` : ''}`;
      if (!isObj(m)) return err(R, `${where}: must be an object`);
      checkKeys(R, where, m, ['text', 'position']);
      if (!isStr(m.text)) return err(R, `${where}: \`text\` must be a non-empty string`);
      if (!isLower(m.text)) err(R, `${where}: \`text\` must be lower case`);
      if (!trimmed(m.text)) err(R, `${where}: \`text\` has stray whitespace`);
      if (!MARKER_POSITIONS.includes(m.position)) err(R, `${where}: \`position\` must be one of ${MARKER_POSITIONS.join(', ')}`);
      const slots = m.text.match(/\{[^}]*\}/g) ?? [];
      for (const s of slots) if (!PLACEHOLDERS.includes(s)) err(R, `${where}: unknown placeholder ${s}`);
      if (m.position === 'around-source' && !slots.includes('{source}')) err(R, `${where}: an around-source marker needs {source}`);
      if (m.position !== 'around-source' && slots.length) err(R, `${where}: placeholders only in around-source markers`);
    });
    noDuplicates(R, reporting.markers, 'markers text', (m) => (isStr(m?.text) ? [m.text] : []));
  }
  if (Array.isArray(reporting.verbs) && Array.isArray(reporting.nouns) && Array.isArray(reporting.markers)) {
    const verbs = reporting.verbs;
    counts[R] = {
      verbs: verbs.length,
      'single-word verbs': verbs.filter((v) => !v.phrase).length,
      'phrasal verbs': verbs.filter((v) => v.phrase).length,
      'direct verbs': verbs.filter((v) => v.direct === true).length,
      'verb forms': verbs.reduce((a, v) => a + (v.forms?.length ?? 0), 0),
      ...Object.fromEntries(VERB_CLASSES.map((c) => [`class ${c}`, verbs.filter((v) => v.class === c).length])),
      nouns: reporting.nouns.length,
      'noun forms': reporting.nouns.reduce((a, n) => a + (n.forms?.length ?? 0), 0),
      markers: reporting.markers.length,
      ...Object.fromEntries(MARKER_POSITIONS.map((p) => [`markers ${p}`, reporting.markers.filter((m) => m.position === p).length])),
    };
  }
}

// ---------------------------------------------------------------- lead-ins.json
const L = 'lead-ins.json';
const leadIns = load(L);

/** A list of lower-case strings without duplicates. */
function checkStringList(file, list, what, { lower = true } = {}) {
  if (!Array.isArray(list) || list.length === 0 || !list.every(isStr)) return err(file, `\`${what}\` must be a non-empty array of strings`);
  for (const s of list) {
    if (lower && !isLower(s)) err(file, `${what}: "${s}" must be lower case`);
    if (s !== s.trim()) err(file, `${what}: "${s}" has stray whitespace`);
  }
  noDuplicates(file, list, what, (s) => [s]);
}

/** A list of objects with a lower-case `text`, checked field by field. */
function checkTextList(file, list, what, fields) {
  if (!Array.isArray(list) || list.length === 0) return err(file, `\`${what}\` must be a non-empty array`);
  list.forEach((o, i) => {
    const where = `${what}[${i}]${o && o.text ? ` (${o.text})` : ''}`;
    if (!isObj(o)) return err(file, `${where}: must be an object`);
    checkKeys(file, where, o, ['text', ...Object.keys(fields)]);
    if (!isStr(o.text)) return err(file, `${where}: \`text\` must be a non-empty string`);
    if (!isLower(o.text)) err(file, `${where}: \`text\` must be lower case`);
    if (!trimmed(o.text)) err(file, `${where}: \`text\` has stray whitespace`);
    for (const [k, spec] of Object.entries(fields)) {
      const v = o[k];
      if (v === undefined) {
        if (spec.required) err(file, `${where}: \`${k}\` is required`);
        continue;
      }
      if (spec.enum && !spec.enum.includes(v)) err(file, `${where}: \`${k}\` must be one of ${spec.enum.join(', ')}`);
      if (spec.type === 'boolean' && typeof v !== 'boolean') err(file, `${where}: \`${k}\` must be a boolean`);
      if (spec.type === 'string' && !isStr(v)) err(file, `${where}: \`${k}\` must be a non-empty string`);
    }
  });
  noDuplicates(file, list, `${what} text`, (o) => (isStr(o?.text) ? [o.text] : []));
}

if (leadIns) {
  header(L, leadIns);
  checkTextList(L, leadIns.openers, 'openers', {
    position: { required: true, enum: ['start', 'anywhere'] },
    source: { required: true, enum: ['after', 'none'] },
    then: { required: true, enum: ['terminator', 'verb', 'either'] },
    comma: { type: 'boolean' },
    credit: { type: 'boolean' },
  });
  checkStringList(L, leadIns.prefixes, 'prefixes');
  checkLemmaList(L, leadIns.verbs, 'verbs', (v, where) => {
    checkKeys(L, where, v, ['lemma', 'forms', 'inverted']);
    checkOptionalBool(L, where, v, 'inverted');
  });
  checkTextList(L, leadIns.sourceless, 'sourceless', {
    role: { required: true, enum: ['lead-in', 'trailer'] },
    genericSource: { type: 'string' },
  });
  checkStringList(L, leadIns.documentNouns, 'documentNouns');
  checkStringList(L, leadIns.documentDeterminers, 'documentDeterminers');
  checkStringList(L, leadIns.terminators, 'terminators');
  checkTextList(L, leadIns.signoffs, 'signoffs', { match: { required: true, enum: ['prefix', 'line'] } });
  const len = (x) => (Array.isArray(x) ? x.length : 0);
  counts[L] = {
    openers: len(leadIns.openers),
    'credit openers': Array.isArray(leadIns.openers) ? leadIns.openers.filter((o) => o?.credit).length : 0,
    prefixes: len(leadIns.prefixes),
    verbs: len(leadIns.verbs),
    'verb forms': Array.isArray(leadIns.verbs) ? leadIns.verbs.reduce((a, v) => a + (v?.forms?.length ?? 0), 0) : 0,
    sourceless: len(leadIns.sourceless),
    documentNouns: len(leadIns.documentNouns),
    documentDeterminers: len(leadIns.documentDeterminers),
    terminators: len(leadIns.terminators),
    signoffs: len(leadIns.signoffs),
  };
}

// ---------------------------------------------------------------- abbreviations.json
const A = 'abbreviations.json';
const abbreviations = load(A);
const ABBR_LISTS = ['titles', 'prefixes', 'final', 'months'];
if (abbreviations) {
  header(A, abbreviations);
  checkKeys(A, 'top level', abbreviations, ['description', 'sources', ...ABBR_LISTS]);
  for (const k of ABBR_LISTS) {
    const list = abbreviations[k];
    if (!Array.isArray(list) || list.length === 0 || !list.every(isStr)) {
      err(A, `\`${k}\` must be a non-empty array of strings`);
      continue;
    }
    for (const s of list) {
      if (!s.endsWith('.')) err(A, `${k}: "${s}" must end with a period`);
      if (/\s/.test(s)) err(A, `${k}: "${s}" must be a single token without spaces`);
      if (!/[A-Za-z]/.test(s)) err(A, `${k}: "${s}" has no letter`);
    }
    // matching is case-insensitive, so "Approx." and "approx." are the same entry
    noDuplicates(A, list, k, (s) => [s], (s) => s.toLowerCase());
  }
  // an abbreviation cannot both never end a sentence and possibly end one
  if (ABBR_LISTS.every((k) => Array.isArray(abbreviations[k]))) {
    const never = new Set(['titles', 'prefixes', 'months'].flatMap((k) => abbreviations[k].map((s) => s.toLowerCase())));
    for (const s of abbreviations.final) if (never.has(s.toLowerCase())) err(A, `final: "${s}" is also in titles, prefixes or months`);
    counts[A] = Object.fromEntries(ABBR_LISTS.map((k) => [k, abbreviations[k].length]));
  }
}

// ---------------------------------------------------------------- report
for (const [file, c] of Object.entries(counts)) {
  console.log(file);
  for (const [k, v] of Object.entries(c)) console.log(`  ${k.padEnd(24)} ${v}`);
}
if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('\nlexicons ok');
