#!/usr/bin/env node
// Checks the bundled actor gazetteer (data/gazetteer/*.json): shape, allowed
// types, unique ids, cross-file references, alias collisions and Wikidata ids.
// Prints entry counts per file and per type. Exit code 1 on any error.
//
// Usage: node scripts/check-gazetteer.mjs [dir]   (default: data/gazetteer)
//
// Alias collisions: every surface form of an entry (name, aliases, former,
// demonyms: compared case-insensitively, with curly apostrophes folded; acronyms:
// compared exactly) must belong to one entry only, unless the form is listed in
// the top-level "ambiguous" array of every file that holds one of the entries
// sharing it. Acronyms are also compared case-insensitively against the other
// entries' names and aliases.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.join(here, '..', 'data', 'gazetteer'));

const TYPES = new Set(['person', 'organization', 'party', 'armed-group', 'government', 'media', 'country', 'city', 'place', 'group']);
const TOP_KEYS = new Set(['description', 'sources', 'ambiguous', 'entries']);
const ENTRY_KEYS = new Set(['id', 'name', 'type', 'wikidata', 'aliases', 'acronyms', 'former', 'demonyms', 'capital', 'country', 'roles', 'memberOf', 'source']);
const LIST_KEYS = ['aliases', 'acronyms', 'former', 'demonyms', 'roles'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID_RE = /^Q[1-9]\d*$/;

const errors = [];
const warnings = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const warn = (where, msg) => warnings.push(`${where}: ${msg}`);

/** Case-insensitive key for names, aliases, former names and demonyms. */
export const foldKey = (s) => s.normalize('NFKC').replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error(`check-gazetteer: no directory ${dir}`);
  process.exit(1);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) err(dir, 'no .json files');

/** @type {Map<string, {file: string, entry: any}>} */
const byId = new Map();
/** @type {Map<string, Set<string>>} file -> folded ambiguous forms */
const ambiguousByFile = new Map();
const perFile = new Map();
const perType = new Map();
const rawAmbiguous = new Map();

for (const file of files) {
  const where = file;
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (e) {
    err(where, `invalid JSON: ${e.message}`);
    continue;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) { err(where, 'top level must be an object'); continue; }
  for (const k of Object.keys(doc)) if (!TOP_KEYS.has(k)) err(where, `unknown top-level key "${k}"`);
  if (typeof doc.description !== 'string' || !doc.description.trim()) err(where, 'missing "description" string');
  if (!Array.isArray(doc.sources) || doc.sources.length === 0 || doc.sources.some((s) => typeof s !== 'string' || !s.trim())) err(where, '"sources" must be a non-empty array of strings');
  const amb = new Set();
  if (doc.ambiguous !== undefined) {
    if (!Array.isArray(doc.ambiguous) || doc.ambiguous.some((s) => typeof s !== 'string' || !s.trim())) err(where, '"ambiguous" must be an array of non-empty strings');
    else for (const s of doc.ambiguous) { amb.add(foldKey(s)); amb.add('=' + s); rawAmbiguous.set(`${file}\u0000${s}`, false); }
  }
  ambiguousByFile.set(file, amb);
  if (!Array.isArray(doc.entries)) { err(where, '"entries" must be an array'); continue; }
  perFile.set(file, new Map());

  doc.entries.forEach((e, i) => {
    const at = `${file} entries[${i}]${e && typeof e.id === 'string' ? ` (${e.id})` : ''}`;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) { err(at, 'entry must be an object'); return; }
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) err(at, `unknown key "${k}"`);
    for (const k of ['id', 'name', 'type', 'source']) {
      if (typeof e[k] !== 'string' || !e[k].trim()) err(at, `missing or empty "${k}"`);
      else if (e[k] !== e[k].trim()) err(at, `"${k}" has leading/trailing whitespace`);
    }
    if (typeof e.id === 'string') {
      if (!ID_RE.test(e.id)) err(at, `id "${e.id}" is not a lowercase slug`);
      if (byId.has(e.id)) err(at, `duplicate id "${e.id}" (also in ${byId.get(e.id).file})`);
      else byId.set(e.id, { file, entry: e });
    }
    if (typeof e.type === 'string' && !TYPES.has(e.type)) err(at, `type "${e.type}" not one of ${[...TYPES].join(', ')}`);
    for (const k of LIST_KEYS) {
      if (e[k] === undefined) continue;
      if (!Array.isArray(e[k])) { err(at, `"${k}" must be an array`); continue; }
      e[k].forEach((s, j) => {
        if (typeof s !== 'string' || !s.trim()) err(at, `${k}[${j}] must be a non-empty string`);
        else if (s !== s.trim() || /\s{2,}/.test(s)) err(at, `${k}[${j}] "${s}" has stray whitespace`);
      });
      if (e[k].length === 0) warn(at, `empty "${k}" array`);
    }
    for (const k of ['capital', 'country', 'memberOf']) {
      if (e[k] !== undefined && (typeof e[k] !== 'string' || !ID_RE.test(e[k]))) err(at, `"${k}" must be an id`);
    }
    if (e.wikidata !== undefined && (typeof e.wikidata !== 'string' || !QID_RE.test(e.wikidata))) err(at, `wikidata "${e.wikidata}" does not match /^Q\\d+$/`);
    if (e.capital !== undefined && e.type !== 'country') err(at, '"capital" is only for countries');
    if (typeof e.type === 'string') {
      const m = perFile.get(file);
      m.set(e.type, (m.get(e.type) ?? 0) + 1);
      perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    }
  });
}

