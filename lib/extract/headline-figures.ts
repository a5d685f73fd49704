// A headline (the article's first line) sums up its body: a figure it gives
// that the body gives again, for the same kind of count, is one claim even
// when the two name the count differently ("133.000 manifestants" over
// "133.000 personnes ont manifesté", "58 missing" over "58 people are
// missing") or credit it in other words ("selon les organisateurs" over "les
// organisateurs de la marche"), which the stricter merge of dedupe.ts keeps
// apart. The body's claim stays the main quote (it holds the whole sentence);
// the headline's spans become its mentions and fill what it leaves unsaid.
import type { ExtractedClaim } from "../claims/claim";

/**
 * "casualties" sums up killed and injured. A count of "other" people says no
 * more than that a verb elsewhere may say; "23 organisations" is another count
 * than the headline's "23 morts", whatever its category.
 */
function compatible(headline: ExtractedClaim, body: ExtractedClaim): boolean {
  if (headline.category === body.category) return true;
  if (headline.category === "other") return headline.unit === "people";
  if (body.category === "other") return body.unit === "people";
  const casualty = (c: string) => c === "casualties" || c === "killed" || c === "injured";
  return (headline.category === "casualties" || body.category === "casualties") && casualty(headline.category) && casualty(body.category);
}

/** The same figure with the same modifier: "at least 137" over "137" may be a newer toll, not the same one. */
function sameCount(headline: ExtractedClaim, body: ExtractedClaim): boolean {
  return (
    headline.stance === "asserts" && body.stance === "asserts" && headline.value.best !== null &&
    headline.value.low === body.value.low && headline.value.high === body.value.high && compatible(headline, body)
  );
}

/** The body claim a headline claim restates: the first of the same category, else the first compatible one. */
function restatedIn(headline: ExtractedClaim, body: readonly ExtractedClaim[]): ExtractedClaim | undefined {
  const candidates = body.filter((b) => sameCount(headline, b));
  return candidates.find((b) => b.category === headline.category) ?? candidates[0];
}

function fold(headline: ExtractedClaim, into: ExtractedClaim): void {
  into.mentions = [{ start: headline.start, end: headline.end }, ...headline.mentions, ...into.mentions].sort((a, b) => a.start - b.start);
  // "1,2 million de personnes dans les rues" says no more than "other"; the headline's "manifestants" does.
  if (into.category === "other") into.category = headline.category;
  into.source ??= headline.source;
  into.subject ??= headline.subject;
  into.scope = { place: into.scope.place ?? headline.scope.place, group: into.scope.group ?? headline.scope.group, state: into.scope.state ?? headline.scope.state };
  if (!into.asOf && headline.asOf) Object.assign(into, { asOf: headline.asOf, asOfPrecision: headline.asOfPrecision });
}

/** Claims in text order, each headline figure the body restates folded into the body's claim. */
export function foldHeadlineFigures(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  const headlineEnd = text.indexOf("\n");
  if (headlineEnd <= 0) return claims;
  const inHeadline = (c: ExtractedClaim) => c.end <= headlineEnd && c.mentions.every((m) => m.end <= headlineEnd);
  const body = claims.filter((c) => c.start >= headlineEnd);
  const folded = new Set<ExtractedClaim>();
  for (const c of claims) {
    if (!inHeadline(c)) continue;
    const into = restatedIn(c, body);
    if (!into) continue;
    fold(c, into);
    folded.add(c);
  }
  return folded.size ? claims.filter((c) => !folded.has(c)) : claims;
}
