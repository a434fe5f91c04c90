import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ArgumentMap } from '../../src/index.js';
import { check, ROOT } from '../helpers/check.js';

const BIN = fileURLToPath(new URL('bin/argmap.js', ROOT));
const SEED = fileURLToPath(new URL('examples/basra-power-struggle.txt', ROOT));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('argmap analyze FILE prints one JSON map', () => {
  const r = run(['analyze', SEED]);
  assert.is(r.code, 0, r.err);
  const lines = r.out.trimEnd().split('\n');
  assert.is(lines.length, 1);
  const map = check(JSON.parse(lines[0]!) as ArgumentMap);
  assert.is(map.paragraphs.length, 14);
});

test('argmap analyze reads stdin (no file, or -), --pretty indents', () => {
  const a = run(['analyze'], 'Time to go. We should leave because it is over.');
  const b = run(['analyze', '-', '--pretty'], 'Time to go. We should leave because it is over.');
  assert.is(a.code, 0);
  assert.is(b.code, 0);
  assert.ok(b.out.includes('\n  "schema": "argmap/1"'));
  assert.equal(JSON.parse(a.out), JSON.parse(b.out));
  assert.is((JSON.parse(a.out) as ArgumentMap).units.length, 3);
});

test('argmap analyze --format', () => {
  const html = '<p>One.</p><p>Two.</p>';
  assert.is((JSON.parse(run(['analyze', '--format', 'html'], html).out) as ArgumentMap).paragraphs.length, 2);
  assert.is((JSON.parse(run(['analyze', '--format', 'text'], html).out) as ArgumentMap).paragraphs.length, 1);
  assert.is(run(['analyze', '--format', 'pdf'], html).code, 2);
});

test('argmap analyze and batch --gazetteer FILE: the user\'s actors merge with the bundled ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-gaz-'));
  const good = join(dir, 'mine.json');
  writeFileSync(good, JSON.stringify({ entries: [{ id: 'zorblat-party', name: 'Zorblat Party', type: 'party', aliases: ['Zorblats'] }] }));
  const a = run(['analyze', '--gazetteer', good], 'The Zorblats won the vote in Basra.');
  assert.is(a.code, 0, a.err);
  const map = check(JSON.parse(a.out) as ArgumentMap);
  assert.equal(map.entities.map((e) => e.id).sort(), ['basra', 'zorblat-party']);
  const b = run(['batch', '--gazetteer', good, '--jobs', '1'], JSON.stringify({ id: 1, text: 'The Zorblats won.' }));
  assert.is(b.code, 0, b.err);
  assert.equal((JSON.parse(b.out) as ArgumentMap).entities.map((e) => e.id), ['zorblat-party']);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ entries: [{ id: 'x', name: 'X', type: 'alien' }] }));
  const c = run(['analyze', '--gazetteer', bad], 'x');
  assert.is(c.code, 1);
  assert.match(c.err, /bad\.json.*type/);
  assert.is(run(['analyze', '--gazetteer', join(dir, 'none.json')], 'x').code, 1);
  rmSync(dir, { recursive: true });
});

test('argmap --help, unknown commands, missing files', () => {
  const h = run(['--help']);
  assert.is(h.code, 0);
  assert.match(h.out, /argmap analyze/);
  const u = run(['frobnicate']);
  assert.is(u.code, 2);
  assert.match(u.err, /unknown command: frobnicate/);
  const m = run(['analyze', '/nonexistent/file.txt']);
  assert.is(m.code, 1);
  assert.match(m.err, /no such file/);
  assert.is(m.out, '');
  assert.is(run(['--bogus']).code, 2);
});

test('argmap batch: one map a line with the same id, errors reported and kept in place', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'We should leave because it is over.', extra: 1 }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 7, title: 'no text here' }),
    '',
    JSON.stringify({ id: 'b', text: '' }),
    JSON.stringify([1, 2]),
    JSON.stringify({ id: 'c', text: 'Time to go.' }),
  ].join('\n');
  const r = run(['batch'], input);
  assert.is(r.code, 1);
  const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(out.map((o) => o.id), ['a', null, 7, 'b', null, 'c']);
  assert.equal(out.map((o) => o.line), [undefined, 2, 3, undefined, 6, undefined]);
  assert.match(String(out[1]!.error), /invalid JSON/);
  assert.match(String(out[2]!.error), /no "text" field/);
  assert.match(String(out[4]!.error), /not a JSON object/);
  for (const o of [out[0]!, out[3]!, out[5]!]) {
    const { id: _id, ...map } = o;
    check(map as unknown as ArgumentMap);
  }
  assert.is((out[0] as unknown as ArgumentMap).units.length, 2);
  assert.is('extra' in out[0]!, false);
  assert.match(r.err, /line 2: invalid JSON/);
  assert.match(r.err, /line 3: no "text" field/);
  assert.match(r.err, /line 6: not a JSON object/);
});

test('argmap batch FILE with CRLF lines; all good gives exit code 0', () => {
  const r = run(['batch', '-'], `${JSON.stringify({ id: 1, text: 'One. Two.' })}\r\n${JSON.stringify({ id: 2, text: 'Three.' })}\r\n`);
  assert.is(r.code, 0, r.err);
  assert.equal(r.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: number }).id), [1, 2]);
});

test.run();
