// A claim cited as an analyst pastes it into a report: who said it, the
// figure as stated, as of when, where it was published, and the exact quote.
import { speakerLabel } from "../claims/speaker";
import { formatIsoDate } from "../format/dates";
import { figureAsStated } from "../format/figure-as-stated";

export interface CitableClaim {
  value: { low: number | null; best: number | null; high: number | null };
  qualifier: string;
  unit: string;
  stance: string;
  measure: string;
  source: { id: string; name: string; person?: string } | null;
  asOf: string | null;
  quote: string;
}

export interface CitedArticle {
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

export interface CitationField {
  label: string;
  text: string;
}

/** The citation's parts, each labelled, in the order they are read. */
export function citationFields(claim: CitableClaim, article: CitedArticle, link: string): CitationField[] {
  return [
    { label: "Who", text: speakerLabel(claim.source) },
    { label: "Figure", text: `${figureAsStated({ ...claim.value, qualifier: claim.qualifier, stance: claim.stance, unit: claim.unit })} (${claim.measure})` },
    { label: "As of", text: claim.asOf ? formatIsoDate(claim.asOf) : "not stated (the article's date applies)" },
    { label: "Outlet", text: article.publisher ?? "unknown outlet" },
    { label: "Title", text: article.title },
    { label: "Published", text: formatIsoDate(article.published) },
    { label: "URL", text: article.url ?? "none given" },
    { label: "Quote", text: `“${claim.quote}”` },
    { label: "Claim", text: link },
  ];
}

/** The citation as one plain-text block, a labelled line each, to copy. */
export function citationText(claim: CitableClaim, article: CitedArticle, link: string): string {
  return citationFields(claim, article, link).map(({ label, text }) => `${label}: ${text}`).join("\n");
}
