// What each part of the reliability suite found: checks that pass or fail,
// and figures, printed together at the end.

export interface Check {
  part: string;
  name: string;
  ok: boolean;
  detail?: string;
}

export class Report {
  readonly checks: Check[] = [];
  readonly figures: { part: string; name: string; value: string }[] = [];

  check(part: string, name: string, ok: boolean, detail?: string): boolean {
    this.checks.push({ part, name, ok, detail });
    if (!ok) console.log(`  FAILED ${part}: ${name}${detail ? ` (${detail})` : ""}`);
    return ok;
  }

  figure(part: string, name: string, value: string | number) {
    this.figures.push({ part, name, value: String(value) });
  }

  print() {
    console.log("\nFigures");
    for (const f of this.figures) console.log(`  ${f.part.padEnd(10)} ${f.name.padEnd(58)} ${f.value}`);
    const failed = this.checks.filter((c) => !c.ok);
    console.log(`\nChecks: ${this.checks.length - failed.length} of ${this.checks.length} held`);
    for (const c of failed) console.log(`  FAILED ${c.part}: ${c.name}${c.detail ? ` (${c.detail})` : ""}`);
    console.log(`\nreliability: ${this.checks.length - failed.length} passed, ${failed.length} failed`);
    return failed.length;
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
