// The same figure from the same source in several articles: one statement
// carried many times. It is listed so the analyst sees the echo, and it
// counts once, because corroboration counts sources, not articles.
import { MAX_CLAIMS_PER_RELATION } from "../conventions";
import { listNames, plural, sourceFigure } from "../format";
import { type RelationList } from "./relation-list";
import { type SourceProfile } from "./source-profiles";

export function findRepeats(profiles: readonly SourceProfile[], relations: RelationList): void {
  for (const profile of profiles) {
    for (const bucket of profile.buckets) {
      if (bucket.claims.length < 2) continue;
      relations.add("repeat", () => {
        const others = bucket.claims.filter((fact) => fact !== bucket.original);
        const claims = [bucket.original, ...others].slice(0, MAX_CLAIMS_PER_RELATION).map((fact) => fact.id);
        const articles = new Set(bucket.claims.map((fact) => fact.claim.articleId)).size;
        const outlets = [...new Set(bucket.claims.map((fact) => fact.claim.outlet).filter((outlet): outlet is string => outlet !== null))].sort();
        const carriers = outlets.length > 0 ? ` (${listNames(outlets)})` : "";
        const listed = claims.length < bucket.claims.length ? ` ${claims.length} are listed.` : "";
        return {
          claims,
          explanation: `${sourceFigure(bucket.original)} appears in ${plural(bucket.claims.length, "claim")} across ${plural(articles, "article")}${carriers}: one figure from one source, counted once.${listed}`,
        };
      });
    }
  }
}
