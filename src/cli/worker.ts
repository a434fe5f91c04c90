/**
 * A worker thread of `argmap batch --jobs N`: loads the analyzer once, then
 * turns each record it is sent (UTF-8 bytes of one JSON Lines line) into its
 * output line (UTF-8 bytes, newline included), handing the bytes back without
 * a copy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../index.js';
import type { AnalyzeOptions, GazetteerInput } from '../index.js';
import { processRecord } from './record.js';

export interface WorkerTask {
  seq: number;
  lineNo: number;
  data: Uint8Array;
}

export interface WorkerReply {
  seq: number;
  data: Uint8Array;
  error?: string;
}

if (!parentPort) throw new Error('argmap: src/cli/worker.js runs as a worker thread of argmap batch');
const port = parentPort;
const data = (workerData as { options?: AnalyzeOptions; gazetteer?: GazetteerInput } | null) ?? {};
const options = (data.options ?? {}) as AnalyzeOptions;
const analyzer = createAnalyzer(data.gazetteer ? { gazetteer: data.gazetteer } : undefined);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

port.on('message', (task: WorkerTask) => {
  const outcome = processRecord(analyzer, decoder.decode(task.data), task.lineNo, options);
  const data = encoder.encode(`${outcome.line}\n`);
  const reply: WorkerReply = outcome.error === undefined ? { seq: task.seq, data } : { seq: task.seq, data, error: outcome.error };
  port.postMessage(reply, [data.buffer as ArrayBuffer]);
});
port.postMessage({ ready: true });
