// "Dozens are reported missing", "le chiffre de 200 morts a été évoqué": a
// speech verb in the passive with no agent says that someone reported the
// figure without naming who. The article does not credit it to the speaker
// of the sentence before, who would otherwise be carried on to it.
import type { Language } from "../claims/claim";

/** Speech participles after a passive auxiliary, not followed by "by"/"par" naming the agent. */
const AGENTLESS_PASSIVE: Record<Language, RegExp> = {
  en: /\b(?:is|are|was|were|been|being)[\s\u00A0]+(?:(?:also|now|still|widely|further|reportedly)[\s\u00A0]+)?(?:reported|cited|mentioned|quoted|floated|put[\s\u00A0]+forward)\b(?![\s\u00A0,]+by\b)/iu,
  fr: /(?:^|[\s\u00A0'’])(?:été|est|sont|était|étaient)[\s\u00A0]+(?:(?:également|aussi|déjà|encore)[\s\u00A0]+)?(?:évoqué|avancé|cité|mentionné|signalé|rapporté)e?s?(?![\p{L}])(?![\s\u00A0,]+par\b)/iu,
};

/** Whether the clause reports its figure through a passive speech verb with no agent. */
export function agentlessPassive(clause: string, language: Language): boolean {
  return AGENTLESS_PASSIVE[language].test(clause);
}
