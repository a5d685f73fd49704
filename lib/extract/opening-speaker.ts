// Speakers set off by punctuation rather than a verb: a headline or a list
// item that opens with its speaker and a colon ("Lebanese health ministry:
// Beirut blast killed 137", "Organisers' figure: 500,000", "Police : 3 000
// manifestants"), or a headline that ends on its source after a dash
// ("Death toll rises to 135 — media"). A place or an event before the colon
// ("Séisme au Maroc : 2 000 morts") names no one: only a source of a known
// kind speaks this way.
import type { Language } from "../claims/claim";
import type { Agency } from "../sources/agencies";
import type { AgencyMention } from "../sources/find-agencies";
import type { FoundSources } from "../sources/found-sources";
import { type Speaker, speakerAfter, speakerBefore } from "./speakers";

export interface OpeningSpeaker {
  speaker: Exclude<Speaker, "PRONOUN" | null>;
  /** The colon or the dash. */
  cueStart: number;
  cueEnd: number;
  /** The speaker opens the sentence and speaks for what follows the colon only. */
  contentAfter: boolean;
}

/** Where the speaker's words may end before the colon: a headline's opening, not a clause. */
const OPENING_REACH = 70;
/** "Organisers' figure", "the police count": the figure noun after the speaker is no part of its name. */
const FIGURE_NOUN = /(?:['’]s?)?[\s\u00A0]+(?:figures?|counts?|estimates?|tally|toll|chiffres?|bilan|décompte|estimations?)[\s\u00A0]*$/iu;
/** Only a list bullet, a quote mark or spaces may stand before the speaker. */
const LINE_OPENING = /^[\s\u00A0•*–—-]*$/u;
/** "North Korea", "Séoul": a place standing for its government; before a colon it is a topic unless a quotation follows. */
const PLACE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[\s\u00A0]\p{Lu}[\p{Ll}'’-]+)?$/u;
const QUOTATION_NEXT = /^[\s\u00A0]*[«“"]/u;
const CLOSING_DASH = /[\s\u00A0][—–-][\s\u00A0]+([^—–\-.!?]{2,40})$/u;

/** A speaker of the gazetteer, or a found source whose words say what kind it is (not a lone capitalised name). */
function speaksAlone(speaker: Speaker, mentions: readonly AgencyMention[]): speaker is Exclude<Speaker, "PRONOUN" | null> {
  if (!speaker || speaker === "PRONOUN") return false;
  return mentions.includes(speaker.mention) || (speaker.agency.kind !== "other" && speaker.agency.kind !== "person");
}

/** "North Korea: the HUR cites …" is about North Korea; "Séoul : « … »" is Seoul speaking. */
function placeAsTopic(speaker: Exclude<Speaker, "PRONOUN" | null>, mentions: readonly AgencyMention[], afterColon: string): boolean {
  return mentions.includes(speaker.mention) && PLACE_NAME.test(speaker.mention.text) && !QUOTATION_NEXT.test(afterColon);
}

export function openingSpeaker(sentence: string, language: Language, mentions: readonly AgencyMention[], found: FoundSources, previous: () => Agency | null): OpeningSpeaker | null {
  const colon = sentence.indexOf(":");
  if (colon > 1 && colon <= OPENING_REACH) {
    const opening = sentence.slice(0, colon).replace(/[\s\u00A0]+$/u, "");
    const end = FIGURE_NOUN.exec(opening)?.index ?? opening.length;
    const speaker = speakerBefore(sentence, end, language, mentions, found, previous);
    if (speaksAlone(speaker, mentions) && !placeAsTopic(speaker, mentions, sentence.slice(colon + 1)) && LINE_OPENING.test(sentence.slice(0, speaker.mention.start))) {
      return { speaker, cueStart: colon, cueEnd: colon + 1, contentAfter: true };
    }
  }
  const dash = CLOSING_DASH.exec(sentence.replace(/[\s\u00A0]+$/u, ""));
  if (dash?.[1]) {
    const from = dash.index + dash[0].length - dash[1].length;
    const speaker = speakerAfter(sentence, from, language, mentions, found, previous);
    if (speaksAlone(speaker, mentions) && speaker.mention.end >= from + dash[1].trimEnd().length) {
      return { speaker, cueStart: dash.index, cueEnd: from, contentAfter: false };
    }
  }
  return null;
}
