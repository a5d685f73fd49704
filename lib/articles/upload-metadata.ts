// The metadata form of an upload, checked with the manifest's own schema: the
// same fields, the same rules, the same messages as a manifest entry.
import { z } from "zod";
import { manifestEntrySchema } from "./manifest";
import type { GivenMetadata } from "./prepare-article";

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value);

export const uploadMetadataSchema = z.object({
  title: z.preprocess(blankToNull, z.string().max(300, "must be at most 300 characters").nullable().optional()),
  publisher: z.preprocess(blankToNull, manifestEntrySchema.shape.publisher),
  url: z.preprocess(blankToNull, manifestEntrySchema.shape.url),
  published: z.preprocess(blankToNull, manifestEntrySchema.shape.published),
  language: z.preprocess(blankToNull, manifestEntrySchema.shape.language.nullable()),
});

export type UploadMetadata = z.infer<typeof uploadMetadataSchema>;

/** The form's fields, or the first problem in words ("url must be a web address …"). */
export function parseUploadMetadata(raw: unknown): { ok: true; metadata: GivenMetadata } | { ok: false; reason: string } {
  const parsed = uploadMetadataSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `the ${String(issue?.path[0] ?? "metadata")} ${issue?.message ?? "is not valid"}` };
  }
  const { title, publisher, url, published, language } = parsed.data;
  return { ok: true, metadata: { title: title ?? null, publisher: publisher ?? null, url: url ?? null, published: published ?? null, ...(language ? { language } : {}) } };
}
