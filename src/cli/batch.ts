import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { createAnalyzer } from '../index.js';
import type { AnalyzeOptions, GazetteerInput } from '../index.js';
import { errorOutcome, processRecord } from './record.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export interface BatchOptions extends AnalyzeOptions {
  /** Actors to merge with the bundled gazetteer (the parsed --gazetteer file). */
  gazetteer?: GazetteerInput;
  /** Worker threads analysing in parallel (default: the number of cores); 0 analyses in this thread. */
  jobs?: number;
  /** Input records (non-blank lines) to pass over without output: the lines a resumed run already wrote. */
  skip?: number;
  /** Size of the input in bytes, when known: the progress line then tells how much is left. */
  totalBytes?: number;
  /** Draw a progress line on `err` (meant for a terminal: it is redrawn in place). */
  progress?: boolean;
  /** Stops the run: no further line is written, and runBatch resolves with `interrupted`. */
  signal?: AbortSignal;
  /** A line longer than this (bytes) is reported as an error without being held in memory (default 256 MiB). */
  maxLineBytes?: number;
}

export interface BatchResult {
  /** Lines analysed and written. */
  ok: number;
  /** Lines that failed (each written as an {"id", "line", "error"} line and reported on err). */
  failed: number;
  /** Records passed over (`skip`). */
  skipped: number;
  /** The run was stopped (signal, or the output was closed) before the input ended. */
  interrupted: boolean;
}

/** Documents each worker holds at once: one being analysed, one waiting, so a worker never idles on the main thread. */
const WORKER_DEPTH = 2;
/** At most this many input bytes are in flight (read, not yet written), unless a single document is larger. */
const MAX_BYTES_IN_FLIGHT = 16 << 20;
const MAX_LINE_BYTES = 256 << 20;
const EMPTY = Buffer.alloc(0);

interface RawLine {
  data: Buffer;
  /** Bytes of input consumed, the newline included. */
  size: number;
  /** Set when the line was longer than the limit: its length in bytes (its bytes were dropped). */
  tooLong?: number;
}

/**
 * Splits a byte stream into lines at "\n" (a trailing "\r" is dropped),
 * without decoding: a newline byte never occurs inside a UTF-8 sequence. Only
 * the current line is held, and not even that past `maxLine` bytes.
 */
async function* readLines(input: Readable, maxLine: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let dropping = false;
  for await (const c of input as AsyncIterable<Buffer | string>) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      const piece = chunk.subarray(pos, nl < 0 ? chunk.length : nl);
      if (!dropping && length + piece.length > maxLine) {
        dropping = true;
        parts = [];
      }
      if (!dropping && piece.length > 0) parts.push(piece);
      length += piece.length;
      if (nl < 0) break;
      yield line(parts, length, dropping, 1);
      parts = [];
      length = 0;
      dropping = false;
      pos = nl + 1;
    }
  }
  if (length > 0) yield line(parts, length, dropping, 0);
}

function line(parts: Buffer[], length: number, dropping: boolean, newline: number): RawLine {
  if (dropping) return { data: EMPTY, size: length + newline, tooLong: length };
  let data = parts.length === 0 ? EMPTY : parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  if (data.length > 0 && data[data.length - 1] === 13) data = data.subarray(0, data.length - 1);
  return { data, size: length + newline };
}

/** A line with nothing but white space (as String.prototype.trim sees it) is skipped. */
function isBlank(data: Buffer): boolean {
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    if (b < 0x80) return false;
    return data.toString('utf8').trim() === '';
  }
  return true;
}

interface Task extends WorkerTask {
  size: number;
}

type Done = (seq: number, data: Uint8Array | string, error?: string) => void;

interface Executor {
  submit(task: Task): void;
  close(): Promise<void>;
}

/** Analyses in this thread (`--jobs 0`). */
function inThread(options: AnalyzeOptions, done: Done, gazetteer?: GazetteerInput): Executor {
  const analyzer = createAnalyzer(gazetteer ? { gazetteer } : undefined);
  const decoder = new TextDecoder();
  return {
    submit(task) {
      const outcome = processRecord(analyzer, decoder.decode(task.data), task.lineNo, options);
      done(task.seq, `${outcome.line}\n`, outcome.error);
    },
    async close() {},
  };
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, in the order it answers them. */
  queue: Task[];
  ready: boolean;
  dead: boolean;
}

/**
 * Worker threads, each with its own analyzer. A worker that dies (out of
 * memory on a huge document) fails the document it was analysing, hands the
 * ones it had queued to the others, and is replaced.
 */
class Pool implements Executor {
  private slots: Slot[] = [];
  private backlog: Task[] = [];
  private closing = false;

