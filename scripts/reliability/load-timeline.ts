// When the slow answers of a load scenario happened, grouped into bursts: a
// stall of the server shows as many addresses slow at the same second, one
// slow page as a single line. Beside each burst, what else was going on then
// (the ingest's progress lines, the server's event-loop stalls), so that a
// slow burst can be traced to its cause from the report alone.

export interface TimedEvent {
  /** Seconds into the scenario. */
  at: number;
  text: string;
}

export interface SlowAnswer {
  target: string;
  /** Seconds into the scenario when it was sent. */
  at: number;
  ms: number;
}

export interface Burst {
  from: number;
  to: number;
  answers: SlowAnswer[];
}

/** Slow answers grouped so that answers sent within `gapSeconds` of the previous one share a burst. */
export function burstsOf(slow: readonly SlowAnswer[], gapSeconds = 1): Burst[] {
  const sorted = [...slow].sort((a, b) => a.at - b.at);
  const bursts: Burst[] = [];
  for (const answer of sorted) {
    const last = bursts.at(-1);
    if (last && answer.at - last.to <= gapSeconds) {
      last.answers.push(answer);
      last.to = answer.at;
    } else bursts.push({ from: answer.at, to: answer.at, answers: [answer] });
  }
  return bursts;
}

/** Lines for the console: each burst, its slowest addresses, and the events from a few seconds before it to its end. */
export function describeBursts(bursts: readonly Burst[], events: readonly TimedEvent[], { before = 3, maxBursts = 6 } = {}): string[] {
  const lines: string[] = [];
  const worst = [...bursts].sort((a, b) => maxMs(b) - maxMs(a)).slice(0, maxBursts).sort((a, b) => a.from - b.from);
  for (const burst of worst) {
    const byTarget = new Map<string, number>();
    for (const a of burst.answers) byTarget.set(a.target, Math.max(byTarget.get(a.target) ?? 0, a.ms));
    const top = [...byTarget].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t, ms]) => `${t.slice(0, 32)} ${Math.round(ms)}`);
    lines.push(`    ${burst.from.toFixed(1)}–${burst.to.toFixed(1)} s: ${burst.answers.length} slow, up to ${Math.round(maxMs(burst))} ms (${top.join("; ")})`);
    const end = burst.to + maxMs(burst) / 1000;
    for (const e of events) if (e.at >= burst.from - before && e.at <= end) lines.push(`      ${e.at.toFixed(1)} s ${e.text.slice(0, 120)}`);
  }
  return lines;
}

function maxMs(burst: Burst) {
  return Math.max(...burst.answers.map((a) => a.ms));
}
