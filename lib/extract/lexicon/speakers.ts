// The words that bound a speaker's noun phrase, per language, as data: what
// may open it, what may join its words, what ends it, and what a speaker's
// head word says about its kind. Read by lib/sources/noun-phrase.ts.
export interface SpeakerLexicon {
  /** Words that open a noun phrase: "le", "des", "the", "a". */
  determiners: string[];
  /** Words that join two parts of one name: "de", "du", "of". A joiner is kept only when a word follows it. */
  joiners: string[];
  /** Joiners kept only inside a capitalised name ("Office for the Coordination", "Disaster and Emergency"). */
  nameJoiners: string[];
  /** Words that end a phrase read forwards, or start it read backwards: verbs, prepositions, conjunctions, time words. */
  stops: string[];
  /** Words between a speaker and its verb: auxiliaries, adverbs, "quant à elle", "on Monday". */
  gap: string[];
  /** Pronouns: never a speaker's name. */
  pronouns: string[];
  /** "les chiffres de la CGT", "figures from the ministry": the speaker is the complement. */
  figureNouns: string[];
  /** Documents that speak for whoever issued them: "the statement said" points back to the last speaker. */
  documentNouns: string[];
  /** Events that raise a toll but never speak: "The storm raised the death toll to 40". */
  eventNouns: string[];
  /** Words that may stand before a figure noun: "un nouveau bilan", "the latest figures". */
  figureAdjectives: string[];
  /** Words between a figure noun and who gave it: "fourni par", "released by". */
  figureLinks: string[];
  /** Things that are not speakers even in a speaker's place: "le bilan", "the death toll". */
  notSpeakers: string[];
  /** A title before a name: "le ministre de l'Intérieur Gérald Darmanin". */
  titles: string[];
  /** Offices of a place: "the mayor of Derna" speaks as the mayor, not as the town. */
  territorialTitles: string[];
  /** Participles that carry a phrase over a preposition: "the government based in the east". */
  placeParticiples: string[];
  /** Stop words that are nouns after a determiner: "de l'est" is the east, not "is". */
  nounsAfterDeterminer: string[];
  /** Generic speakers written without a determiner: "police said", "organisers say". */
  bareSpeakers: string[];
  /** An office speaks for its institution: "ministre" → "ministère", "minister" → "ministry". */
  officeInstitutions: [string, string][];
  /** Whole phrases that point back to the last speaker: "the ministry", "l'agence". */
  anaphors: string[];
  /** Verbs after which an incise names its speaker ("…, said the ministry"); null: every speech verb. */
  invertingVerbs: string[] | null;
}

