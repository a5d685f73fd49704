const LEVELS = [
  { min: 0.5, word: "high", style: "bg-red-100 text-red-900" },
  { min: 0.2, word: "medium", style: "bg-amber-100 text-amber-900" },
  { min: 0.001, word: "low", style: "bg-sky-100 text-sky-900" },
  { min: -Infinity, word: "none", style: "bg-slate-100 text-slate-800" },
] as const;

export function conflictLevel(score: number) {
  return LEVELS.find((l) => score >= l.min)!;
}

/** How contested a question is, in a word and on a meter; the number is in the tooltip for those who want it. */
export function ConflictMeter({ score, note = null }: { score: number; note?: string | null }) {
  const level = conflictLevel(score);
  return (
    <span className="inline-flex items-center gap-2 text-sm" title={`Conflict score ${score.toFixed(2)} of 1`}>
      <span className={`rounded px-2 py-0.5 font-medium ${level.style}`}>{note ?? `contested: ${level.word}`}</span>
      <meter aria-label={`Conflict score, ${level.word}`} className="h-2 w-20" min={0} max={1} low={0.2} high={0.5} optimum={0} value={score} />
    </span>
  );
}
