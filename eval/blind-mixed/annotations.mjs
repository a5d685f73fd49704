// Articles about three events none of the other sets covers, annotated before
// any rule was tuned on them: the Derna floods in Libya (September 2023) with
// the UN's toll that the Libyan Red Crescent denied, the Sudan war's dead and
// displaced (2024), and the 5 December 2019 strike against the French pension
// reform (ministry against CGT and an independent counter).
const OCHA = ["OCHA", "Ocha", "UN Office for the Coordination of Humanitarian Affairs", "United Nations Office for the Coordination of Humanitarian Affairs", "Bureau de coordination des affaires humanitaires des Nations unies", "Bureau de coordination des affaires humanitaires de l'ONU", "UN", "United Nations", "ONU", "agence de l'ONU", "UN agency"];
const RED_CRESCENT = ["Libyan Red Crescent", "Red Crescent", "Croissant-Rouge libyen", "Croissant-Rouge", "Tawfiq al-Shukri", "al-Shukri", "Taoufik Chokri", "Chokri", "spokesman", "porte-parole du Croissant-Rouge libyen"];
const WHO = ["WHO", "World Health Organization", "OMS", "Organisation mondiale de la santé"];
const EAST_HEALTH = ["Othman Abdel Jalil", "Othman Abdeljalil", "Abdeljalil", "Abdel Jalil", "health minister", "ministre de la Santé", "ministère de la Santé", "eastern government", "government based in the east", "gouvernement basé dans l'est"];
const ANALYSTS = ["group of Libyan data analysts and researchers", "Libyan data analysts and researchers", "data analysts", "researchers", "Libyan data analysts"];
const LSHTM = ["London School of Hygiene and Tropical Medicine", "London School of Hygiene and Tropical Medicine's Sudan Research Group", "London School of Hygiene and Tropical Medicine’s Sudan Research Group", "Sudan Research Group", "LSHTM", "study", "new study", "report", "new report", "researchers", "researchers in Britain and Sudan"];
const UN_EN = ["UN", "U.N.", "United Nations"];
const INTERIOR = ["ministère de l'Intérieur", "ministère de l’Intérieur", "Interior Ministry", "French Interior Ministry", "Beauvau", "place Beauvau"];
const CGT = ["CGT", "la CGT", "Confédération générale du travail"];
const OCCURRENCE = ["cabinet Occurrence", "Occurrence", "cabinet indépendant Occurrence", "cabinet"];
const OCCURRENCE_PARISIEN = [...OCCURRENCE, "Le Parisien"];
const UN_FR = ["ONU", "l’ONU", "Nations unies", "UN", "United Nations"];
const HCR = ["HCR", "Haut-Commissaire des Nations unies aux réfugiés", "Haut-Commissariat des Nations unies aux réfugiés", "UNHCR", "Filippo Grandi", "Grandi", ...UN_FR];

