// Articles about four events none of the other sets covers, annotated before
// any rule was tuned on them: the Al Haouz earthquake in Morocco (September
// 2023), a toll that rises by the hour; the Rohingya exodus of 2017 (the
// Myanmar army's toll against MSF's, refugee counts by the UN agencies); the
// French climate marches of 2019 (prefecture, organisers and an independent
// counter); the 2021 protests against the pass sanitaire in France (the
// Interior Ministry against the counts of a militant collective, who dispute it).
const MA_INTERIOR = ["ministère marocain de l'Intérieur", "ministère de l'Intérieur", "ministère de l’Intérieur", "ministère", "Moroccan Interior Ministry", "Interior Ministry", "Moroccan Ministry of the Interior", "Ministry of the Interior", "Ministry of Interior", "Moroccan Ministry of Interior", "Ministry", "ministry"];
const MA_INTERIOR_MAP = [...MA_INTERIOR, "Maghreb Arabe Press", "MAP"];
const MYANMAR_ARMY = ["Myanmar’s military", "Myanmar's military", "Myanmar military", "military", "army", "Myanmar army", "armed forces", "Myanmar armed forces", "Tatmadaw", "country’s military commander", "military commander", "Min Aung Hlaing", "statement"];
const MYANMAR_OFFICIAL = ["Myanmar", "Myanmar government", "Myanmar authorities", "government of Myanmar", ...MYANMAR_ARMY];
const ADVOCATES = ["Advocates for the Rohingya", "advocates", "Rohingya advocates"];
const MSF = ["MSF", "Medecins Sans Frontieres", "Médecins Sans Frontières", "Médecins sans frontières", "Doctors Without Borders", "aid group"];
const IOM = ["IOM", "International Organization for Migration", "UN", "United Nations", "UN report", "report", "Inter Sector Coordination Group", "Inter Sector Coordinaton Group", "ISCG"];
const FR_INTERIOR = ["ministère de l'Intérieur", "ministère de l’Intérieur", "ministère", "Interior Ministry", "French Interior Ministry", "Beauvau", "place Beauvau"];
const PARIS_PREFECTURE = ["préfecture de police", "préfecture de police de Paris", "Paris police prefecture", "police"];
const ORGANISERS = ["organisateurs", "les organisateurs", "organisateurs de la Marche du siècle", "organisateurs de la marche pour le climat", "organisers"];
const OCCURRENCE = ["cabinet Occurrence", "Occurrence", "cabinet d'études Occurence", "Occurence", "cabinet Occurence", "collectif de médias"];
const YOUTH_FOR_CLIMATE = ["Youth for climate", "Youth For Climate", "organisation Youth for climate"];
const NOMBRE_JAUNE = ["Le Nombre Jaune", "Nombre Jaune", "Le Nombre jaune", "collectif militant Le Nombre jaune", "collectif militant «Le Nombre Jaune»", "collectif militant"];
const ANTI_PASS = ["collectifs militants", "les collectifs militants", "anti-pass sanitaire", "les anti-pass sanitaire", "anti-pass", "organisations qui défendent le mouvement", ...NOMBRE_JAUNE];
const FR_AUTHORITIES = ["autorités", "les autorités", ...FR_INTERIOR];

