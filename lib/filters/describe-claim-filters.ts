import { formatIsoDate } from "../format/dates";
import { formatNumber } from "../format/numbers";
import { categoryWords } from "../format/words";
import type { ReviewStatus } from "../review/vocabulary";
import type { ClaimFilters, ClaimSort } from "./claim-filters";

export interface FilterNames {
  sourceName: (id: string) => string;
  questionLabel: (id: string) => string;
  articleTitle: (id: number) => string;
}

const SORT_WORDS: Record<ClaimSort, string> = {
  "-date": "newest first",
  date: "oldest first",
  "-value": "largest figure first",
  value: "smallest figure first",
  source: "by source",
  outlet: "by outlet",
};

const REVIEW_WORDS: Record<ReviewStatus, string> = {
  unreviewed: "not yet reviewed",
  confirmed: "confirmed by an analyst",
  corrected: "corrected by an analyst",
  rejected: "rejected by an analyst",
  added: "added by an analyst",
};

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The current filter in words, as the explorer says it above the table; `atLeast` when more than `total` claims match. */
export function describeClaimFilters(total: number, f: ClaimFilters, names: FilterNames, atLeast = false): string {
  const parts = [atLeast ? `More than ${formatNumber(total)} claims` : `${formatNumber(total)} claim${total === 1 ? "" : "s"}`];
  if (f.source.length) parts.push(`from ${joinWords(f.source.map(names.sourceName))}`);
  if (f.category) parts.push(`in category “${categoryWords(f.category)}”`);
  if (f.question) parts.push(`about ${names.questionLabel(f.question)}`);
  if (f.outlet) parts.push(`published by ${f.outlet}`);
  if (f.article) parts.push(`in “${names.articleTitle(f.article)}”`);
  if (f.from && f.to) parts.push(`dated ${formatIsoDate(f.from)} to ${formatIsoDate(f.to)}`);
  else if (f.from) parts.push(`dated from ${formatIsoDate(f.from)}`);
  else if (f.to) parts.push(`dated up to ${formatIsoDate(f.to)}`);
  if (f.min !== undefined && f.max !== undefined) parts.push(`with figures between ${formatNumber(f.min)} and ${formatNumber(f.max)}`);
  else if (f.min !== undefined) parts.push(`with figures of at least ${formatNumber(f.min)}`);
  else if (f.max !== undefined) parts.push(`with figures of at most ${formatNumber(f.max)}`);
  if (f.ownVoice === true) parts.push("in the article's own voice");
  if (f.ownVoice === false) parts.push("credited to a source");
  if (f.stance === "denies") parts.push("that deny a figure");
  if (f.stance === "asserts") parts.push("that assert a figure");
  if (f.qualifier) parts.push(`qualified “${f.qualifier.replace("_", " ")}”`);
  if (f.unit) parts.push(`counted in ${f.unit}`);
  if (f.language) parts.push(`in ${f.language === "fr" ? "French" : "English"} articles`);
  if (f.hasAsOf === true) parts.push("with an as-of date in the text");
  if (f.hasAsOf === false) parts.push("with no as-of date in the text");
  if (f.q) parts.push(`matching “${f.q}”`);
  if (f.review.length) parts.push(f.review.map((s) => REVIEW_WORDS[s]).join(" or "));
  return `${parts.join(" ")}, ${SORT_WORDS[f.sort]}`;
}