const QT = "en01_qatartribune_dpa.txt";
const WE = "en02_weis.txt";
const GZ = "en03_thegazette_sudan.txt";
const NA = "en04_nation_sudan_reuters.txt";
const E1 = "fr01_europe1_libye.txt";
const FI = "fr02_franceinfo_libye.txt";
const RTL = "fr03_rtl_greve.txt";
const LI = "fr04_linfo_greve.txt";
const PA = "fr05_lespanafricaines_soudan.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — Qatar Tribune (dpa), Sunday 17 September 2023
  [QT, "has risen to about 11,300 in the worst-hit city of Derna alone", "about 11,300", 11300, 11300, 11300, "approx", "killed", "people", "people killed in Derna", OCHA, null],
  [QT, "other officials disputed the figure and put it much lower", null, null, null, null, null, "killed", "people", "OCHA's toll in Derna", ["other officials", "officials"], null, "denies"],
  [QT, "another 10,100 were still missing in Derna", "10,100", 10100, 10100, 10100, "exact", "other", "people", "people missing in Derna", OCHA, null],
  [QT, "an estimated 170 other people had been killed elsewhere in eastern Libya", "an estimated 170", 170, 170, 170, "approx", "killed", "people", "people killed elsewhere in eastern Libya", OCHA, null],
  [QT, "voiced astonishment at the numbers and rejected them", null, null, null, null, null, "killed", "people", "OCHA's toll in Derna", RED_CRESCENT, null, "denies"],
  [QT, "it was possible up to 20,000 people had died there", "up to 20,000", null, 20000, 20000, "up_to", "killed", "people", "people killed in Derna", ["mayor of Derna", "mayor", "the mayor of Derna"], null],
  [QT, "put the number of officially registered deaths at 3,252", "3,252", 3252, 3252, 3252, "exact", "killed", "people", "officially registered deaths", ["government based in the east of the country", "eastern government", "government based in the east", "government"], "2023-09-16"],
  [QT, "nearly 4,000 people who were killed in the floods had been identified", "nearly 4,000", 4000, 4000, 4000, "approx", "killed", "people", "dead identified", WHO, null],
  [QT, "around 4,000 confirmed deaths in a count on Saturday", "around 4,000", 4000, 4000, 4000, "approx", "killed", "people", "confirmed deaths", ANALYSTS, "2023-09-16", "asserts", "the city « of around 100,000 people » is its population: not annotated"],

  // en02 — WEIS, Monday 18 September 2023
  [WE, "announced 11,300 dead", "11,300", 11300, 11300, 11300, "exact", "killed", "people", "people killed in Derna", OCHA, null],
  [WE, "10,100 missing in Derna", "10,100", 10100, 10100, 10100, "exact", "other", "people", "people missing in Derna", OCHA, null],
  [WE, "an estimated 170 others", "an estimated 170", 170, 170, 170, "approx", "killed", "people", "people killed elsewhere in eastern Libya", OCHA, null],
  [WE, "its spokesman Tawfiq al-Shukri rejected the figures", null, null, null, null, null, "killed", "people", "OCHA's toll in Derna", RED_CRESCENT, null, "denies"],
  [WE, "3,958 people had died", "3,958", 3958, 3958, 3958, "exact", "killed", "people", "people killed in the floods", [...WHO, "OCHA"], null],
  [WE, "more than 9,000 were missing", "more than 9,000", 9000, 9000, null, "at_least", "other", "people", "people missing", [...WHO, "OCHA"], null],
  [WE, "about 4,000 confirmed deaths as of Saturday", "about 4,000", 4000, 4000, 4000, "approx", "killed", "people", "confirmed deaths", ANALYSTS, "2023-09-16"],
  [WE, "3,283 people had been buried so far", "3,283", 3283, 3283, 3283, "exact", "killed", "people", "dead buried", EAST_HEALTH, "2023-09-17", "asserts", "« millions of cubic meters of water » and the city's population are not counts about the event's people"],
  [WE, "the latest estimate of those displaced by the floods is 46,000", "46,000", 46000, 46000, 46000, "exact", "displaced", "people", "people displaced by the floods", ["Ugochi Daniels", "Daniels", "International Organization for Migration", "IOM"], null],

  // en03 — The Gazette, 14 November 2024
  [GZ, "more than 60,000 people have died in the Khartoum region alone", "more than 60,000", 60000, 60000, null, "at_least", "killed", "people", "deaths in the Khartoum region, first 14 months", LSHTM, null, "asserts", "« Of the 60,000 deaths » below restates it"],
  [GZ, "26,000 were the direct result of the violence", "26,000", 26000, 26000, 26000, "exact", "killed", "people", "violent deaths in the Khartoum region", LSHTM, null, "asserts", "the report's figure, left to the speaker of the sentence before"],
  [GZ, "the 20,178 deaths reported by the Armed Conflict Location & Event Data (ACLED) project", "20,178", 20178, 20178, 20178, "exact", "killed", "people", "deaths recorded in Sudan", ["ACLED", "Armed Conflict Location & Event Data", "Armed Conflict Location & Event Data (ACLED) project", "Armed Conflict Location & Event Data project"], null],
  [GZ, "with 11 million people displaced", "11 million", 11000000, 11000000, 11000000, "exact", "displaced", "people", "people displaced in Sudan", UN_EN, null],
  [GZ, "nearly 25 million—half the country’s population—requiring humanitarian aid", "nearly 25 million", 25000000, 25000000, 25000000, "approx", "other", "people", "people in need of aid in Sudan", UN_EN, null],

  // en04 — The Nation (Reuters), 15 November 2024
  [NA, "More than 61,000 people are estimated to have died in Khartoum state", "More than 61,000", 61000, 61000, null, "at_least", "killed", "people", "deaths in Khartoum state, first 14 months", LSHTM, null],
  [NA, "some 26,000 people who suffered violent deaths", "some 26,000", 26000, 26000, 26000, "approx", "killed", "people", "violent deaths in Khartoum state", LSHTM, null],
  [NA, "driven 11 million people from their homes", "11 million", 11000000, 11000000, 11000000, "exact", "displaced", "people", "people displaced in Sudan", UN_EN, null],
  [NA, "Nearly 25 million people - half of Sudan’s population - need aid", "Nearly 25 million", 25000000, 25000000, 25000000, "approx", "other", "people", "people in need of aid in Sudan", UN_EN, null, "asserts", "left to the U.N., the speaker of the sentence before"],
  [NA, "left millions unable to contact the outside world", "millions", 1000000, null, null, "vague", "other", "people", "people cut off by the outages", null, null],

  // fr01 — Europe 1 (AFP), dimanche 17 septembre 2023
  [E1, "Le Croissant-Rouge libyen a démenti dimanche", null, null, null, null, null, "killed", "people", "OCHA's toll in Derna", RED_CRESCENT, "2023-09-17", "denies"],
  [E1, "un bilan de 11.300 morts dans les inondations de Derna", "11.300", 11300, 11300, 11300, "exact", "killed", "people", "people killed in Derna", OCHA, null, "asserts", "the toll the UN office attributed to the Red Crescent"],
  [E1, "la catastrophe a fait 3.252 morts", "3.252", 3252, 3252, 3252, "exact", "killed", "people", "people killed in the floods", EAST_HEALTH, null, "asserts", "the subheading « 3.252 morts officiellement » is a mention"],
  [E1, "très grand nombre de disparus, évalué à des milliers", "des milliers", 1000, null, null, "vague", "other", "people", "people missing", ["organisations humanitaires internationales", "des organisations humanitaires internationales et des responsables libyens", "responsables libyens"], null],
  [E1, "mettant en doute la crédibilité d'une multitude de chiffres qui circulent", null, null, null, null, null, "killed", "people", "the tolls in circulation", EAST_HEALTH, null, "denies"],
  [E1, "avoir découvert des centaines de cadavres", "des centaines", 100, null, null, "vague", "killed", "bodies", "bodies found at sea", ["sauveteurs maltais", "Des sauveteurs maltais", "Times of Malta"], null],
  [E1, "réussi à récupérer des dizaines", "des dizaines", 10, null, null, "vague", "killed", "bodies", "bodies recovered at sea", ["sauveteurs maltais", "Des sauveteurs maltais", "Times of Malta"], null, "asserts", "« des dizaines de corps … chaque jour » is a daily rate: not annotated"],

  // fr02 — franceinfo (AFP), 17 septembre 2023
  [FI, "un nouveau décompte de 11 470 morts", "11 470", 11470, 11470, 11470, "exact", "killed", "people", "people killed in Libya", OCHA, "2023-09-16"],
  [FI, "plus de 10 000 disparus, citant", "plus de 10 000", 10000, 10000, null, "at_least", "other", "people", "people missing in Libya", OCHA, "2023-09-16"],
  [FI, "Mais celui-ci a démenti être à l'origine de cette information.", null, null, null, null, null, "killed", "people", "OCHA's toll", RED_CRESCENT, "2023-09-17", "denies", "« Mais ce dernier l'a démenti, dimanche » restates it"],
  [FI, "qu'au moins 11 300 personnes étaient mortes dans la ville de Derna", "au moins 11 300", 11300, 11300, null, "at_least", "killed", "people", "people killed in Derna", OCHA, "2023-09-16"],
  [FI, "et 170 ailleurs dans l'est du pays", "170", 170, 170, 170, "exact", "killed", "people", "people killed elsewhere in eastern Libya", OCHA, "2023-09-16"],
  [FI, "environ 10 100 habitants étaient portés disparus", "environ 10 100", 10100, 10100, 10100, "approx", "other", "people", "people missing in Derna", OCHA, "2023-09-16"],
  [FI, "évoquait 3 252 morts", "3 252", 3252, 3252, 3252, "exact", "killed", "people", "people killed in the floods", [...EAST_HEALTH, "ministre de la Santé de l'administration de l'est de la Libye"], "2023-09-16"],
  [FI, "3 958 corps retrouvés", "3 958", 3958, 3958, 3958, "exact", "killed", "bodies", "bodies found", WHO, "2023-09-16"],
  [FI, "plus de 9 000 disparus.", "plus de 9 000", 9000, 9000, null, "at_least", "other", "people", "people missing", WHO, "2023-09-16"],

  // fr03 — RTL (AFP), jeudi 5 décembre 2019
  [RTL, "806.000 personnes ont manifesté ce jeudi 5 décembre en France", "806.000", 806000, 806000, 806000, "exact", "participants", "people", "marchers in France, 5 December", INTERIOR, "2019-12-05"],
  [RTL, "dont 65.000 à Paris", "65.000", 65000, 65000, 65000, "exact", "participants", "people", "marchers in Paris, 5 December", INTERIOR, "2019-12-05"],
  [RTL, "plus de 250 manifestations avaient été déclarées", "plus de 250", 250, 250, null, "at_least", "other", "protests", "protests declared, 5 December", null, "2019-12-05"],
  [RTL, "La CGT a décompté de son côté plus de 1,5 million de personnes dans les rues", "plus de 1,5 million", 1500000, 1500000, null, "at_least", "participants", "people", "marchers in France, 5 December", CGT, "2019-12-05"],
  [RTL, "dont 250.000 manifestants à Paris", "250.000", 250000, 250000, 250000, "exact", "participants", "protesters", "marchers in Paris, 5 December", CGT, "2019-12-05"],
  [RTL, "13.500 personnes avaient défilé à Paris", "13.500", 13500, 13500, 13500, "exact", "participants", "people", "marchers in Paris before the clashes, 5 December", OCCURRENCE, "2019-12-05"],
  [RTL, "avec 27.000 personnes", "27.000", 27000, 27000, 27000, "exact", "participants", "people", "marchers in Paris after the clashes, 5 December", OCCURRENCE, "2019-12-05"],
  [RTL, "ce sont donc 40.500 personnes qui ont délié dans le cortège parisien selon le cabinet", "40.500", 40500, 40500, 40500, "exact", "participants", "people", "marchers in Paris, 5 December", OCCURRENCE, "2019-12-05"],
  [RTL, "47.800 manifestants à Paris le 22 mars 2018", "47.800", 47800, 47800, 47800, "exact", "participants", "protesters", "marchers in Paris, 22 March 2018", OCCURRENCE_PARISIEN, "2018-03-22"],
  [RTL, "45.000 le 16 mars 2019", "45.000", 45000, 45000, 45000, "exact", "participants", "protesters", "climate marchers in Paris, 16 March 2019", OCCURRENCE_PARISIEN, "2019-03-16"],
  [RTL, "74.500 le 6 octobre dernier", "74.500", 74500, 74500, 74500, "exact", "participants", "protesters", "marchers in Paris, 6 October 2019", OCCURRENCE_PARISIEN, "2019-10-06"],

  // fr04 — Linfo.re, 5 décembre 2019
  [LI, "près de 806 000 participants", "près de 806 000", 806000, 806000, 806000, "approx", "participants", "people", "marchers in France, 5 December", INTERIOR, "2019-12-05", "asserts", "« 806 000 personnes ont défilé sur tout le territoire » restates it"],
  [LI, "La CGT a, de son côté, enregistré 1,5 million de manifestants.", "1,5 million", 1500000, 1500000, 1500000, "exact", "participants", "protesters", "marchers in France, 5 December", CGT, "2019-12-05", "asserts", "« plus de 1,5 million dans toute la France » restates it"],
  [LI, "dont 65 000 manifestants dans la capitale", "65 000", 65000, 65000, 65000, "exact", "participants", "protesters", "marchers in Paris, 5 December", INTERIOR, "2019-12-05"],
  [LI, "dont 250 000 à Paris", "250 000", 250000, 250000, 250000, "exact", "participants", "protesters", "marchers in Paris, 5 December", CGT, "2019-12-05"],
  [LI, "47 800 manifestants à Paris le 22 mars 2018", "47 800", 47800, 47800, 47800, "exact", "participants", "protesters", "marchers in Paris, 22 March 2018", OCCURRENCE_PARISIEN, "2018-03-22"],
  [LI, "45 000 le 16 mars 2019", "45 000", 45000, 45000, 45000, "exact", "participants", "protesters", "climate marchers in Paris, 16 March 2019", OCCURRENCE_PARISIEN, "2019-03-16"],
  [LI, "74 500 le 6 octobre dernier", "74 500", 74500, 74500, 74500, "exact", "participants", "protesters", "marchers in Paris, 6 October 2019", OCCURRENCE_PARISIEN, "2019-10-06"],

  // fr05 — Les Panafricaines, mercredi 31 janvier 2024
  [PA, "ont déplacé « près de 8 millions » de personnes", "près de 8 millions", 8000000, 8000000, 8000000, "approx", "displaced", "people", "people displaced in Sudan", HCR, "2024-01-31", "asserts", "the headline's « près de 8 millions » is a mention"],
  [PA, "Le conflit a fait plus de 13.000 morts", "plus de 13.000", 13000, 13000, null, "at_least", "killed", "people", "people killed in Sudan", ["Acled", "ACLED", "Armed Conflict Location & Event Data Project", "ONG Armed Conflict Location & Event Data Project"], null],
  [PA, "qui avait alors fait 7,1 millions de déplacés", "7,1 millions", 7100000, 7100000, 7100000, "exact", "displaced", "people", "people displaced in Sudan", ["porte-parole l’ONU", "porte-parole de l’ONU", ...UN_FR], "2023-12-21"],
  [PA, "plus de 100.000 personnes fuyant les combats", "plus de 100.000", 100000, 100000, null, "at_least", "displaced", "people", "Sudanese who fled to Ethiopia", UN_FR, null],
  [PA, "aux quelque 50.000 réfugiés soudanais", "quelque 50.000", 50000, 50000, 50000, "approx", "displaced", "people", "Sudanese refugees already in Ethiopia", UN_FR, null, "asserts", "left to the UN, the speaker of the sentence before"],
];
export default CLAIMS;
