// One colour per agency, the same on every chart, table swatch and legend.
// Hues follow Okabe–Ito and Paul Tol's colour-blind-safe sets, darkened where
// needed so that each reaches at least 3:1 contrast on white (a marker or a
// thin line must stay visible without relying on hue alone). Thirteen colours,
// not twelve: with the gazetteer's order, a multiple of twelve would give GUR
// and the Kremlin, who face each other on the same questions, one colour.
import { AGENCIES } from "@/lib/sources/agencies";

export const AGENCY_PALETTE = [
  "#0072B2", // blue (5.2:1)
  "#D55E00", // vermillion (3.9:1)
  "#009E73", // bluish green (3.4:1)
  "#CC79A7", // reddish purple (3.1:1)
  "#B07800", // dark orange (3.8:1)
  "#332288", // indigo (12:1)
  "#882255", // wine (8.7:1)
  "#117733", // green (5.7:1)
  "#9C755F", // brown (4.1:1)
  "#AA4499", // purple (5.3:1)
  "#0E7C86", // teal (5.0:1)
  "#E15759", // red (3.7:1)
  "#7570B3", // lavender (4.4:1)
] as const;

/** Figures the article gives in its own voice, with no agency credited. */
export const OWN_VOICE_COLOR = "#6B7280";

const agencyOrder = new Map<string, number>(AGENCIES.map((agency, index) => [agency.id, index]));

/** Stable across runs and machines, so an agency missing from the gazetteer still keeps its colour. */
function hashId(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash;
}

export function agencyColor(id: string | null): string {
  if (id === null) return OWN_VOICE_COLOR;
  const index = agencyOrder.get(id) ?? agencyOrder.size + hashId(id);
  return AGENCY_PALETTE[index % AGENCY_PALETTE.length]!;
}

/** A chart's series: key → label and colour. Built on the server and passed to client charts as plain data. */
export type SeriesConfig = Record<string, { label: string; color: string }>;

/** The key a chart uses for a source: its agency id, or one key per outlet speaking in its own voice. */
export function seriesKey(sourceId: string | null, sourceName: string): string {
  return sourceId ?? `own:${sourceName}`;
}

export function seriesConfigFor(sources: readonly { sourceId: string | null; sourceName: string }[]): SeriesConfig {
  const config: SeriesConfig = {};
  for (const s of sources) config[seriesKey(s.sourceId, s.sourceName)] = { label: s.sourceName, color: agencyColor(s.sourceId) };
  return config;
}
