// seeds/manifest.json: one entry per article file. Unknown fields are reported
// and ignored so that a manifest written by another tool still loads; a field
// that is present but malformed makes that one entry an error.
import { z } from "zod";
import { LANGUAGES } from "../claims/claim";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date like 2024-10-23")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real calendar date");

export const DATE_SOURCES = ["given", "inferred", "unknown"] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export const manifestEntrySchema = z.object({
  file: z.string().min(1, "must name the article file"),
  publisher: z.string().min(1).nullable().optional(),
  // Only web addresses: a javascript:, data: or file: URL from a manifest must never become a link.
  url: z.url({ protocol: /^https?$/, error: "must be an http or https address" }).nullable().optional(),
  published: isoDate.nullable().optional(),
  language: z.enum(LANGUAGES).optional(),
  dateSource: z.enum(DATE_SOURCES).optional(),
  dateNote: z.string().nullable().optional(),
});
const KNOWN_FIELDS = new Set(Object.keys(manifestEntrySchema.shape));

export interface ManifestEntry {
  file: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  language: (typeof LANGUAGES)[number] | null;
  dateSource: DateSource;
  dateNote: string | null;
}

export interface ManifestProblem {
  /** The entry's file name when it has one, else its position in the array. */
  entry: string;
  message: string;
}

export interface ParsedManifest {
  entries: Map<string, ManifestEntry>;
  /** Entries that failed validation, by file name: those files must not load. */
  invalid: Map<string, string>;
  errors: ManifestProblem[];
  warnings: ManifestProblem[];
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "entry"} ${i.message}`).join("; ");
}

function toEntry(data: z.infer<typeof manifestEntrySchema>): ManifestEntry {
  const published = data.published ?? null;
  return {
    file: data.file,
    publisher: data.publisher ?? null,
    url: data.url ?? null,
    published,
    language: data.language ?? null,
    dateSource: data.dateSource ?? (published ? "given" : "unknown"),
    dateNote: data.dateNote ?? null,
  };
}

/** Validates a manifest's JSON text. Never throws: problems come back as data. */
export function parseManifest(jsonText: string): ParsedManifest {
  const result: ParsedManifest = { entries: new Map(), invalid: new Map(), errors: [], warnings: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    result.errors.push({ entry: "manifest", message: `is not valid JSON (${(error as Error).message})` });
    return result;
  }
  if (!Array.isArray(raw)) {
    result.errors.push({ entry: "manifest", message: "must be a JSON array with one object per article file" });
    return result;
  }
  raw.forEach((item: unknown, index) => {
    const label = typeof (item as { file?: unknown })?.file === "string" ? (item as { file: string }).file : `entry #${index + 1}`;
    const parsed = manifestEntrySchema.safeParse(item);
    if (!parsed.success) {
      const message = describeIssues(parsed.error);
      result.errors.push({ entry: label, message });
      if (label !== `entry #${index + 1}`) result.invalid.set(label, message);
      return;
    }
    const extra = Object.keys(item as object).filter((k) => !KNOWN_FIELDS.has(k));
    if (extra.length) result.warnings.push({ entry: label, message: `ignored unknown field(s): ${extra.join(", ")}` });
    result.entries.set(parsed.data.file, toEntry(parsed.data));
  });
  return result;
}
