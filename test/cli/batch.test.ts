import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { progressLine, runBatch } from '../../src/cli/batch.js';
import type { ArgumentMap } from '../../src/index.js';
import { check, ROOT } from '../helpers/check.js';

const BIN = fileURLToPath(new URL('bin/argmap.js', ROOT));
const dir = mkdtempSync(join(tmpdir(), 'argmap-batch-test-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SENTENCES = [
  'We should leave because it is over.',
  'The plan is a mistake, since nobody has explained how it will be paid for.',
  '"We are not going anywhere," the minister said.',
  'Although the senator insists otherwise, the numbers do not add up.',
  'So what makes more sense?',
];

/** A text of `n` sentences, `k` varying which. */
function text(n: number, k: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(SENTENCES[(i + k) % SENTENCES.length]!);
  return out.join(n > 8 ? '\n\n' : ' ');
}

/** JSON Lines of `n` records whose sizes vary widely, so that workers finish out of order. */
function corpus(n: number, big = 60): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `d${i}`, text: text(i % 7 === 0 ? big : 1 + (i % 4), i) }));
  return `${lines.join('\n')}\n`;
}

/** Asserts two outputs are the same, naming the first line that differs rather than printing megabytes. */
function sameOutput(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  const a = actual.split('\n');
  const b = expected.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  assert.unreachable(`${what}: line ${i + 1} differs (${a.length} vs ${b.length} lines): ${(a[i] ?? '<none>').slice(0, 200)} … vs ${(b[i] ?? '<none>').slice(0, 200)} …`);
}

const ids = (out: string) => out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id);

test('batch --jobs N: output in input order, identical whatever N, errors in place', () => {
  const lines = corpus(40).trimEnd().split('\n');
  lines.splice(5, 0, '{"id": "broken", "text": ');
  lines.splice(9, 0, '');
  lines.splice(12, 0, JSON.stringify({ id: 'no-text' }));
  const input = `${lines.join('\n')}\n`;
  const inThread = run(['batch', '--jobs', '0'], input);
  assert.is(inThread.code, 1);
  const expected = inThread.out;
  const want = lines.filter((l) => l.trim()).map((l) => {
    try {
      return (JSON.parse(l) as { id: unknown }).id;
    } catch {
      return null;
    }
  });
  assert.equal(ids(expected), want);
  for (const jobs of ['1', '2', '3']) {
    const r = run(['batch', '-', '--jobs', jobs], input);
    assert.is(r.code, 1, r.err);
    sameOutput(r.out, expected, `--jobs ${jobs} vs --jobs 0`);
    assert.match(r.err, /line 6: invalid JSON/);
    assert.match(r.err, /line 13: no "text" field/);
    assert.ok(r.err.indexOf('line 6:') < r.err.indexOf('line 13:'), 'errors reported in input order');
  }
  const out = expected.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(out[5], { id: null, line: 6, error: out[5]!.error });
  for (const o of out.filter((x) => !('error' in x))) {
    const { id: _id, ...map } = o;
    check(map as unknown as ArgumentMap);
  }
});

test('batch: usage errors for --jobs and --resume', () => {
  assert.is(run(['batch', '--jobs', 'many'], '').code, 2);
  assert.is(run(['batch', '--jobs', '-1'], '').code, 2);
  const r = run(['batch', '--resume'], '');
  assert.is(r.code, 2);
  assert.match(r.err, /--resume needs an output file/);
  assert.is(run(['batch', '-o', join(dir, 'no/such/dir/out.jsonl')], '').code, 1);
  const same = join(dir, 'same.jsonl');
  writeFileSync(same, corpus(2));
  assert.is(run(['batch', same, '-o', same]).code, 2);
  assert.is(readFileSync(same, 'utf8'), corpus(2), 'the input is left alone');
});

