export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
  unit: string;
}

const BAR_WIDTH = 24;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/** "[=========>          ] 45% 4,500/10,000 articles · 512/s · 11 s left" */
export function formatProgress({ done, total, elapsedMs, unit }: ProgressState): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${"=".repeat(Math.max(0, filled - 1))}${filled > 0 ? ">" : ""}${" ".repeat(BAR_WIDTH - filled)}`;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : Infinity;
  const n = (x: number) => x.toLocaleString("en-US");
  return `[${bar}] ${Math.floor(share * 100)}% ${n(done)}/${n(total)} ${unit} · ${n(Math.round(rate))}/s · ${done >= total ? "done" : `${formatDuration(left)} left`}`;
}
