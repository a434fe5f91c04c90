import { closeSync, existsSync, ftruncateSync, openSync, readSync } from 'node:fs';

/**
 * For `argmap batch --resume`: counts the complete lines (ending in "\n") of
 * an output file, and cuts off an incomplete last line, the trace of a run
 * killed in the middle of a write. A missing file has no lines.
 */
export function completeLines(path: string): { lines: number; dropped: number } {
  if (!existsSync(path)) return { lines: 0, dropped: 0 };
  const fd = openSync(path, 'r+');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    let offset = 0;
    let lastEnd = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, offset);
      if (n === 0) break;
      for (let i = buf.indexOf(10, 0); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) {
        lines++;
        lastEnd = offset + i + 1;
      }
      offset += n;
    }
    if (offset > lastEnd) ftruncateSync(fd, lastEnd);
    return { lines, dropped: offset - lastEnd };
  } finally {
    closeSync(fd);
  }
}
