/**
 * Progress for batches, on stderr only (stdout carries nothing but the result). On a terminal a
 * counter line rewrites itself: done/total, time-outs, rate and time left; in a log (stderr not
 * a TTY) a line at every tenth of the batch. Both end with a one-line summary.
 */
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * A progress reporter for `total` submissions.
 * Example: `const p = progress(120, process.stderr); p.update(1, 0); ...; p.finish()`.
 */
export function progress(total: number, sink: ProgressSink, now: () => number = () => performance.now()) {
  const start = now();
  let lastDraw = -Infinity;
  let lastTenth = 0;
  let shown = { done: 0, timedOut: 0 };
  const line = (done: number, timedOut: number): string => {
    const elapsed = (now() - start) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : NaN;
    const eta = Number.isNaN(left) ? '' : ` · about ${left} s left`;
    return `grading: ${done}/${total}${timedOut ? ` · ${timedOut} timed out` : ''} · ${rate.toFixed(1)}/s${done < total ? eta : ''}`;
  };
  return {
    update(done: number, timedOut: number): void {
      shown = { done, timedOut };
      if (sink.isTTY) {
        if (now() - lastDraw < 100 && done < total) return;
        lastDraw = now();
        sink.write(`\r\x1b[K${line(done, timedOut)}`);
      } else if (Math.floor((done * 10) / total) > lastTenth) {
        lastTenth = Math.floor((done * 10) / total);
        sink.write(`${line(done, timedOut)}\n`);
      }
    },
    finish(): void {
      const seconds = ((now() - start) / 1000).toFixed(1);
      const summary = `graded ${shown.done} submission${shown.done === 1 ? '' : 's'} in ${seconds} s${shown.timedOut ? ` (${shown.timedOut} timed out)` : ''}`;
      sink.write(sink.isTTY ? `\r\x1b[K${summary}\n` : `${summary}\n`);
    },
  };
}
