// A figure as its source put it, in words: "about 10,000", "at least 30",
// "several thousand (2,000–9,999)", "thousands (1,000 or more)", "denies".
// Everywhere a figure is shown in words (cards, summaries, consensus, sources
// page, tooltips, exports) it goes through here, so no page shows a number no
// source gave. The wording is English and does not depend on the article's
// language: "plusieurs milliers" and "several thousand" read the same.
import { formatNumber } from "./group-digits";

export interface StatedFigure {
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: string;
  stance?: string;
  /** What is counted ("soldiers"); shown after the number when given. */
  unit?: string | null;
}

// The scales vague quantities are read on (see lib/extract/lexicon/vague.ts):
// a bare plural is [scale, open), "several" is [2 × scale, 10 × scale − 1].
const SCALE_WORDS: ReadonlyArray<{ value: number; plural: string; several: string }> = [
  { value: 10, plural: "tens", several: "several tens" },
  { value: 12, plural: "dozens", several: "several dozen" },
  { value: 20, plural: "scores", several: "several score" },
  { value: 100, plural: "hundreds", several: "several hundred" },
  { value: 1e3, plural: "thousands", several: "several thousand" },
  { value: 1e4, plural: "tens of thousands", several: "several tens of thousands" },
  { value: 1e5, plural: "hundreds of thousands", several: "several hundred thousand" },
  { value: 1e6, plural: "millions", several: "several million" },
  { value: 1e7, plural: "tens of millions", several: "several tens of millions" },
  { value: 1e8, plural: "hundreds of millions", several: "several hundred million" },
  { value: 1e9, plural: "billions", several: "several billion" },
];

function withUnit(text: string, unit: string | null | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/** "several thousand", "tens of thousands": the words of a vague range, or null when its bounds are not a scale's. */
export function vagueWords(low: number | null, high: number | null): string | null {
  if (low === null) return null;
  for (const scale of SCALE_WORDS) {
    if (high === null && low === scale.value) return scale.plural;
    if (high !== null && low === 2 * scale.value && high === 10 * scale.value - 1) return scale.several;
  }
  return null;
}

function rangeText(low: number, high: number | null): string {
  return high === null ? `${formatNumber(low)} or more` : `${formatNumber(low)}–${formatNumber(high)}`;
}

function vagueText(low: number | null, high: number | null, unit: string | null | undefined): string | null {
  if (low === null) return high === null ? null : `up to ${withUnit(formatNumber(high), unit)}`;
  const words = vagueWords(low, high);
  const bounds = rangeText(low, high);
  return words === null ? withUnit(bounds, unit) : `${withUnit(words, unit)} (${bounds})`;
}

function assertedText(figure: StatedFigure): string | null {
  const { low, best, high, qualifier, unit } = figure;
  switch (qualifier) {
    case "vague":
      if (best === null || low !== high) return vagueText(low, high, unit);
      break;
    case "range":
      if (low !== null && high !== null && low !== high) return withUnit(rangeText(low, high), unit);
      break;
    case "at_least":
      return stated("at least", low ?? best, unit);
    case "at_most":
      return stated("at most", high ?? best, unit);
    case "up_to":
      return stated("up to", high ?? best, unit);
    case "approx":
      return stated("about", best ?? low ?? high, unit);
  }
  const shown = best ?? low ?? high;
  return shown === null ? null : withUnit(formatNumber(shown), unit);
}

function stated(prefix: string, value: number | null, unit: string | null | undefined): string | null {
  return value === null ? null : `${prefix} ${withUnit(formatNumber(value), unit)}`;
}

/**
 * The figure as the source put it. A denial reads "denies", or "denies about
 * 10,000" when it names the figure it denies; a claim with no number at all
 * reads "no figure".
 */
export function figureAsStated(figure: StatedFigure): string {
  const text = assertedText(figure);
  if (figure.stance === "denies") return text === null ? "denies" : `denies ${text}`;
  return text ?? "no figure";
}

/** True when a chart must plot a value no source gave (the middle of a range): its label then says so. */
export function isPlottedMiddle(figure: StatedFigure, plotted: number | null): boolean {
  if (plotted === null || figure.stance === "denies") return false;
  return figure.best === null || figure.best !== plotted;
}

/** "plotted at 4,500, the middle of 2,000–9,999" for a chart's tooltip; null when the plotted value is one the source gave. */
export function plottedMiddleNote(figure: StatedFigure, plotted: number | null): string | null {
  if (!isPlottedMiddle(figure, plotted) || plotted === null) return null;
  const { low, high } = figure;
  if (low !== null && high !== null && low !== high) return `plotted at ${formatNumber(plotted)}, the middle of ${rangeText(low, high)}`;
  if (low !== null && high === null) return `plotted at its floor, ${formatNumber(plotted)}`;
  return `plotted at ${formatNumber(plotted)}`;
}
