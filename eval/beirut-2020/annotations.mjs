// The Beirut port explosion of 4 August 2020: a death toll that rises day by
// day (health ministry, Red Cross), the injured, the missing and the homeless.
// Tonnages of ammonium nitrate are a mass, not a count: not annotated.
const HEALTH = ["health ministry", "Lebanese health ministry", "Lebanon's Health Ministry", "Lebanese Ministry of Public Health", "ministère de la Santé", "ministère libanais de la Santé"];
const HEALTH_FR = ["ministère de la Santé", "ministère libanais de la Santé", "ministre de la Santé", "Hamad Hassan", "Hassan", "health ministry", "Lebanese health ministry"];
const RED_CROSS = ["Croix-Rouge libanaise", "Croix-Rouge", "Lebanese Red Cross", "Red Cross"];
const PHILIPPINES = ["Philippine Embassy", "Philippine Embassy in Beirut", "CNN"];

const PC = "en01_popculture.txt";
const TASS = "en02_tass.txt";
const IMA = "en03_imarabic.txt";
const LIBE = "fr01_libe_ma.txt";
const SHEMS = "fr02_shemsfm.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?] */
const CLAIMS = [
  // en01 — PopCulture.com, Thursday 6 August 2020
  [PC, "5,000 Injured", "5,000", 5000, 5000, 5000, "exact", "injured", "people", "people injured (headline)", null, null, "asserts", "the headline's « at Least 100 Reported Dead » is the body's « more than 100 » again; its « 5,000 » is not « more than 5,000 »"],
  [PC, "has left more than 100 people dead", "more than 100", 100, 100, null, "at_least", "killed", "people", "people killed", null, null],
  [PC, "with more than 5,000 others injured", "more than 5,000", 5000, 5000, null, "at_least", "injured", "people", "people injured", null, null],
  [PC, "some 300,000 residents displaced", "some 300,000", 300000, 300000, 300000, "approx", "displaced", "residents", "residents displaced", null, null],
  [PC, "the death toll had risen to at least 137", "at least 137", 137, 137, null, "at_least", "killed", "people", "death toll", [...HEALTH, "health ministry spokesman", "The Guardian", "Guardian"], "2020-08-06", "asserts", "the health ministry spokesman, as reported by The Guardian: either is accepted"],
  [PC, "two Filipino citizens died", "two", 2, 2, 2, "exact", "killed", "people", "Filipino citizens killed", PHILIPPINES, null],
  [PC, "with 11 others missing", "11", 11, 11, 11, "exact", "other", "people", "Filipino citizens missing", PHILIPPINES, null],
  [PC, "at least one Australian", "at least one", 1, 1, null, "at_least", "killed", "people", "Australians killed", ["officials"], null],
  [PC, "one American were killed", "one", 1, 1, 1, "exact", "killed", "people", "Americans killed", ["officials"], null],
  [PC, "Twenty-one French citizens", "Twenty-one", 21, 21, 21, "exact", "injured", "people", "French citizens injured", null, null, "asserts", "no speaker in this sentence; « several Americans » gives no figure and is not annotated"],
  [PC, "one Japanese citizen", "one", 1, 1, 1, "exact", "injured", "people", "Japanese citizens injured", null, null],
  [PC, "one Indonesian", "one", 1, 1, 1, "exact", "injured", "people", "Indonesians injured", null, null],
  [PC, "six Turkish citizens were also injured", "six", 6, 6, 6, "exact", "injured", "people", "Turkish citizens injured", null, null, "asserts", "the Instagram account's posts and followers are not about the event: not annotated"],

  // en02 — TASS, 5 August 2020
  [TASS, "Beirut explosion death toll rises to 135 — media", "135", 135, 135, 135, "exact", "killed", "people", "death toll (headline)", ["media", "Al Jazeera", ...HEALTH], null],
  [TASS, "At least 135 people have been killed in the explosion in Beirut, Al Jazeera TV channel said on Wednesday citing Lebanon’s Health Ministry", "At least 135", 135, 135, null, "at_least", "killed", "people", "people killed", [...HEALTH, "Al Jazeera", "Al Jazeera TV channel"], "2020-08-05", "asserts", "Al Jazeera citing the ministry: either is accepted"],
  [TASS, "the number of those injured rose to about 5,000", "about 5,000", 5000, 5000, 5000, "approx", "injured", "people", "people injured", ["Al Jazeera", "the channel", ...HEALTH], null],
  [TASS, "Dozens are reported missing.", "Dozens", 12, null, null, "vague", "other", "people", "people missing", null, null, "asserts", "passive with no agent; the same words without the full stop are the standfirst (a mention)"],
  [TASS, "destroyed or damaged dozens of houses and cars", "dozens", 12, null, null, "vague", "damage", "houses and cars", "houses and cars destroyed or damaged", null, "2020-08-04"],

  // en03 — imarabic, Thursday 6 August 2020
  [IMA, "Beirut explosion killed at least 137", "at least 137", 137, 137, null, "at_least", "killed", "people", "people killed (headline)", HEALTH, null, "asserts", "the body says « almost 137 »: a different figure"],
  [IMA, "injured 5.000", "5.000", 5000, 5000, 5000, "exact", "injured", "people", "people injured (headline)", HEALTH, null, "asserts", "« 5.000 » in an English text is five thousand"],
  [IMA, "killed almost 137 people", "almost 137", 137, 137, 137, "approx", "killed", "people", "people killed", [...HEALTH, "Lebanese health ministry spokesperson", "health ministry spokesperson"], "2020-08-06"],
  [IMA, "left dozens missing", "dozens", 12, null, null, "vague", "other", "people", "people missing", [...HEALTH, "Lebanese health ministry spokesperson", "health ministry spokesperson"], "2020-08-06"],
  [IMA, "at least 5,000 have been injured", "at least 5,000", 5000, 5000, null, "at_least", "injured", "people", "people injured", [...HEALTH, "Lebanese health ministry spokesperson", "health ministry spokesperson"], "2020-08-06"],

  // fr01 — Libération (Maroc), AFP copy, 5 August 2020
  [LIBE, "qui ont fait au moins 100 morts", "au moins 100", 100, 100, null, "at_least", "killed", "people", "people killed", null, null],
  [LIBE, "des milliers de blessés", "des milliers", 1000, null, null, "vague", "injured", "people", "people injured", null, null],
  [LIBE, "plus de 100 personnes ont été tuées", "plus de 100", 100, 100, null, "at_least", "killed", "people", "people killed", RED_CROSS, null],
  [LIBE, "plus de 4.000 autres blessées", "plus de 4.000", 4000, 4000, null, "at_least", "injured", "people", "people injured", RED_CROSS, null],
  [LIBE, "Un précédent bilan du ministère de la Santé faisait état de 78 morts", "78", 78, 78, 78, "exact", "killed", "people", "people killed (earlier toll)", HEALTH, null, "asserts", "an earlier toll superseded by the Red Cross's: an update, not a denial"],

  // fr02 — Shems FM, Wednesday 5 August 2020
  [SHEMS, "au moins 135 morts", "au moins 135", 135, 135, null, "at_least", "killed", "people", "people killed", HEALTH_FR, "2020-08-05"],
  [SHEMS, "prés de 5000 blessés", "prés de 5000", 5000, 5000, 5000, "approx", "injured", "people", "people injured", HEALTH_FR, "2020-08-05", "asserts", "« prés » (sic) for « près »"],
  [SHEMS, "des dizaines de disparus", "des dizaines", 10, null, null, "vague", "other", "people", "people missing", HEALTH_FR, "2020-08-05"],
  [SHEMS, "jusqu’à 300 000 personnes sont sans domicile", "jusqu’à 300 000", null, 300000, 300000, "up_to", "displaced", "people", "people left homeless", ["gouverneur de Beyrouth", "Beirut governor", "governor of Beirut", "Marwan Abboud"], null],
];
export default CLAIMS;
