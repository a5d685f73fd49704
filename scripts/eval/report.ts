// How `npm run eval` prints its scores: one line per set, and on request the
// matched claims with a wrong source or date, the misses and the false positives.
import type { Ratio, ScoredSet, SetScore } from "./score";
import { acceptedNames, asOfIsRight, sourceIsRight } from "./score";

const rate = (r: Ratio) => `${r.right}/${r.of}`.padStart(7) + (r.of ? ` ${((100 * r.right) / r.of).toFixed(0)}%`.padEnd(6) : " n/a".padEnd(6));

export const HEADER = `${"set".padEnd(26)} art  gold  pred     P      R      F1   source right  denials found  as-of right`;

export function scoreLine(name: string, s: SetScore): string {
  return [
    name.padEnd(26),
    String(s.articles).padStart(3),
    String(s.gold).padStart(5),
    String(s.predicted).padStart(5),
    s.precision.toFixed(3).padStart(6),
    s.recall.toFixed(3).padStart(6),
    s.f1.toFixed(3).padStart(6),
    `  ${rate(s.source)}`,
    `  ${rate(s.denials)}`,
    `  ${rate(s.asOf)}`,
  ].join(" ");
}

const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

export function details(name: string, s: ScoredSet): string[] {
  const lines = [`\n== ${name}`];
  for (const [g, c] of s.matches) {
    const accepted = acceptedNames(g);
    const wrong = [
      sourceIsRight(accepted, c.source) ? null : `source ${c.source ? `${c.source.id} (${c.source.name})` : null} ≠ ${accepted ? accepted.slice(0, 3).join(" | ") + (accepted.length > 3 ? " …" : "") : null}`,
      asOfIsRight(g.as_of, c.asOf) === false ? `as-of ${c.asOf} ≠ ${g.as_of}` : null,
    ].filter(Boolean);
    if (wrong.length) lines.push(`  matched but ${wrong.join("; ")}: ${g.file} «${cut(g.quote, 70)}»`);
  }
  lines.push(`  misses (${s.misses.length}):`);
  for (const g of s.misses) lines.push(`    ${g.file} [${g.start}-${g.end}] ${g.stance === "denies" ? "denies" : `${g.value_low}–${g.value_high}`} «${cut(g.quote, 90)}»`);
  lines.push(`  false positives (${s.falsePositives.length}):`);
  for (const c of s.falsePositives) lines.push(`    ${c.file} [${c.start}-${c.end}] ${c.stance === "denies" ? "denies " : ""}${c.value.low}–${c.value.high} ${c.unit} «${cut(c.quote, 90)}»`);
  return lines;
}
