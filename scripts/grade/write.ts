/**
 * `--out`: the result goes to a temporary file next to the target (same directory, so the same
 * file system), is flushed to disk, then renamed over the target in one step. An interrupted run
 * leaves either the old file or the complete new one, never half a file; the temporary file is
 * removed on failure and by the grader's SIGINT/SIGTERM handler.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

let pending: string | null = null;

/** Removes a temporary file left by an interrupted `writeAtomic`. Example: `process.on('SIGINT', removePending)`. */
export function removePending(): void {
  if (pending) rmSync(pending, { force: true });
  pending = null;
}

/**
 * Writes `text` to `file` atomically (write a temporary file, fsync, rename).
 * Example: `writeAtomic('grades.csv', csvText)`.
 */
export function writeAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending = tmp;
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    pending = null;
  } catch (e) {
    removePending();
    throw e;
  }
}
