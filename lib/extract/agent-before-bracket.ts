// "les chiffres avancés hier par les syndicats (230 000) et par la police
// (24 000)", "figures given by the unions (230,000)": a figure alone in
// brackets right after an agent phrase is that agent's.
import type { FoundSources } from "../sources/found-sources";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { SentenceReading } from "./sentence-reading";
import { speakerAfter } from "./speakers";
import { phraseAlternation, SPACE_CHAR as SPACE } from "./text";

/** How far before its bracket an agent's preposition may stand. */
const REACH = 60;

interface AgentRegexes {
  /** The preposition and the agent's words, ending at the bracket's opening. */
  before: RegExp;
  /** Each preposition whose phrase a bracketed figure follows. */
  all: RegExp;
}

/** The agent's words and the bracket's opening: no figure, no clause end. */
const AGENT_THEN_BRACKET = `[^,;:.()\\p{N}]{2,50}\\(${SPACE}*`;

const regexes = perLexicon((lexicon): AgentRegexes => {
  const preposition = `${phraseAlternation(lexicon.agentPrepositions)}${SPACE}+`;
  return {
    before: new RegExp(`${preposition}${AGENT_THEN_BRACKET}$`, "iu"),
    all: new RegExp(`${preposition}(?=${AGENT_THEN_BRACKET}\\p{N})`, "giu"),
  };
});

/** Whether the bracketed figure starting at `start` follows an agent phrase. */
export function agentBeforeBracket(text: string, start: number, lexicon: Lexicon): boolean {
  return regexes(lexicon).before.test(text.slice(Math.max(0, start - REACH), start));
}

/** The agent of each bracketed figure, credited to the figures after it. */
export function agentsBeforeBrackets(reading: SentenceReading, found: FoundSources, lexicon: Lexicon): void {
  const { sentence, language, mentions, previousSpeaker, attributions } = reading;
  for (const m of sentence.matchAll(regexes(lexicon).all)) {
    const cueStart = m.index ?? 0;
    const cueEnd = cueStart + m[0].length;
    if (attributions.some((a) => a.cueStart === cueStart)) continue;
    const named = speakerAfter(sentence, cueEnd, language, mentions, found, previousSpeaker);
    if (!named || named === "PRONOUN" || !/^[\s\u00A0\u202F]*\(/u.test(sentence.slice(named.mention.end))) continue;
    const agency = reading.phraseSpeaker(named);
    if (agency) attributions.push({ agency, cueStart, cueEnd: named.mention.end, contentAfter: true });
  }
}