const PT = "en01_pledgetimes_morocco.txt";
const SJ = "en02_sharjah24_morocco.txt";
const OS = "en03_orlandosentinel_myanmar.txt";
const DS = "en04_dailysun_msf_rohingya.txt";
const ST = "en05_dailystar_rohingya.txt";
const E1 = "fr01_europe1_marche_siecle.txt";
const FG = "fr02_lefigaro_marche_climat.txt";
const CN = "fr03_cnews_pass_sanitaire.txt";
const TI = "fr04_thiesinfo_maroc.txt";
const HP = "fr05_huffpost_pass_sanitaire.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — Pledge Times, Sunday 10 September 2023
  [PT, "reached 2,122 people", "2,122", 2122, 2122, 2122, "exact", "killed", "people", "deaths in the Morocco earthquake", MA_INTERIOR, null],
  [PT, "the number of injured was 2,421", "2,421", 2421, 2421, 2421, "exact", "injured", "people", "injured in the Morocco earthquake", MA_INTERIOR, null],
  [PT, "indicated 2,012 dead", "2,012", 2012, 2012, 2012, "exact", "killed", "people", "deaths in the Morocco earthquake", ["authorities", "the authorities", "Moroccan authorities"], "2023-09-09", "asserts", "« the authorities » as written: the article does not tie them to the ministry"],
  [PT, "and 2,059 injured", "2,059", 2059, 2059, 2059, "exact", "injured", "people", "injured in the Morocco earthquake", ["authorities", "the authorities", "Moroccan authorities"], "2023-09-09"],
  [PT, "the toll increased by 100 victims", "100", 100, 100, 100, "exact", "killed", "people", "rise of the death toll in a few hours", null, null, "asserts", "the article's own arithmetic (« This means that »)"],
  [PT, "increased by 400 people", "400", 400, 400, 400, "exact", "injured", "people", "rise of the count of injured in a few hours", null, null],

  // en02 — Sharjah24 (WAM), 12 September 2023
  [SJ, "has risen to 2,862", "2,862", 2862, 2862, 2862, "exact", "killed", "people", "deaths in the Morocco earthquake", MA_INTERIOR_MAP, null],
  [SJ, "the number of injured has reached 2,562", "2,562", 2562, 2562, 2562, "exact", "injured", "people", "injured in the Morocco earthquake", MA_INTERIOR_MAP, null],
  [SJ, "1,604 fatalities in Al Haouz", "1,604", 1604, 1604, 1604, "exact", "killed", "people", "deaths in Al Haouz province", MA_INTERIOR_MAP, null],
  [SJ, "976 in Taroudant", "976", 976, 976, 976, "exact", "killed", "people", "deaths in Taroudant province", MA_INTERIOR_MAP, null],
  [SJ, "one death in Essaouira", "one", 1, 1, 1, "exact", "killed", "people", "deaths in Essaouira province", MA_INTERIOR_MAP, null],
  [SJ, "2,854 have been buried", "2,854", 2854, 2854, 2854, "exact", "killed", "people", "dead buried", MA_INTERIOR_MAP, null, "asserts", "left to the ministry, the speaker of the sentence before; magnitude, distance and depth are not counts"],

  // en03 — Orlando Sentinel (AP), 2 September 2017
  [OS, "death toll in clashes reaches 399", "399", 399, 399, 399, "exact", "killed", "people", "deaths in the Rakhine violence since 25 August", MYANMAR_ARMY, null, "asserts", "« the 399 dead » below restates it"],
  [OS, "nearly 400 people died in recent violence", "nearly 400", 400, 400, 400, "approx", "killed", "people", "deaths in the Rakhine violence since 25 August", MYANMAR_ARMY, "2017-09-01"],
  [OS, "thousands of Rohingya fled across the border", "thousands", 1000, null, null, "vague", "displaced", "people", "Rohingya who fled to Bangladesh", null, null],
  [OS, "the previously reported number of just over 100", "just over 100", 100, 100, null, "at_least", "killed", "people", "earlier toll of the Rakhine violence", MYANMAR_ARMY, null, "asserts", "the earlier figure of the same toll, posted by the military"],
  [OS, "all but 29 of the 399 dead were insurgents", "29", 29, 29, 29, "exact", "killed", "people", "dead who were not insurgents", MYANMAR_ARMY, null],
  [OS, "there had been 90 armed clashes", "90", 90, 90, 90, "exact", "other", "clashes", "armed clashes in Rakhine", MYANMAR_ARMY, null],
  [OS, "an initial 30 attacks by insurgents Aug. 25", "30", 30, 30, 30, "exact", "other", "attacks", "insurgent attacks on 25 August", MYANMAR_ARMY, "2017-08-25"],
  [OS, "Hundreds of civilians were killed, they say", "Hundreds", 100, null, null, "vague", "killed", "people", "civilians killed in Rakhine", ADVOCATES, null, "asserts", "a counter-claim to the military's toll, not a denial of a figure"],

  // en04 — Daily Sun (BBC), 14 December 2017
  [DS, "more than 6,700 Rohingya killed", "more than 6,700", 6700, 6700, null, "at_least", "killed", "people", "Rohingya killed by violence, 25 August to 24 September", MSF, null, "asserts", "« At least 6,700 Rohingya were killed » and « at least 6,700 of those deaths » restate it"],
  [DS, "Myanmar's official figure of 400", "400", 400, 400, 400, "exact", "killed", "people", "deaths in the Rakhine violence", MYANMAR_OFFICIAL, null],
  [DS, "More than 647,000 Rohingya have fled into Bangladesh", "More than 647,000", 647000, 647000, null, "at_least", "displaced", "people", "Rohingya who fled to Bangladesh since August", MSF, null],
  [DS, "at least 9,000 Rohingya died in Myanmar", "at least 9,000", 9000, 9000, null, "at_least", "killed", "people", "Rohingya deaths, 25 August to 24 September", MSF, null, "asserts", "a count over a period, tied to no single day"],
  [DS, "including at least 730 children under the age of five", "at least 730", 730, 730, null, "at_least", "killed", "people", "children under five killed by violence", MSF, null],
  [DS, "the armed forces stated that around 400 people had been killed", "around 400", 400, 400, 400, "approx", "killed", "people", "deaths in the Rakhine violence", MYANMAR_ARMY, null, "asserts", "a statement of its own, apart from « Myanmar's official figure »"],
  [DS, "attacked more than 30 police posts", "more than 30", 30, 30, null, "at_least", "other", "police posts", "police posts attacked on 25 August", null, "2017-08-25"],
  [DS, "return hundreds of thousands of the refugees", "hundreds of thousands", 100000, null, null, "vague", "displaced", "people", "refugees the deal would return", null, "2017-11", "asserts", "percentages and the age of five are not counts"],

  // en05 — The Daily Star, September 2017
  [ST, "An estimated 409,000 Rohingyas have arrived", "An estimated 409,000", 409000, 409000, 409000, "approx", "displaced", "people", "Rohingya arrived in Bangladesh since 25 August", IOM, "2017-09-10", "asserts", "the headline's « now 409,000 » and the repeated lead (« says a UN report ») are mentions", 1],
  [ST, "229,000 Rohingyas are living in new makeshift settlements", "229,000", 229000, 229000, 229000, "exact", "displaced", "people", "new arrivals in new makeshift settlements", IOM, null],
  [ST, "159,000 are living in makeshift camps", "159,000", 159000, 159000, 159000, "exact", "displaced", "people", "new arrivals in older makeshift camps", IOM, null],
  [ST, "21,000 Rohingyas are living with the local host communities", "21,000", 21000, 21000, 21000, "exact", "displaced", "people", "new arrivals living with host communities", IOM, null],
  [ST, "thousands of new arrivals are reportedly taking shelter", "thousands", 1000, null, null, "vague", "displaced", "people", "new arrivals sheltering in Teknaf", IOM, null],
  [ST, "two children", "two", 2, 2, 2, "exact", "injured", "people", "children injured in a stampede", IOM, null],
  [ST, "one woman were injured in a stampede", "one", 1, 1, 1, "exact", "injured", "people", "women injured in a stampede", IOM, null],
  [ST, "on 30 police posts and an army base on August 25", "30", 30, 30, 30, "exact", "other", "police posts", "police posts attacked on 25 August", null, "2017-08-25"],

  // fr01 — Europe 1, samedi 16 mars 2019
  [E1, "Entre 36.000 personnes selon la préfecture de police", "36.000", 36000, 36000, 36000, "exact", "participants", "people", "marchers in Paris, 16 March 2019", PARIS_PREFECTURE, "2019-03-16", "asserts", "« Entre 36.000 … et 107.000 » pairs two sources: not a range"],
  [E1, "107.000 selon les organisateurs", "107.000", 107000, 107000, 107000, "exact", "participants", "people", "marchers in Paris, 16 March 2019", ORGANISERS, "2019-03-16"],
  [E1, "45.000 personnes ont participé", "45.000", 45000, 45000, 45000, "exact", "participants", "people", "marchers in Paris, 16 March 2019", OCCURRENCE, "2019-03-16"],
  [E1, "\"Plus de 350.000 personnes", "Plus de 350.000", 350000, 350000, null, "at_least", "participants", "people", "marchers in France, 16 March 2019", ORGANISERS, "2019-03-16"],
  [E1, "personnes dans 220 villes de France se sont", "220", 220, 220, 220, "exact", "other", "towns", "towns with a march, 16 March 2019", ORGANISERS, "2019-03-16", "asserts", "the subheading « Des rassemblements dans 220 villes de France » is a mention"],
  [E1, "plus de 15.000 personnes étaient descendues", "plus de 15.000", 15000, 15000, null, "at_least", "participants", "people", "marchers in Paris at the earlier climate marches", null, null],
  [E1, "ils étaient 30.000 selon le mouvement citoyen Alternatiba", "30.000", 30000, 30000, 30000, "exact", "participants", "people", "marchers in Lyon, 16 March 2019", ["Alternatiba", "mouvement citoyen Alternatiba", "EELV", "organisateur", "organisateur de l'événement"], "2019-03-16", "asserts", "the subheading « Entre 18.000 et 30.000 à Lyon » pairs the two counts: mentions, not a range"],
  [E1, "18.000 selon les autorités", "18.000", 18000, 18000, 18000, "exact", "participants", "people", "marchers in Lyon, 16 March 2019", ["autorités", "les autorités", "authorities"], "2019-03-16"],
  [E1, "fin janvier (5.000 personnes)", "5.000", 5000, 5000, 5000, "exact", "participants", "people", "marchers in Lyon, end of January 2019", null, "2019-01"],
  [E1, "Environ 140 organisations", "Environ 140", 140, 140, 140, "approx", "other", "organisations", "organisations calling for the march", null, null, "asserts", "the subheading « À l'appel de 140 organisations » is a mention"],
  [E1, "Ils étaient entre 29.000 et 40.000 à Paris", "entre 29.000 et 40.000", 29000, null, 40000, "range", "participants", "people", "youth strikers in Paris, 15 March 2019", YOUTH_FOR_CLIMATE, "2019-03-15"],
  [E1, "168.000 en tout à travers la France", "168.000", 168000, 168000, 168000, "exact", "participants", "people", "youth strikers in France, 15 March 2019", YOUTH_FOR_CLIMATE, "2019-03-15"],

  // fr02 — Le Figaro, samedi 21 septembre 2019
  [FG, "annoncent 50.000 personnes à Paris", "50.000", 50000, 50000, 50000, "exact", "participants", "people", "marchers in Paris, 21 September 2019", ORGANISERS, "2019-09-21", "asserts", "the headline's « 50.000 personnes à Paris selon les organisateurs » is a mention"],
  [FG, "ils étaient 15.200", "15.200", 15200, 15200, 15200, "exact", "participants", "people", "marchers in Paris, 21 September 2019", OCCURRENCE, "2019-09-21", "asserts", "the standfirst « a compté 15.200 personnes » is a mention"],
  [FG, "15.000 à Lyon", "15.000", 15000, 15000, 15000, "exact", "participants", "people", "marchers in Lyon, 21 September 2019", ORGANISERS, "2019-09-21"],
  [FG, "(5000 selon la préfecture)", "5000", 5000, 5000, 5000, "exact", "participants", "people", "marchers in Lyon, 21 September 2019", ["préfecture", "la préfecture", "préfecture du Rhône"], "2019-09-21"],
  [FG, "10.000 à Grenoble", "10.000", 10000, 10000, 10000, "exact", "participants", "people", "marchers in Grenoble, 21 September 2019", ORGANISERS, "2019-09-21"],
  [FG, "5000 à Strasbourg", "5000", 5000, 5000, 5000, "exact", "participants", "people", "marchers in Strasbourg, 21 September 2019", ORGANISERS, "2019-09-21"],
  [FG, "environ 10.000 personnes au total se sont réunies", "environ 10.000", 10000, 10000, 10000, "approx", "participants", "people", "marchers in ten other towns, 21 September 2019", null, "2019-09-21"],
  [FG, "environ 150 d'entre eux", "environ 150", 150, 150, 150, "approx", "participants", "people", "radicals forming a black bloc", null, "2019-09-21"],
  [FG, "152 personnes avaient été interpellées", "152", 152, 152, 152, "exact", "detained", "people", "arrests in Paris, 21 September 2019", null, "2019-09-21"],
  [FG, "au moins 86 placées en garde à vue", "au moins 86", 86, 86, null, "at_least", "detained", "people", "people in custody, 21 September 2019", null, "2019-09-21"],
  [FG, "Plus de 300 pv ont été délivrés", "Plus de 300", 300, 300, null, "at_least", "other", "fines", "fines for entering banned areas, 21 September 2019", null, "2019-09-21"],

  // fr03 — CNews, dimanche 15 août 2021
  [CN, "215.000 personnes se sont réunies hier", "215.000", 215000, 215000, 215000, "exact", "participants", "people", "anti-pass protesters in France, 14 August 2021", FR_INTERIOR, "2021-08-14", "asserts", "« près de 215.000 manifestants » restates it"],
  [CN, "dont 13.900 dans la capitale", "13.900", 13900, 13900, 13900, "exact", "participants", "protesters", "anti-pass protesters in Paris, 14 August 2021", FR_INTERIOR, "2021-08-14"],
  [CN, "évalué à 237.000 manifestants", "237.000", 237000, 237000, 237000, "exact", "participants", "protesters", "anti-pass protesters in France, 7 August 2021", FR_INTERIOR, "2021-08-07"],
  [CN, "Des chiffres contredits par les collectifs militants\nRégulièrement accusé par les anti-pass sanitaire de minorer le décompte", null, null, null, null, null, "participants", "people", "the Interior Ministry's turnouts", ANTI_PASS, null, "denies", "the subheading and the sentence after it state one dispute"],
  [CN, "au moins 415.000 manifestants samedi dernier", "au moins 415.000", 415000, 415000, null, "at_least", "participants", "protesters", "anti-pass protesters in France, 7 August 2021", NOMBRE_JAUNE, "2021-08-07"],
  [CN, "seulement 11 interpellations", "11", 11, 11, 11, "exact", "detained", "people", "arrests in France, 14 August 2021", FR_AUTHORITIES, "2021-08-14"],
  [CN, "un blessé parmi les forces de l’ordre", "un", 1, 1, 1, "exact", "injured", "people", "police officers injured, 14 August 2021", FR_AUTHORITIES, "2021-08-14"],

  // fr04 — Thiès Info, samedi 9 septembre 2023
  [TI, "a fait 820 morts", "820", 820, 820, 820, "exact", "killed", "people", "deaths in the Morocco earthquake", MA_INTERIOR, null],
  [TI, "il y avait eu 632 morts", "632", 632, 632, 632, "exact", "killed", "people", "deaths in the Morocco earthquake, earlier toll", MA_INTERIOR, null],
  [TI, "Al Haouz avec 394 victimes", "394", 394, 394, 394, "exact", "killed", "people", "deaths in Al Haouz province", MA_INTERIOR, null, "asserts", "left to the ministry, the speaker of the sentence before"],
  [TI, "Taroudant (271 morts)", "271", 271, 271, 271, "exact", "killed", "people", "deaths in Taroudant province", MA_INTERIOR, null],
  [TI, "Chichaoua (91 morts)", "91", 91, 91, 91, "exact", "killed", "people", "deaths in Chichaoua province", MA_INTERIOR, null],
  [TI, "a également fait 672 blessés", "672", 672, 672, 672, "exact", "injured", "people", "injured in the Morocco earthquake", MA_INTERIOR, null],
  [TI, "dont 205 sont dans un état critique", "205", 205, 205, 205, "exact", "injured", "people", "injured in a critical state", MA_INTERIOR, null, "asserts", "the magnitude is not a count"],

  // fr05 — Le HuffPost, samedi 28 août 2021
  [HP, "Un total de 159.484 personnes", "159.484", 159484, 159484, 159484, "exact", "participants", "people", "anti-pass protesters in France, 28 August 2021", FR_INTERIOR, "2021-08-28"],
  [HP, "dont 14.500 à Paris", "14.500", 14500, 14500, 14500, "exact", "participants", "people", "anti-pass protesters in Paris, 28 August 2021", FR_INTERIOR, "2021-08-28"],
  [HP, "222 actions sur l’ensemble du territoire", "222", 222, 222, 222, "exact", "other", "actions", "protest actions in France, 28 August 2021", FR_INTERIOR, "2021-08-28"],
  [HP, "Montpellier (9500 personnes)", "9500", 9500, 9500, 9500, "exact", "participants", "people", "anti-pass protesters in Montpellier, 28 August 2021", FR_INTERIOR, "2021-08-28", "asserts", "left to the ministry, the speaker of the sentence before"],
  [HP, "Mulhouse (5500)", "5500", 5500, 5500, 5500, "exact", "participants", "people", "anti-pass protesters in Mulhouse, 28 August 2021", FR_INTERIOR, "2021-08-28"],
  [HP, "au moins 319.290 manifestants en France", "au moins 319.290", 319290, 319290, null, "at_least", "participants", "protesters", "anti-pass protesters in France, 28 August 2021", NOMBRE_JAUNE, "2021-08-28"],
  [HP, "avec 357.100 personnes comptabilisées", "357.100", 357100, 357100, 357100, "exact", "participants", "people", "anti-pass protesters in France, 21 August 2021", NOMBRE_JAUNE, "2021-08-21"],
  [HP, "plus de 175.000 manifestants", "plus de 175.000", 175000, 175000, null, "at_least", "participants", "protesters", "anti-pass protesters in France, 21 August 2021", FR_INTERIOR, "2021-08-21"],
  [HP, "dont 14.700 à Paris", "14.700", 14700, 14700, 14700, "exact", "participants", "protesters", "anti-pass protesters in Paris, 21 August 2021", FR_INTERIOR, "2021-08-21"],
  [HP, "des centaines de milliers de personnes", "des centaines de milliers", 100000, null, null, "vague", "participants", "people", "anti-pass protesters each Saturday since July", null, null],
  [HP, "seize personnes", "seize", 16, 16, 16, "exact", "detained", "people", "arrests in France, 28 August 2021", FR_INTERIOR, "2021-08-28", "asserts", "the subheading « 16 interpellations ce samedi » is a mention"],
  [HP, "dont deux à Paris", "deux", 2, 2, 2, "exact", "detained", "people", "arrests in Paris, 28 August 2021", FR_INTERIOR, "2021-08-28"],
  [HP, "trois membres des forces de l’ordre ont été légèrement blessés", "trois", 3, 3, 3, "exact", "injured", "people", "police officers injured, 28 August 2021", FR_INTERIOR, "2021-08-28"],
];
export default CLAIMS;