test('batch -o FILE writes the file; --resume appends after the complete lines, dropping an incomplete one', () => {
  const input = corpus(30, 20);
  const inFile = join(dir, 'resume-in.jsonl');
  writeFileSync(inFile, input);
  const full = join(dir, 'resume-full.jsonl');
  const r = run(['batch', inFile, '-o', full]);
  assert.is(r.code, 0, r.err);
  assert.is(r.out, '');
  const expected = readFileSync(full, 'utf8');
  assert.is(expected.trimEnd().split('\n').length, 30);

  // a run that stopped after 11 lines, in the middle of the 12th
  const lines = expected.split('\n');
  const partial = join(dir, 'resume-partial.jsonl');
  writeFileSync(partial, `${lines.slice(0, 11).join('\n')}\n${lines[11]!.slice(0, 100)}`);
  const resumed = run(['batch', inFile, '-o', partial, '--resume', '--jobs', '2']);
  assert.is(resumed.code, 0, resumed.err);
  assert.match(resumed.err, /dropped an incomplete last line/);
  sameOutput(readFileSync(partial, 'utf8'), expected, 'resumed');

  // resuming a finished run adds nothing; resuming with no output file yet starts from the top
  assert.is(run(['batch', inFile, '-o', partial, '--resume']).code, 0);
  sameOutput(readFileSync(partial, 'utf8'), expected, 'resumed twice');
  const fresh = join(dir, 'resume-fresh.jsonl');
  assert.is(run(['batch', inFile, '-o', fresh, '--resume']).code, 0);
  sameOutput(readFileSync(fresh, 'utf8'), expected, 'resumed from nothing');

  // an output longer than the input is reported
  const other = run(['batch', '-o', partial, '--resume'], corpus(3));
  assert.is(other.code, 1);
  assert.match(other.err, /has 30 lines but the input only 3 records/);
});

/** Starts `argmap batch` writing to `out`, and resolves once `out` holds at least `lines` complete lines. */
function startAndWait(args: string[], out: string, lines: number) {
  const child = spawn(process.execPath, [BIN, 'batch', ...args, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const ready = new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (existsSync(out) && statSync(out).size > 0 && readFileSync(out, 'utf8').split('\n').length > lines) {
        clearInterval(poll);
        resolve();
      }
    }, 20);
    void exited.then(() => {
      clearInterval(poll);
      reject(new Error(`argmap batch ended before it was interrupted: ${err}`));
    });
  });
  return { child, ready, exited, err: () => err };
}

function assertCompleteLines(file: string): number {
  const content = readFileSync(file, 'utf8');
  assert.ok(content.endsWith('\n'), 'the output ends with a complete line');
  const lines = content.slice(0, -1).split('\n');
  for (const l of lines) JSON.parse(l);
  return lines.length;
}

test('batch interrupted (SIGTERM) leaves only complete lines; --resume finishes the job', async () => {
  const input = corpus(300, 80);
  const inFile = join(dir, 'interrupt-in.jsonl');
  writeFileSync(inFile, input);
  const out = join(dir, 'interrupt-out.jsonl');
  const { child, ready, exited } = startAndWait([inFile, '--jobs', '2'], out, 5);
  await ready;
  child.kill('SIGTERM');
  const code = await exited;
  assert.is(code, 143);
  const n = assertCompleteLines(out);
  assert.ok(n >= 5 && n < 300, `${n} lines written before the interruption`);

  const resumed = run(['batch', inFile, '-o', out, '--resume']);
  assert.is(resumed.code, 0, resumed.err);
  assert.equal(ids(readFileSync(out, 'utf8')), Array.from({ length: 300 }, (_, i) => `d${i}`));
  const whole = run(['batch', inFile, '--jobs', '1']);
  sameOutput(readFileSync(out, 'utf8'), whole.out, 'interrupted and resumed');
});

test('batch killed (SIGKILL): complete lines parse, --resume gives the same output as one run', async () => {
  const input = corpus(250, 80);
  const inFile = join(dir, 'kill-in.jsonl');
  writeFileSync(inFile, input);
  const out = join(dir, 'kill-out.jsonl');
  const { child, ready, exited } = startAndWait([inFile, '--jobs', '1'], out, 3);
  await ready;
  child.kill('SIGKILL');
  await exited;
  const content = readFileSync(out, 'utf8');
  const complete = content.slice(0, content.lastIndexOf('\n') + 1);
  for (const l of complete.trimEnd().split('\n')) JSON.parse(l);
  const resumed = run(['batch', inFile, '-o', out, '--resume', '--jobs', '2']);
  assert.is(resumed.code, 0, resumed.err);
  sameOutput(readFileSync(out, 'utf8'), run(['batch', inFile]).out, 'killed and resumed');
});

