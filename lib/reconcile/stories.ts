// Which story each article belongs to, so that articles about several events
// loaded together never mix in one question. Two articles are one story when
// they share what their figures are about: a subject ("North Korean") or a
// place ("Kursk region", "Paris", or the country around it), directly or
// through other articles (union find). Articles whose figures name neither share one unplaced story (""),
// apart from every placed one: with nothing to tell their event, they are
// compared with each other rather than each left alone. Sources are not
// used: an agency (a health ministry, the UN) speaks about many events.
// Linear in the claims.
import { canonicalPlace, placeAncestors } from "./places";
import { type ReconcileClaim } from "./types";
import { canonicalSubject } from "./vocabulary";

class UnionFind {
  private readonly parent = new Map<number, number>();

  find(item: number): number {
    if (!this.parent.has(item)) {
      this.parent.set(item, item);
      return item;
    }
    let root = item;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later finds short.
    for (let node = item; this.parent.get(node) !== root; ) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
}

function memoised(canonical: (raw: string) => string): (raw: string | null) => string | null {
  const cache = new Map<string, string>();
  return (raw) => {
    if (raw === null || raw.trim() === "") return null;
    let value = cache.get(raw);
    if (value === undefined) cache.set(raw, (value = canonical(raw)));
    return value;
  };
}

/** articleId → story name: the smallest feature ("place:Kursk region") its story shares, or "" when its figures name none. */
export function storiesOf(claims: readonly ReconcileClaim[]): Map<number, string> {
  const subjectOf = memoised(canonicalSubject);
  const placeOf = memoised(canonicalPlace);
  const withAncestors = new Map<string, string[]>();
  const placeFeatures = (place: string) => {
    let list = withAncestors.get(place);
    if (!list) withAncestors.set(place, (list = [place, ...placeAncestors(place)].map((name) => `place:${name}`)));
    return list;
  };
  const firstArticle = new Map<string, number>();
  const features = new Map<number, Set<string>>();
  const sets = new UnionFind();
  for (const claim of claims) {
    sets.find(claim.articleId);
    const subject = subjectOf(claim.subject);
    const place = placeOf(claim.scope.place);
    const found = subject === null ? [] : [`subject:${subject}`];
    // A place links to the places around it: an article about Paris and one about all of France are one story.
    if (place !== null) found.push(...placeFeatures(place));
    for (const feature of found) {
      const first = firstArticle.get(feature);
      if (first === undefined) firstArticle.set(feature, claim.articleId);
      else if (first !== claim.articleId) sets.union(first, claim.articleId);
      let own = features.get(claim.articleId);
      if (!own) features.set(claim.articleId, (own = new Set()));
      own.add(feature);
    }
  }
  const nameOfRoot = new Map<number, string>();
  for (const [articleId, own] of features) {
    const root = sets.find(articleId);
    for (const feature of own) {
      const name = nameOfRoot.get(root);
      if (name === undefined || feature < name) nameOfRoot.set(root, feature);
    }
  }
  const stories = new Map<number, string>();
  for (const claim of claims) {
    if (stories.has(claim.articleId)) continue;
    stories.set(claim.articleId, nameOfRoot.get(sets.find(claim.articleId)) ?? "");
  }
  return stories;
}

/** What links an article's claims to other articles' (its subjects, places and the places around them), sorted: the same for two claim lists, the same stories. */
export function featuresOf(claims: readonly Pick<ReconcileClaim, "subject" | "scope">[]): string[] {
  const found = new Set<string>();
  for (const claim of claims) {
    const subject = claim.subject === null || claim.subject.trim() === "" ? null : canonicalSubject(claim.subject);
    const place = claim.scope.place === null || claim.scope.place.trim() === "" ? null : canonicalPlace(claim.scope.place);
    if (subject !== null) found.add(`subject:${subject}`);
    if (place !== null) for (const name of [place, ...placeAncestors(place)]) found.add(`place:${name}`);
  }
  return [...found].sort();
}
