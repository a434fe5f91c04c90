import { createReadStream, createWriteStream, existsSync, fstatSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../index.js';
import type { Format, GazetteerInput } from '../index.js';

const HELP = `argmap: argument maps of political commentary

Usage:
  argmap analyze [FILE|-] [--pretty]     print the argument map of a text as JSON (argmap/1)
  argmap batch [FILE|-] [-o OUT] [--jobs N] [--resume]
                                         read JSON Lines {"id", "text"}, write one map a line
  argmap eval PATH [--json] [--task T]   score argmap against an annotated corpus
  argmap --help | --version

With no FILE, or with -, the text is read from standard input.

Options:
  --format auto|text|markdown|html       how to read the text (default auto: HTML and
                                         Markdown quotation lines are detected)
  --gazetteer FILE                       analyze, batch: a JSON file of actors merged with the
                                         bundled gazetteer (the shape of data/gazetteer/*.json,
                                         or an array of entries)
  -j, --jobs N                           batch: worker threads (default: the number of cores,
                                         here ${availableParallelism()}; 0 analyses in the main thread)
  -o, --output OUT                       batch: write to OUT instead of standard output
  --resume                               batch: keep the complete lines already in OUT, skip as
                                         many input records, and append the rest

batch writes the maps in input order, each line whole: an interrupted run
leaves only complete lines, and --resume goes on after the last one. When
standard error is a terminal it shows a progress line.

Exit codes: 0 success; 1 an input could not be read or analysed (batch: some
lines failed; each is reported on stderr and as an output line with an
"error" field); 2 wrong usage; 130/143 batch stopped by SIGINT/SIGTERM.
`;

class UsageError extends Error {}

function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new InputError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

class InputError extends Error {}

/** Reads and checks a --gazetteer file: the analyzer is built once here, so a malformed entry is reported before any work. */
function readGazetteer(file: string): GazetteerInput {
  if (!existsSync(file)) throw new InputError(`no such gazetteer file: ${file}`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: not JSON: ${(e as Error).message}`);
  }
  try {
    createAnalyzer({ gazetteer: value as GazetteerInput });
  } catch (e) {
    throw new InputError(`${file}: ${(e as Error).message}`);
  }
  return value as GazetteerInput;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

interface BatchArgs {
  format: Format | undefined;
  gazetteer: GazetteerInput | undefined;
  jobs: string | undefined;
  output: string | undefined;
  resume: boolean;
}

/** `argmap batch`: options checked, output opened (and, with --resume, trimmed to its complete lines), signals handled. */
async function batch(file: string | undefined, args: BatchArgs): Promise<number> {
  let jobs: number | undefined;
  if (args.jobs !== undefined) {
    if (!/^\d+$/.test(args.jobs)) throw new UsageError(`--jobs takes a whole number, got ${JSON.stringify(args.jobs)}`);
    jobs = Number(args.jobs);
  }
  const toStdout = args.output === undefined || args.output === '-';
  if (args.resume && toStdout) throw new UsageError('--resume needs an output file (-o FILE)');
  const stdin = file === undefined || file === '-';
  if (!stdin && !toStdout && resolvePath(file) === resolvePath(args.output!)) throw new UsageError('the output file is the input file');
  if (!stdin && !existsSync(file)) throw new InputError(`no such file: ${file}`);
  let totalBytes: number | undefined;
  try {
    // a file, or standard input redirected from a file: the progress line can tell the time left
    const st = stdin ? fstatSync(0) : statSync(file);
    if (st.isFile()) totalBytes = st.size;
  } catch {
    // unknown size: the progress line shows no time left
  }

  // batch's modules load only for batch: `argmap analyze` starts faster
  const { runBatch } = await import('./batch.js');
  let skip = 0;
  if (args.resume && !toStdout) {
    const { completeLines } = await import('./resume.js');
    const kept = completeLines(args.output!);
    skip = kept.lines;
    if (kept.dropped > 0) {
      process.stderr.write(`argmap batch: ${args.output}: dropped an incomplete last line (${kept.dropped} bytes) left by an interrupted run\n`);
    }
    if (process.stderr.isTTY) process.stderr.write(`argmap batch: resuming after the ${skip} lines already in ${args.output}\n`);
  }

  let out: Writable = process.stdout;
  if (!toStdout) {
    const stream = createWriteStream(args.output!, { flags: args.resume ? 'a' : 'w' });
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
    } catch (e) {
      throw new InputError(`cannot write ${args.output}: ${(e as Error).message}`);
    }
    out = stream;
  }

  const input = stdin ? process.stdin : createReadStream(file);
  let writeError: Error | null = null;
  out.on('error', (e: NodeJS.ErrnoException) => {
    // a reader that stops reading (argmap batch … | head) is not an error worth a message
    if (e.code !== 'EPIPE') writeError ??= e;
  });
  const controller = new AbortController();
  let signalled: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (signalled) process.exit(128 + (sig === 'SIGINT' ? 2 : 15));
    signalled = sig;
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let result;
  try {
    result = await runBatch(input, out, process.stderr, {
      ...(args.format ? { format: args.format } : {}),
      ...(args.gazetteer ? { gazetteer: args.gazetteer } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      skip,
      ...(totalBytes !== undefined ? { totalBytes } : {}),
      progress: Boolean(process.stderr.isTTY),
      signal: controller.signal,
    });
  } catch (e) {
    process.stderr.write(`argmap batch: ${(e as Error).message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  if (writeError) {
    process.stderr.write(`argmap batch: cannot write ${toStdout ? 'standard output' : args.output}: ${(writeError as Error).message}\n`);
    return 1;
  }
  const { failed, skipped, interrupted } = result;
  if (signalled) return 128 + (signalled === 'SIGINT' ? 2 : 15);
  if (interrupted) return 1;
  if (skipped < skip) {
    process.stderr.write(`argmap batch: ${args.output} has ${skip} lines but the input only ${skipped} records: is it the output of this input?\n`);
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        pretty: { type: 'boolean' },
        json: { type: 'boolean' },
        task: { type: 'string' },
        format: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        output: { type: 'string', short: 'o' },
        resume: { type: 'boolean' },
        gazetteer: { type: 'string' },
      },
    });
  } catch (e) {
    process.stderr.write(`argmap: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`${await version()}\n`);
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    (values.help || command === 'help' ? process.stdout : process.stderr).write(HELP);
    return values.help || command === 'help' ? 0 : 2;
  }
  const format = values.format as Format | undefined;
  if (format !== undefined && !['auto', 'text', 'markdown', 'html'].includes(format)) {
    process.stderr.write(`argmap: --format must be auto, text, markdown or html\n`);
    return 2;
  }
  try {
    const gazetteer = values.gazetteer !== undefined ? readGazetteer(values.gazetteer) : undefined;
    switch (command) {
      case 'analyze': {
        if (rest.length > 1) throw new UsageError('analyze takes one file');
        const text = readInput(rest[0]);
        const map = createAnalyzer(gazetteer ? { gazetteer } : undefined).analyze(text, format ? { format } : undefined);
        process.stdout.write(`${JSON.stringify(map, null, values.pretty ? 2 : undefined)}\n`);
        return 0;
      }
      case 'batch': {
        if (rest.length > 1) throw new UsageError('batch takes one file');
        return await batch(rest[0], { format, gazetteer, jobs: values.jobs, output: values.output, resume: Boolean(values.resume) });
      }
      case 'eval': {
        if (rest.length !== 1) throw new UsageError('eval takes the path of a corpus');
        const { evalCommand } = await import('./eval.js');
        return await evalCommand(rest[0]!, { json: Boolean(values.json), task: values.task });
      }
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`argmap: ${e.message}\n\n${HELP}`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`argmap: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
