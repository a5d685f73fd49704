import { formatProgress } from "../../lib/progress/format-progress";

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every 5%
 * in a log, so that stdout keeps only the per-file results and the summary.
 */
export function createProgressReporter(total: number, unit: string) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let done = 0;
  let lastShare = -1;
  let lastDraw = 0;
  const draw = (final = false) => {
    const line = formatProgress({ done, total, elapsedMs: performance.now() - started, unit });
    if (tty) process.stderr.write(`\r${line}${final ? "\n" : ""}`);
    else process.stderr.write(`${line}\n`);
  };
  return {
    tick() {
      done++;
      const now = performance.now();
      const share = Math.floor((done / total) * 20);
      if (tty ? now - lastDraw > 100 : share > lastShare) {
        lastDraw = now;
        lastShare = share;
        draw();
      }
    },
    finish() {
      draw(true);
    },
  };
}
