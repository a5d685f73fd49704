// "le chiffre avancé jeudi 12 décembre par l'ISW", "figures revealed on Monday
// by the ministry": a day named between a participle and its agent leaves the
// cue whole. Only the participles of the lexicon's own "X par" / "X by" cues
// are read so, and only a gap that is one date, so no new kind of cue appears.
import { findDates } from "./dates";
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { PhraseFilter } from "./sentence-words";
import { allWordMatches, phraseScanner, type TextMatch } from "./text";

const AGENT_CUE = /^(.+)[\s\u00A0](?:par|by)$/u;
/** The words after a participle up to its agent: no punctuation, a few words at most. */
const GAP_THEN_AGENT = /^[\s\u00A0]+([^,;:.!?()«»"“”\n]{2,40}?)[\s\u00A0]+(?:par|by)(?![\p{L}\p{N}])/u;
/** Words a date may take around it that findDates leaves out: "ce mardi", "on Thursday", "lundi soir". */
const BEFORE_DATE = /^(?:on|ce|cette)[\s\u00A0]+/iu;
const AFTER_DATE = /[\s\u00A0]+(?:matin|midi|après-midi|soir|morning|afternoon|evening|night)$/iu;

const participles = perLexicon((lexicon) => {
  const words = lexicon.attribution.cueBeforeSpeaker.flatMap((phrase) => AGENT_CUE.exec(phrase)?.[1] ?? []);
  return phraseScanner([...new Set(words)]);
});

/** A time no date names, that a participle may take before its agent: "ce week-end", "la semaine dernière", "earlier this week". */
const RELATIVE_TIME =
  /^(?:(?:ce|cette|le|la)[\s\u00A0]+(?:week-end|semaine|mois|matin|soir)(?:[\s\u00A0]+(?:dernier|dernière|passé|passée))?|plus[\s\u00A0]+tôt|(?:this|last|over[\s\u00A0]+the)[\s\u00A0]+(?:weekend|week-end|week|month)|earlier(?:[\s\u00A0]+this[\s\u00A0]+(?:week|month))?)$/iu;

/** Whether the whole of `gap` is one date ("mercredi 11 décembre", "hier", "on Thursday") or one relative time ("ce week-end"). */
function isOneDate(gap: string, lexicon: Lexicon): boolean {
  if (RELATIVE_TIME.test(gap)) return true;
  const core = gap.replace(BEFORE_DATE, "").replace(AFTER_DATE, "");
  const dates = findDates(core, lexicon, { published: null, anchor: null });
  return dates.length === 1 && dates[0]!.start === 0 && dates[0]!.end === core.length;
}

/** The cues "participle, a date, par/by" of a sentence, from the participle to the end of "par"/"by". */
export function timedAgentCues(sentence: string, lexicon: Lexicon, words?: PhraseFilter): TextMatch[] {
  const cues: TextMatch[] = [];
  for (const participle of allWordMatches(participles(lexicon), sentence, words)) {
    const m = GAP_THEN_AGENT.exec(sentence.slice(participle.end, participle.end + 60));
    if (!m || !isOneDate(m[1]!, lexicon)) continue;
    const end = participle.end + m[0].length;
    cues.push({ start: participle.start, end, text: sentence.slice(participle.start, end) });
  }
  return cues;
}
