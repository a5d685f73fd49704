// Command-line options of `npm run gen:corpus`, checked with zod.
import { parseArgs } from "node:util";
import { z } from "zod";

export const MAX_ARTICLES = 1_000_000;
export const MAX_SEED = 4_294_967_295;

export const USAGE = "Usage: npm run gen:corpus -- --articles N [--seed S] [--out DIR]   (default seed 1, default out corpora/<N>-<S>/)";

function wholeNumber(flag: string, max: number) {
  const message = `${flag} must be a positive whole number`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(1, message).max(max, `${flag} must be at most ${max}`));
}

const schema = z.object({
  articles: z.string({ error: "--articles is required" }).pipe(wholeNumber("--articles", MAX_ARTICLES)),
  seed: wholeNumber("--seed", MAX_SEED).default(1),
  out: z.string().trim().min(1, "--out must name a folder").optional(),
});

export interface CorpusOptions {
  articles: number;
  seed: number;
  out: string;
}

export type ParsedArgs = { ok: true; options: CorpusOptions } | { ok: false; message: string };

export function parseCorpusArgs(argv: readonly string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: { articles: { type: "string" }, seed: { type: "string" }, out: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join("; ") };
  const { articles, seed, out } = parsed.data;
  return { ok: true, options: { articles, seed, out: out ?? `corpora/${articles}-${seed}` } };
}