/** A readable that makes its lines as they are asked for, counting them. */
function lazyInput(n: number) {
  let made = 0;
  const stream = new Readable({
    read() {
      if (made >= n) {
        this.push(null);
        return;
      }
      made++;
      this.push(`${JSON.stringify({ id: made, text: text(2, made) })}\n`);
    },
    highWaterMark: 1024,
  });
  return { stream, made: () => made };
}

for (const jobs of [0, 1]) {
  test(`runBatch (jobs ${jobs}) reads no further ahead than it can write: bounded memory`, async () => {
    const input = lazyInput(100_000);
    let written = 0;
    // an output that takes 5 lines and then never drains
    const out = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        written++;
        if (written < 5) cb();
      },
    });
    const controller = new AbortController();
    const running = runBatch(input.stream, out, new Writable({ write: (_c, _e, cb) => cb() }), { jobs, signal: controller.signal });
    await new Promise((r) => setTimeout(r, jobs ? 1500 : 500));
    const made = input.made();
    controller.abort();
    const result = await running;
    assert.ok(result.interrupted);
    assert.ok(written >= 5, `${written} lines written`);
    // a bounded number of documents in flight, plus what the stream buffers (about 1 kB here)
    assert.ok(made < 200, `${made} input lines read while the output was blocked`);
  });
}

test('runBatch: blank lines skipped, CRLF, a BOM and non-ASCII text', async () => {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(c: Buffer, _e, cb) {
      chunks.push(c);
      cb();
    },
  });
  const errs: string[] = [];
  const err = new Writable({
    write(c: Buffer, _e, cb) {
      errs.push(String(c));
      cb();
    },
  });
  const input = Readable.from([
    Buffer.from('\ufeff{"id":1,"text":"Caf\u00e9 \u0628\u063a\u062f\u0627\u062f."}\r\n\u00a0\r\n  \n'),
    // a multi-byte character split between two chunks
    Buffer.concat([Buffer.from('{"id":2,"text":"\u00e9'), Buffer.from([0xe2, 0x80])]),
    Buffer.from([0x94]),
    Buffer.from('!"}'),
  ]);
  const r = await runBatch(input, out, err, { jobs: 1 });
  assert.equal(r, { ok: 2, failed: 0, skipped: 0, interrupted: false }, errs.join(''));
  const maps = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as ArgumentMap & { id: number });
  assert.equal(maps.map((m) => m.id), [1, 2]);
  assert.is(maps[0]!.text, 'Caf\u00e9 \u0628\u063a\u062f\u0627\u062f.');
  assert.is(maps[1]!.text, '\u00e9\u2014!');
});

test('runBatch: a line over the length limit is an error line, not held in memory', async () => {
  let output = '';
  const out = new Writable({
    write(c: Buffer, _e, cb) {
      output += String(c);
      cb();
    },
  });
  const err = new Writable({ write: (_c, _e, cb) => cb() });
  const long = JSON.stringify({ id: 'long', text: 'word '.repeat(5000) });
  const input = Readable.from([`${JSON.stringify({ id: 'a', text: 'Fine.' })}\n${long}\n`, `${JSON.stringify({ id: 'b', text: 'Fine.' })}\n`]);
  const r = await runBatch(input, out, err, { jobs: 0, maxLineBytes: 1000 });
  assert.is(r.failed, 1);
  const lines = output.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string });
  assert.equal(lines.map((l) => l.id), ['a', null, 'b']);
  assert.match(lines[1]!.error!, /line too long: 25\d\d\d bytes/);
});

test('progress line: documents, rate, and time left when the size is known', () => {
  assert.is(
    progressLine({ docs: 12345, failed: 0, bytes: 512 << 20, skippedBytes: 0, total: 1 << 30, seconds: 60 }),
    'argmap batch: 12,345 docs · 206/s · 512.0 MB of 1.00 GB (50%) · 1m 00s left',
  );
  assert.is(progressLine({ docs: 3, failed: 1, bytes: 2048, skippedBytes: 0, seconds: 2 }), 'argmap batch: 3 docs · 1.5/s · 1 failed · 2 kB');
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
