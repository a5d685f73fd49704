// The audit log's "before → after" in words: only what changed, for a claim,
// a question or a source snapshot as stored by the decision writer.
import { formatNumber } from "../format/numbers";

type Snapshot = Record<string, unknown>;

const parse = (json: string | null): Snapshot | null => (json ? (JSON.parse(json) as Snapshot) : null);

function show(key: string, value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (key === "source" || key === "question") return String((value as { name?: string; label?: string }).name ?? (value as { label?: string }).label ?? "none");
  if (key === "value") {
    const { low, best, high } = value as { low: number | null; best: number | null; high: number | null };
    if (best !== null && (low === null || low === best) && (high === null || high === best)) return formatNumber(best);
    return `${low === null ? "…" : formatNumber(low)}–${high === null ? "…" : formatNumber(high)}${best !== null ? ` (best ${formatNumber(best)})` : ""}`;
  }
  if (key === "scope") return Object.values(value as Record<string, string | null>).filter(Boolean).join(", ") || "none";
  if (typeof value === "number") return formatNumber(value);
  if (Array.isArray(value)) return value.join(", ") || "none";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

const WORDS: Record<string, string> = { value: "figure", status: "status", rejectReason: "reason", questionId: "question", asOf: "as of", asOfPrecision: "date precision", claimCount: "claims" };
const SKIPPED = new Set(["articleId", "id", "claims", "consensusBest"]);

/** "status: unreviewed → corrected; source: GUR → US Department of Defense". */
export function describeChange(beforeJson: string | null, afterJson: string | null): string {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  if (!before && after) return `new: ${show("value", after.value ?? null) === "none" ? Object.keys(after).slice(0, 3).join(", ") : show("value", after.value)}`;
  if (before && !after) return "removed";
  if (!before || !after) return "";
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !SKIPPED.has(key));
  const changed = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]) && key in before && key in after);
  if (changed.length === 0) return "no change to the figures";
  return changed.map((key) => `${WORDS[key] ?? key}: ${show(key, before[key])} → ${show(key, after[key])}`).join("; ");
}
