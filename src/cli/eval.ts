import { createAnalyzer } from '../index.js';
import { runEval } from '../eval/index.js';

/** `argmap eval PATH [--json] [--task T]`: scores argmap on an annotated corpus and prints a table (or JSON). */
export async function evalCommand(path: string, opts: { json: boolean; task: string | undefined }): Promise<number> {
  const analyzer = createAnalyzer();
  const report = runEval(path, (text) => analyzer.analyze(text), opts.task ? { task: opts.task } : {});
  process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${report.table}\n`);
  return 0;
}
