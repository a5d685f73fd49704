// What makes two claims measure the same quantity: category, unit, subject,
// place, the part of the whole ("first contingent") and a part-state
// ("already there"). The key is also the question's stable id.
import { type Category } from "../claims/claim";
import { EVENT_DAY_CATEGORIES } from "./conventions";
import { canonicalPlace, placeAncestors } from "./places";
import { slugify, tidyText } from "./text";
import { type ReconcileClaim } from "./types";
import { canonicalSubject, canonicalUnit, partState } from "./vocabulary";

export interface QuestionKey {
  category: Category;
  unit: string;
  subject: string | null;
  place: string | null;
  group: string | null;
  /** A state that marks a part of the total; null for merged states. */
  state: string | null;
  /** The day of a one-day event (a protest's turnout), for the categories counted per day; else null. */
  day: string | null;
  /** The story (stories.ts); part of the identity, not of the id, which gets a hash only if two stories share a slug. */
  story: string;
}

export interface KeyedClaim {
  key: QuestionKey;
  /** Identity of the key: equal strings ⇔ same question. */
  keyString: string;
  /** The claim's own state when it was merged into the total ("training"). */
  mergedState: string | null;
  /** Why a claim with this key is in its question. */
  reason: string;
}

function nonEmpty(text: string | null): string | null {
  return text === null || tidyText(text) === "" ? null : text;
}

/** The day a turnout belongs to: the claim's own date, else the article's (ISO, as precise as known). */
function eventDay(claim: ReconcileClaim): string | null {
  const date = claim.asOf ?? claim.published;
  return date === null ? null : date.slice(0, 10);
}

export function keyOfClaim(claim: ReconcileClaim, story = ""): KeyedClaim {
  const subject = nonEmpty(claim.subject);
  const place = nonEmpty(claim.scope.place);
  const group = nonEmpty(claim.scope.group);
  const rawState = nonEmpty(claim.scope.state);
  const state = rawState === null ? null : partState(rawState);
  const key: QuestionKey = {
    category: claim.category,
    unit: canonicalUnit(claim.unit),
    subject: subject === null ? null : canonicalSubject(subject),
    place: place === null ? null : canonicalPlace(place),
    group: group === null ? null : tidyText(group),
    state,
    day: EVENT_DAY_CATEGORIES.has(claim.category) ? eventDay(claim) : null,
    story,
  };
  const mergedState = state === null && rawState !== null ? tidyText(rawState) : null;
  const reason = describeKey(key) + (mergedState ? ` (state "${mergedState}" counts toward the same total)` : "");
  return { key, keyString: keyString(key), mergedState, reason };
}

export function keyString(key: QuestionKey): string {
  const part = (text: string | null) => (text === null ? "" : slugify(text));
  return [key.category, part(key.unit), part(key.subject), part(key.place), part(key.group), part(key.state), key.day ?? "", key.story].join("|");
}

/** Readable id; two keys with the same slug are told apart by grouping.ts. */
export function keySlug(key: QuestionKey): string {
  return [key.category, key.unit, key.subject, key.place, key.group, key.state, key.day]
    .filter((part): part is string => part !== null)
    .map(slugify)
    .filter((part) => part !== "")
    .join("-");
}

/** "deployed · soldiers · North Korean · Russia": why a claim is in its question. */
export function describeKey(key: QuestionKey): string {
  return [key.category, key.unit, key.subject, key.place, key.group, key.state, key.day].filter((part) => part !== null).join(" · ");
}

/**
 * Keys of wider quantities, nearest first: drop the part-state, then the
 * group, then climb the place hierarchy up to the widest known place, and
 * last drop the subject (North Korean troops in Kursk ⊂ all troops in Kursk). The first one
 * that exists is the parent question.
 */
export function widerKeys(key: QuestionKey, keepSubject = false): QuestionKey[] {
  const subjects = key.subject === null || keepSubject ? [key.subject] : [key.subject, null];
  // A figure with no place said is not the whole of which a placed figure is a
  // part: "place not said" usually means the article's own place, not
  // "everywhere". So the climb stops at the widest known place.
  const places = key.place === null ? [null] : [key.place, ...placeAncestors(key.place)];
  const groups = key.group === null ? [null] : [key.group, null];
  const states = key.state === null ? [null] : [key.state, null];
  const wider: QuestionKey[] = [];
  for (const subject of subjects)
    for (const place of places)
      for (const group of groups)
        for (const state of states) {
          if (subject === key.subject && place === key.place && group === key.group && state === key.state) continue;
          wider.push({ ...key, subject, place, group, state });
        }
  return wider;
}

/** What makes a question narrower than a wider one: "already there", "Kursk region, first contingent". */
export function narrowing(narrow: QuestionKey, wide: QuestionKey): string {
  const differences = [
    narrow.place !== wide.place ? narrow.place : null,
    narrow.group !== wide.group ? narrow.group : null,
    narrow.state !== wide.state ? narrow.state : null,
    narrow.subject !== wide.subject ? narrow.subject : null,
  ].filter((part): part is string => part !== null);
  return differences.join(", ");
}