  constructor(
    jobs: number,
    private readonly options: AnalyzeOptions,
    private readonly done: Done,
    private readonly fatal: (e: Error) => void,
    private readonly gazetteer?: GazetteerInput,
  ) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { options: this.options, gazetteer: this.gazetteer } });
    const slot: Slot = { worker, queue: [], ready: false, dead: false };
    worker.on('message', (m: WorkerReply | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        return;
      }
      slot.queue.shift();
      this.done(m.seq, m.data, m.error);
      this.pump();
    });
    worker.on('error', (e) => this.crashed(slot, e));
    worker.on('exit', (code) => this.crashed(slot, new Error(`worker thread exited with code ${code}`)));
    return slot;
  }

  private crashed(slot: Slot, e: Error): void {
    if (slot.dead || this.closing) return;
    slot.dead = true;
    this.slots = this.slots.filter((s) => s !== slot);
    if (!slot.ready) {
      this.fatal(new Error(`a worker thread failed to start: ${e.message}`));
      return;
    }
    const [first, ...rest] = slot.queue;
    this.backlog.unshift(...rest);
    this.slots.push(this.spawn());
    if (first) {
      let id: unknown = null;
      try {
        id = (JSON.parse(new TextDecoder().decode(first.data)) as { id?: unknown }).id ?? null;
      } catch {
        // the id stays null
      }
      const outcome = errorOutcome(id, first.lineNo, `analysis failed: ${e.message}`);
      this.done(first.seq, `${outcome.line}\n`, outcome.error);
    }
    this.pump();
  }

  private pump(): void {
    while (this.backlog.length > 0) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.queue.length < WORKER_DEPTH && (!best || s.queue.length < best.queue.length)) best = s;
      if (!best) return;
      const task = this.backlog.shift()!;
      best.queue.push(task);
      const message: WorkerTask = { seq: task.seq, lineNo: task.lineNo, data: task.data };
      best.worker.postMessage(message);
    }
  }

  submit(task: Task): void {
    this.backlog.push(task);
    this.pump();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

const MB = 1 << 20;

function size(bytes: number): string {
  if (bytes >= 1 << 30) return `${(bytes / (1 << 30)).toFixed(2)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} kB`;
}

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export interface ProgressState {
  docs: number;
  failed: number;
  /** Input bytes consumed so far (records passed over included). */
  bytes: number;
  /** Bytes passed over at the start (resume): not part of the rate. */
  skippedBytes: number;
  total?: number | undefined;
  seconds: number;
}

/** The progress line: documents, rate, and how much is left when the input size is known. */
export function progressLine(p: ProgressState): string {
  const rate = p.seconds > 0 ? p.docs / p.seconds : 0;
  const parts = [`${p.docs.toLocaleString('en-US')} docs`, `${rate >= 10 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)}/s`];
  if (p.failed) parts.push(`${p.failed} failed`);
  if (p.total && p.total > 0) {
    const byteRate = p.seconds > 0 ? (p.bytes - p.skippedBytes) / p.seconds : 0;
    parts.push(`${size(p.bytes)} of ${size(p.total)} (${Math.min(100, Math.floor((100 * p.bytes) / p.total))}%)`);
    parts.push(byteRate > 0 ? `${duration(Math.max(0, p.total - p.bytes) / byteRate)} left` : '? left');
  } else {
    parts.push(size(p.bytes));
  }
  return `argmap batch: ${parts.join(' · ')}`;
}

class Progress {
  private shown = false;
  private last = 0;
  private readonly t0 = performance.now();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly err: Writable,
    private readonly state: () => Omit<ProgressState, 'seconds'>,
  ) {
    this.timer = setInterval(() => this.draw(true), 1000);
    this.timer.unref();
  }

  draw(force = false): void {
    const now = performance.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    this.err.write(`\r${progressLine({ ...this.state(), seconds: (now - this.t0) / 1000 })}\u001b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.err.write('\r\u001b[K');
    this.shown = false;
  }

  end(): void {
    clearInterval(this.timer);
    this.clear();
    const s = this.state();
    const seconds = (performance.now() - this.t0) / 1000;
    const rate = seconds > 0 ? s.docs / seconds : 0;
    this.err.write(
      `argmap batch: ${s.docs.toLocaleString('en-US')} documents in ${duration(seconds)} (${rate.toFixed(1)}/s)${s.failed ? `, ${s.failed} failed` : ''}\n`,
    );
  }
}

/**
 * Reads JSON Lines `{"id", "text", ...}` and writes one argument map a line,
 * `{"id", ...map}`, in input order, analysing on `jobs` worker threads. Other
 * fields are ignored. A line that is not a JSON object with a string `text` is
 * reported on `err` (line number and reason) and as an output line
 * `{"id", "line", "error"}` in its place; the rest goes on. Blank lines are
 * skipped.
 *
 * Memory stays bounded whatever the input size: the input is read as it is
 * needed (a bounded number of documents is in flight, and none while the
 * output is not draining), and each output line is written whole, in one write.
 */
export async function runBatch(input: Readable, out: Writable, err: Writable, options: BatchOptions = {}): Promise<BatchResult> {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 0) throw new RangeError(`argmap batch: jobs must be a whole number ≥ 0, got ${jobs}`);
  const analyzeOptions: AnalyzeOptions = options.format ? { format: options.format } : {};
  const maxDocs = jobs === 0 ? 1 : Math.max(8, jobs * 16);
  const maxLine = options.maxLineBytes ?? MAX_LINE_BYTES;
  const result: BatchResult = { ok: 0, failed: 0, skipped: 0, interrupted: false };
  let skip = options.skip ?? 0;

  const meta = new Map<number, { lineNo: number; size: number }>();
  const finished = new Map<number, { data: Uint8Array | string; error?: string | undefined }>();
  let nextSeq = 0;
  let nextOut = 0;
  let docsInFlight = 0;
  let bytesInFlight = 0;
  let bytes = 0;
  let skippedBytes = 0;
  let outBlocked = false;
  let stopped = false;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const signalWake = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const sleep = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  const progress = options.progress
    ? new Progress(err, () => ({ docs: result.ok + result.failed, failed: result.failed, bytes, skippedBytes, total: options.totalBytes }))
    : null;
  const onDrain = (): void => {
    outBlocked = false;
    signalWake();
  };

  const done: Done = (seq, data, error) => {
    finished.set(seq, { data, error });
    for (let r = finished.get(nextOut); r; r = finished.get(nextOut)) {
      const m = meta.get(nextOut)!;
      finished.delete(nextOut);
      meta.delete(nextOut);
      nextOut++;
      docsInFlight--;
      bytesInFlight -= m.size;
      bytes += m.size;
      if (stopped) continue;
      if (r.error !== undefined) {
        result.failed++;
        progress?.clear();
        err.write(`argmap batch: line ${m.lineNo}: ${r.error}\n`);
      } else {
        result.ok++;
      }
      if (!out.write(r.data) && !outBlocked) {
        outBlocked = true;
        out.once('drain', onDrain);
      }
    }
    progress?.draw();
    signalWake();
  };

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    input.destroy();
    signalWake();
  };
  const onOutError = (): void => stop();
  out.on('error', onOutError);
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.signal?.aborted) stop();

  const exec: Executor =
    jobs === 0
      ? inThread(analyzeOptions, done, options.gazetteer)
      : new Pool(
          jobs,
          analyzeOptions,
          done,
          (e) => {
            fatal ??= e;
            stop();
          },
          options.gazetteer,
        );

  let lineNo = 0;
  try {
    for await (const raw of readLines(input, maxLine)) {
      if (stopped) break;
      lineNo++;
      if (raw.tooLong === undefined && isBlank(raw.data)) {
        bytes += raw.size;
        if (skip > 0) skippedBytes += raw.size;
        continue;
      }
      if (skip > 0) {
        skip--;
        result.skipped++;
        bytes += raw.size;
        skippedBytes += raw.size;
        continue;
      }
      while (!stopped && (outBlocked || docsInFlight >= maxDocs || (docsInFlight > 0 && bytesInFlight + raw.size > MAX_BYTES_IN_FLIGHT))) {
        await sleep();
      }
      if (stopped) break;
      const seq = nextSeq++;
      meta.set(seq, { lineNo, size: raw.size });
      docsInFlight++;
      bytesInFlight += raw.size;
      if (raw.tooLong !== undefined) {
        const outcome = errorOutcome(null, lineNo, `line too long: ${raw.tooLong} bytes (the limit is ${maxLine})`);
        done(seq, `${outcome.line}\n`, outcome.error);
      } else {
        // a copy of its own (the line may be a view into a larger read buffer), cloned to the worker
        exec.submit({ seq, lineNo, data: new Uint8Array(raw.data), size: raw.size });
      }
    }
    while (!stopped && docsInFlight > 0) await sleep();
    while (!stopped && outBlocked) await sleep();
  } catch (e) {
    if (!stopped) throw e;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    out.off('error', onOutError);
    await exec.close();
    progress?.end();
  }
  if (fatal) throw fatal;
  result.interrupted = stopped;
  return result;
}
