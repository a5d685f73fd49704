// Hong Kong's 2019 marches: the organisers' turnouts against the police's,
// with the independent counts (HKPORI, Reuters) beside them.
const ORGANISERS = ["organisers", "organizers", "march organisers", "march organizers", "the march's organizers", "protest organisers", "Civil Human Rights Front", "CHRF", "Front"];
const HK_POLICE = ["police", "Hong Kong police", "Hong Kong Police Force", "la police"];
const ORGANISATEURS = ["organisateurs", "les organisateurs", "organisers", "organizers", "Civil Human Rights Front", "Front civique des droits de l'homme"];

const NP = "en01_reuters_nationalpost.txt";
const SCMP = "en02_scmp.txt";
const MS = "en03_mothership.txt";
const RFI = "fr01_rfi.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?] */
const CLAIMS = [
  // en01 — Reuters via National Post, July 2019 (1 July march)
  [NP, "The march’s organizers estimated that 550,000 people demonstrated", "550,000", 550000, 550000, 550000, "exact", "participants", "people", "marchers, 1 July march", ORGANISERS, "2019-07-01"],
  [NP, "Hong Kong police put the number at 190,000", "190,000", 190000, 190000, 190000, "exact", "participants", "people", "marchers, 1 July march", HK_POLICE, "2019-07-01", "asserts", "the police's own hedge (« only a rough figure ») disputes no one's figure: not a denial"],
  [NP, "The Hong Kong Public Opinion Research Institute (HKPORI) said 260,000 people took part", "260,000", 260000, 260000, 260000, "exact", "participants", "people", "marchers, 1 July march", ["Hong Kong Public Opinion Research Institute", "HKPORI"], "2019-07-01"],
  [NP, "that amounted to 227,000 people", "227,000", 227000, 227000, 227000, "exact", "participants", "people", "marchers past Reuters' counting point, 1 July march", ["Reuters"], "2019-07-01", "asserts", "Reuters' own count, credited to Reuters in the sentences before"],

  // en02 — South China Morning Post, 19 August 2019 (Sunday 18 August rally)
  [SCMP, "Hundreds of thousands of anti-government protesters braved torrential rains on Sunday", "Hundreds of thousands", 100000, null, null, "vague", "participants", "protesters", "protesters, 18 August rally", null, "2019-08-18", "asserts", "the standfirst's « hundreds of thousands taking over Hong Kong Island streets » restates it"],
  [SCMP, "Organisers from the Civil Human Rights Front estimated 1.7 million people were at the core of the march", "1.7 million", 1700000, 1700000, 1700000, "exact", "participants", "people", "marchers, 18 August rally", ORGANISERS, "2019-08-18", "asserts", "also in the standfirst (« Organiser estimates 1.7 million »)"],
  [SCMP, "so I believe the actual turnout is much larger than 1.7 million", "much larger than 1.7 million", 1700000, 1700000, null, "at_least", "participants", "people", "actual turnout, 18 August rally", [...ORGANISERS, "Jimmy Sham", "Jimmy Sham Tsz-kit", "Sham"], "2019-08-18"],
  [SCMP, "Police put the estimate at 128,000 as the rally peaked", "128,000", 128000, 128000, 128000, "exact", "participants", "people", "protesters at the rally's peak, 18 August", HK_POLICE, "2019-08-18"],

  // en03 — Mothership, 10 June 2019 (Sunday 9 June march)
  [MS, "Police provided a conservative 240,000 estimate", "240,000", 240000, 240000, 240000, "exact", "participants", "protesters", "marchers, 9 June march", HK_POLICE, "2019-06-09", "asserts", "the body says « around 240,000 » and the headline « 240,000? »; one claim"],
  [MS, "while the march organiser said it was more than a million", "more than a million", 1000000, 1000000, null, "at_least", "participants", "protesters", "marchers, 9 June march", ORGANISERS, "2019-06-09", "asserts", "the headline « 240,000? 1 million? » asks, it asserts nothing: not annotated"],
  [MS, "A spokesperson for the protest's organisers stated that around 1.03 million people", "around 1.03 million", 1030000, 1030000, 1030000, "approx", "participants", "people", "marchers, 9 June march", [...ORGANISERS, "a spokesperson for the protest's organisers", "spokesperson"], "2019-06-09", "asserts", "reported through CNN; the organisers are credited. Hong Kong's 7.48 million population is background, not annotated"],
  [MS, "when over a million people protested in support of the students in Beijing, according to Apple Daily and BBC", "over a million", 1000000, 1000000, null, "at_least", "participants", "people", "protesters in Hong Kong in 1989", ["Apple Daily", "BBC", "Apple Daily and BBC"], "1989"],
  [MS, "Organisers' figure: 500,000,", "500,000", 500000, 500000, 500000, "exact", "participants", "people", "marchers, July 2003 protest", ORGANISERS, "2003-07"],
  [MS, "Authorities' figure: 350,000.", "350,000", 350000, 350000, 350000, "exact", "participants", "people", "marchers, July 2003 protest", ["authorities", "the authorities", "Hong Kong authorities", "police", "Hong Kong police"], "2003-07"],

  // fr01 — RFI, 19 August 2019 (Sunday 18 August rally)
  [RFI, "Pour les organisateurs, ils étaient plus de 1,7 million, malgré la pluie", "plus de 1,7 million", 1700000, 1700000, null, "at_least", "participants", "people", "marchers, 18 August rally", ORGANISATEURS, "2019-08-18"],
  [RFI, "Mais selon la police, il n’était que 128 000", "128 000", 128000, 128000, 128000, "exact", "participants", "people", "marchers, 18 August rally", HK_POLICE, "2019-08-18"],
];
export default CLAIMS;
