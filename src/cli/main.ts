import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../index.js';
import type { Format } from '../index.js';
import { runBatch } from './batch.js';

const HELP = `argmap: argument maps of political commentary

Usage:
  argmap analyze [FILE|-] [--pretty]     print the argument map of a text as JSON (argmap/1)
  argmap batch [FILE|-]                  read JSON Lines {"id", "text"}, write one map a line
  argmap eval PATH [--json] [--task T]   score argmap against an annotated corpus
  argmap --help | --version

With no FILE, or with -, the text is read from standard input.

Options:
  --format auto|text|markdown|html       how to read the text (default auto: HTML and
                                         Markdown quotation lines are detected)

Exit codes: 0 success; 1 an input could not be read or analysed (batch: some
lines failed; each is reported on stderr and as an output line with an
"error" field); 2 wrong usage.
`;

class UsageError extends Error {}

function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new InputError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

class InputError extends Error {}

async function version(): Promise<string> {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
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
    switch (command) {
      case 'analyze': {
        if (rest.length > 1) throw new UsageError('analyze takes one file');
        const text = readInput(rest[0]);
        const map = createAnalyzer().analyze(text, format ? { format } : undefined);
        process.stdout.write(`${JSON.stringify(map, null, values.pretty ? 2 : undefined)}\n`);
        return 0;
      }
      case 'batch': {
        if (rest.length > 1) throw new UsageError('batch takes one file');
        const file = rest[0];
        if (file !== undefined && file !== '-' && !existsSync(file)) throw new InputError(`no such file: ${file}`);
        const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
        const { failed } = await runBatch(input, process.stdout, process.stderr, format ? { format } : {});
        return failed > 0 ? 1 : 0;
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