// References and Wikidata uniqueness.
const qids = new Map();
for (const [id, { file, entry: e }] of byId) {
  const at = `${file} (${id})`;
  if (e.capital !== undefined) {
    const t = byId.get(e.capital);
    if (!t) err(at, `capital "${e.capital}" does not exist`);
    else if (t.entry.type !== 'city') err(at, `capital "${e.capital}" is a ${t.entry.type}, not a city`);
    else if (t.entry.country !== undefined && t.entry.country !== id) err(at, `capital "${e.capital}" belongs to country "${t.entry.country}"`);
  }
  if (e.country !== undefined) {
    const t = byId.get(e.country);
    if (!t) err(at, `country "${e.country}" does not exist`);
    else if (t.entry.type !== 'country') err(at, `country "${e.country}" is a ${t.entry.type}, not a country`);
    if (e.type === 'country') err(at, 'a country has no "country"');
  }
  if (e.memberOf !== undefined) {
    if (e.memberOf === id) err(at, 'memberOf points to itself');
    else if (!byId.has(e.memberOf)) err(at, `memberOf "${e.memberOf}" does not exist`);
  }
  if (typeof e.wikidata === 'string') {
    if (qids.has(e.wikidata)) err(at, `wikidata ${e.wikidata} also used by ${qids.get(e.wikidata)}`);
    else qids.set(e.wikidata, id);
  }
}
// memberOf cycles
for (const id of byId.keys()) {
  const seen = new Set([id]);
  let cur = byId.get(id).entry.memberOf;
  while (cur !== undefined && byId.has(cur)) {
    if (seen.has(cur)) { err(`${byId.get(id).file} (${id})`, 'memberOf cycle'); break; }
    seen.add(cur);
    cur = byId.get(cur).entry.memberOf;
  }
}

// Alias collisions.
/** @type {Map<string, Map<string, string>>} key -> (id -> shown form) */
const forms = new Map();
const add = (key, id, shown) => {
  if (!forms.has(key)) forms.set(key, new Map());
  const m = forms.get(key);
  if (!m.has(id)) m.set(id, shown);
};
for (const [id, { entry: e }] of byId) {
  const texts = [e.name, ...(e.aliases ?? []), ...(e.former ?? []), ...(e.demonyms ?? [])].filter((s) => typeof s === 'string');
  for (const s of texts) add('n:' + foldKey(s), id, s);
  for (const s of (e.acronyms ?? []).filter((x) => typeof x === 'string')) add('a:' + s, id, s);
}
const isDeclared = (file, shown) => {
  const amb = ambiguousByFile.get(file);
  return amb.has(foldKey(shown)) || amb.has('=' + shown);
};
const markUsed = (file, shown) => {
  for (const k of rawAmbiguous.keys()) {
    const [f, s] = k.split('\u0000');
    if (f === file && (foldKey(s) === foldKey(shown) || s === shown)) rawAmbiguous.set(k, true);
  }
};
const checkGroup = (ids, label) => {
  if (ids.size < 2) return;
  const all = [...ids.entries()];
  const ok = all.every(([id, shown]) => isDeclared(byId.get(id).file, shown));
  if (ok) { for (const [id, shown] of all) markUsed(byId.get(id).file, shown); return; }
  err(label, `shared by ${all.map(([id]) => `${id} (${byId.get(id).file})`).join(', ')}; list it in "ambiguous" of every file involved, or remove it`);
};
for (const [key, ids] of forms) checkGroup(ids, `surface form "${[...ids.values()][0]}"`);
// acronym vs other entries' names/aliases, case-insensitively
for (const [key, ids] of forms) {
  if (!key.startsWith('a:')) continue;
  const other = forms.get('n:' + foldKey(key.slice(2)));
  if (!other) continue;
  const merged = new Map([...ids, ...other]);
  checkGroup(merged, `acronym "${key.slice(2)}" vs alias`);
}
for (const [k, used] of rawAmbiguous) if (!used) { const [f, s] = k.split('\u0000'); warn(f, `"ambiguous" lists "${s}" but no collision uses it`); }

// Report.
const order = [...TYPES];
console.log(`gazetteer: ${dir}`);
let total = 0;
for (const [file, m] of perFile) {
  const n = [...m.values()].reduce((a, b) => a + b, 0);
  total += n;
  const parts = order.filter((t) => m.has(t)).map((t) => `${t} ${m.get(t)}`);
  console.log(`  ${file.padEnd(20)} ${String(n).padStart(4)}  (${parts.join(', ')})`);
}
console.log(`  ${'total'.padEnd(20)} ${String(total).padStart(4)}  (${order.filter((t) => perType.has(t)).map((t) => `${t} ${perType.get(t)}`).join(', ')})`);
console.log(`  wikidata ids: ${qids.size}; surface forms: ${forms.size}`);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
if (errors.length) {
  console.error(`check-gazetteer: ${errors.length} error(s)`);
  process.exit(1);
}
console.log('check-gazetteer: ok');