export const FR_SPEAKERS: SpeakerLexicon = {
  determiners: ["le", "la", "les", "l'", "du", "des", "de la", "de l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "cette", "ce", "ces", "certains", "certaines", "plusieurs"],
  joiners: ["de", "du", "des", "d'", "de la", "de l'", "pour", "sur", "aux", "au", "en"],
  nameJoiners: ["et"],
  stops: [
    "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient", "sera", "seront", "serait",
    "qui", "que", "qu'", "dont", "où", "à", "dans", "avec", "lors", "depuis", "après", "avant", "contre", "par", "selon",
    "d'après", "et", "ou", "mais", "soit", "ainsi", "également", "aussi", "alors", "tandis", "hier", "aujourd'hui",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "il", "elle", "ils", "elles", "ne", "n'",
    "se", "s'", "y", "on", "cité", "citée", "cités", "citées", "interrogé", "interrogée", "vers", "quelque", "près",
    "entre", "environ", "plus", "moins", "chez", "parmi", "sans", "sous", "pendant", "lorsque", "lorsqu'", "si", "comme",
  ],
  gap: [
    "a", "ont", "avait", "avaient", "aurait", "auraient", "également", "aussi", "déjà", "encore", "ensuite", "finalement", "pour sa part", "de son côté",
    "quant à elle", "quant à lui", "quant à eux", "par ailleurs", "n'", "ne", "pas", "jamais", "seulement", "lui-même", "elle-même", "hier", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin", "midi", "plus tard", "dans la soirée", "dans la matinée", "dans la nuit",
    "dans la journée", "dans l'après-midi", "dans un communiqué", "à son tour", "pour leur part", "de leur côté", "en a", "en ont", "en avait", "en avaient", "en",
  ],
  pronouns: [
    "il", "elle", "ils", "elles", "eux", "lui", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "on", "nous", "vous", "je", "j'",
    "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "avait-il", "avait-elle", "avaient-ils", "explique-t-il", "explique-t-elle", "précise-t-il", "précise-t-elle",
  ],
  figureNouns: ["chiffres", "chiffre", "estimation", "estimations", "comptage", "comptages", "décompte", "compte", "comptes", "données", "bilan", "communiqué", "calculs", "informations", "étude", "enquête", "rapport", "analyse"],
  documentNouns: ["communiqué", "rapport", "étude", "enquête", "analyse", "document", "déclaration"],
  eventNouns: ["tempête", "crue", "crues", "inondation", "inondations", "séisme", "tremblement de terre", "incendie", "explosion", "explosions", "attentat", "attentats", "catastrophe", "violences", "combats", "guerre", "ouragan", "cyclone", "typhon", "éboulement", "glissement de terrain", "accident", "intempéries", "pluies"],
  figureAdjectives: ["nouveau", "nouvel", "nouvelle", "précédent", "précédente", "dernier", "dernière", "derniers", "dernières", "premier", "premiers", "officiel", "officiels", "officielle", "officielles", "provisoire", "lourd"],
  figureLinks: ["fourni", "donné", "publié", "communiqué", "établi", "annoncé", "diffusé", "rendu public"],
  notSpeakers: ["bilan", "chiffre", "nombre", "total", "manifestation", "mobilisation", "cortège", "journée", "article", "texte", "document", "photo", "vidéo", "image", "défilé"],
  titles: [
    "ministre", "ministre de l'Intérieur", "président", "présidente", "premier ministre", "première ministre", "secrétaire général",
    "secrétaire générale", "porte-parole", "préfet", "préfète", "maire", "directeur", "directrice", "chef", "cheffe", "patron",
    "patronne", "leader", "dirigeant", "dirigeante", "responsable", "député", "députée", "sénateur", "sénatrice", "général",
    "colonel", "commissaire", "procureur", "procureure", "gouverneur", "ambassadeur", "délégué", "déléguée", "numéro un",
  ],
  territorialTitles: ["maire", "gouverneur", "gouverneure", "bourgmestre"],
  placeParticiples: ["basé", "basée", "basés", "basées", "installé", "installée", "siégeant"],
  nounsAfterDeterminer: ["est"],
  bareSpeakers: ["policiers", "gendarmes", "pompiers", "secouristes", "syndicats", "organisateurs", "autorités", "responsables", "témoins", "habitants", "médecins", "experts", "chercheurs"],
  officeInstitutions: [["ministre", "ministère"], ["ministres", "ministère"], ["préfet", "préfecture"], ["préfète", "préfecture"]],
  anaphors: ["l'agence", "le ministère", "le service", "le porte-parole", "l'organisation", "l'institution", "le syndicat", "la préfecture", "l'office", "ce dernier", "cette dernière", "l'ONG"],
  invertingVerbs: null,
};

export const EN_SPEAKERS: SpeakerLexicon = {
  determiners: ["the", "a", "an", "its", "their", "his", "her", "some", "several", "two", "three"],
  joiners: ["of", "of the", "'s"],
  nameJoiners: ["and", "for", "for the", "on", "of", "de", "&"],
  stops: [
    "said", "says", "told", "in", "on", "at", "to", "from", "with", "by", "as", "that", "which", "who", "whom", "while",
    "and", "but", "or", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "also", "there", "it",
    "he", "she", "they", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "last", "earlier", "weekend", "week", "month", "later", "after", "before", "when", "since", "about", "some", "nearly", "around", "more",
    "than", "over", "up", "among", "between", "during", "if", "so", "than", "not", "quoted", "cited", "citing", "led",
    "express", "expressed", "expresses", "been", "drawn", "who", "whose", "where", "called", "calling", "calls", "confirmed", "denied", "nor",
  ],
  gap: [
    "has", "have", "had", "also", "neither", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "on sunday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "previously", "late", "separately",
    "yesterday", "today", "initially", "first", "then", "now", "instead", "again", "still", "already", "meanwhile",
    "over the weekend", "this week", "last week", "earlier this week", "in a statement", "on its website", "in a report", "on twitter", "on x",
  ],
  pronouns: ["he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "this", "that", "these", "those"],
  figureNouns: ["figures", "figure", "estimate", "estimates", "count", "counts", "tally", "data", "statement", "numbers", "calculations", "report", "toll", "death toll", "study", "survey", "analysis", "investigation", "assessment"],
  documentNouns: ["statement", "report", "study", "survey", "analysis", "investigation", "assessment", "document", "release"],
  eventNouns: ["storm", "flood", "floods", "flooding", "earthquake", "quake", "fire", "blaze", "explosion", "blast", "blasts", "attack", "attacks", "bombing", "bombings", "disaster", "violence", "fighting", "clashes", "war", "hurricane", "cyclone", "typhoon", "landslide", "crash", "accident", "rains", "tsunami", "wildfire", "wildfires"],
  figureAdjectives: ["new", "latest", "previous", "earlier", "official", "initial", "first", "last", "provisional", "updated"],
  figureLinks: ["released", "provided", "given", "issued", "published", "compiled"],
  notSpeakers: ["toll", "death toll", "number", "figure", "total", "protest", "rally", "march", "article", "document", "photo", "video", "image", "crowd", "tally", "count"],
  titles: [
    "minister", "interior minister", "health minister", "president", "prime minister", "secretary", "secretary general", "spokesman",
    "spokeswoman", "spokesperson", "mayor", "director", "chief", "head", "leader", "governor", "general", "colonel", "commissioner",
    "prosecutor", "ambassador", "official", "senator", "lawmaker", "representative", "mr", "mrs", "ms", "dr",
  ],
  territorialTitles: ["mayor", "governor"],
  placeParticiples: ["based", "located", "headquartered"],
  nounsAfterDeterminer: [],
  bareSpeakers: [
    "police", "organisers", "organizers", "officials", "authorities", "rescuers", "witnesses", "residents", "activists", "medics",
    "doctors", "analysts", "experts", "diplomats", "sources", "observers", "unions", "prosecutors", "firefighters", "investigators",
    "local officials", "health officials", "police officials", "military officials", "government officials", "hospital officials",
    "rescue workers", "aid workers", "aid groups", "union leaders", "state media", "local media", "medical sources", "security sources",
    "researchers", "scientists", "academics", "epidemiologists", "demographers", "statisticians", "data analysts", "health workers",
    "relief workers", "monitors", "lawyers", "relatives", "survivors",
    // "Earlier reports put the toll at 228", "media reports said": reports no one is named for.
    "reports", "media reports", "news reports", "press reports", "local reports",
    // Headlines drop the article: "…, study says", "new report finds".
    "study", "new study", "survey", "new survey", "report", "new report",
  ],
  officeInstitutions: [["minister", "ministry"], ["ministers", "ministry"], ["prefect", "prefecture"]],
  anaphors: ["the agency", "the spy agency", "the ministry", "the service", "the spokesman", "the spokeswoman", "the spokesperson", "the organisation", "the organization", "the group", "the office", "the union", "the latter"],
  invertingVerbs: ["said", "says", "added", "wrote", "explained", "continued", "insisted", "noted"],
};
