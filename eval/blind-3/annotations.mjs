// Articles about three events none of the other sets covers, annotated before
// any rule was tuned on them: the protests against the French « sécurité
// globale » bill (28 November 2020 and 16 January 2021: the Interior Ministry
// and the police against the organisers' coordination); the Nepal earthquake
// of 25 April 2015, a toll that rises day by day and differs by source (police,
// home ministry, foreign minister); the 2024 protests against Kenya's Finance
// Bill, whose dead the President put at six, a figure the Law Society disputes,
// against the counts of rights groups, Amnesty and the police.
const FR_INTERIOR = ["ministère de l'Intérieur", "ministère de l’Intérieur", "ministère", "Interior Ministry", "French Interior Ministry", "Ministry of the Interior", "Beauvau"];
const ORGANISERS = ["organisateurs", "les organisateurs", "coordination StopLoiSécuritéGlobale", "StopLoiSécuritéGlobale", "coordination", "la coordination", "coordination «Stop ! Loi sécurité globale»", "Stop ! Loi sécurité globale", "Stop Loi sécurité globale", "organisers", "organizers", "Organisers"];
const PARIS_PREFECTURE = ["préfecture", "la préfecture", "préfecture de police", "préfecture de police de Paris", "police prefecture", "Paris police prefecture", "prefecture"];
const DARMANIN = ["Interior Minister Gerald Darmanin", "Gerald Darmanin", "Gérald Darmanin", "Darmanin", "Interior Minister", "Interior Ministry", "French Interior Ministry", "ministère de l'Intérieur"];
const NP_HOME = ["home ministry", "Home ministry", "Home Ministry", "Nepal's home ministry", "Nepal home ministry", "Ministry of Home Affairs", "Home ministry spokesman Laxmi Dhakal", "home ministry spokesman", "Laxmi Dhakal", "Laxmi Prasad Dhakal", "ministère de l'Intérieur", "ministère de l'Intérieur népalais", "ministère népalais de l'Intérieur"];
const NP_GOV = ["gouvernement", "le gouvernement", "gouvernement népalais", "Nepal government", "Nepalese government", "porte-parole du ministère de l'Intérieur", ...NP_HOME];
const NP_HOME_UNIT = ["home ministry’s disaster response unit", "disaster response unit", ...NP_HOME];
const NP_POLICE = ["Nepali police", "Nepal police", "Nepal Police", "police", "Nepali police figures", "police nepalaise", "police népalaise"];
const KTM_POLICE = ["Kamal Singhbam", "deputy inspector general of Kathmandu police", "Kathmandu police", "police", "Nepal police", "Nepali police"];
const NP_FOREIGN = ["ministre népalais des Affaires étrangères", "ministre des Affaires étrangères", "ministère népalais des Affaires étrangères", "ministère des Affaires étrangères", "Nepalese Foreign Minister", "Nepal's foreign minister", "Foreign Minister", "Foreign Ministry"];
const UN = ["U.N.", "UN", "United Nations", "Nations unies", "ONU"];
const EU_DELEGATION = ["head of the European Union delegation in Nepal", "European Union delegation in Nepal", "European Union delegation", "EU delegation", "European Union", "EU", "Rensje Teerink", "Ambassador Rensje Teerink"];
const RUTO = ["President William Ruto", "William Ruto", "Ruto", "President", "the President", "Kenyan President", "Kenyan government", "government", "Kenya government"];
const LSK = ["LSK President Faith Odhiambo", "Faith Odhiambo", "Odhiambo", "LSK", "Law Society of Kenya", "LSK President", "Law Society of Kenya (LSK)"];
const KNCHR = ["Kenya National Commission on Human Rights", "Kenya National Commission on Human Rights (KNCHR)", "KNCHR", "state-funded Kenya National Commission on Human Rights", "commission", "Commission", "Kenya's human rights body", "human rights body", "rights body", "report", "Commission nationale des droits de l'homme du Kenya", "commission nationale sur les droits humains", "la commission nationale sur les droits humains"];
const RIGHTS_GROUPS_EN = ["Human rights groups", "human rights groups", "rights groups"];
const RIGHTS_GROUPS_FR = ["plusieurs organisations de défense des droits humains", "organisations de défense des droits humains", "organisations des droits de l’homme", "organisations des droits de l'homme"];
const KHRC = ["KHRC", "la KHRC", "Commission kényane des droits de l’homme", "Commission kényane des droits de l'homme", "Kenya Human Rights Commission"];

const CX = "en01_connexion_security_law.txt";
const JW = "en02_jowhar_security_law.txt";
const TT = "en03_timesofturkey_nepal.txt";
const IT = "en04_indiatoday_nepal.txt";
const CF = "en05_capitalfm_kenya.txt";
const AA = "en06_aan_kenya.txt";
const WN = "en07_wion_kenya.txt";
const BF = "fr01_bfmtv_securite_globale.txt";
const RT = "fr02_rtfrance_marche_libertes.txt";
const LP = "fr03_lapresse_nepal.txt";
const LE = "fr04_lexpression_nepal.txt";
const AM = "fr05_africanmanager_kenya.txt";
const SM = "fr06_smedia_kenya.txt";
const HQ = "fr07_huffpostquebec_nepal.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — The Connexion, Sunday 29 November 2020
  [CX, "Thousands protest across France", "Thousands", 1000, null, null, "vague", "participants", "people", "marchers against the security law in France", null, null, "asserts", "the headline in the article's own voice"],
  [CX, "Organisers say 500,000 people marched in France yesterday", "500,000", 500000, 500000, 500000, "exact", "participants", "people", "marchers in France, 28 November 2020", ORGANISERS, "2020-11-28"],
  [CX, "The Interior Ministry said 133,000 people came out to march.", "133,000", 133000, 133000, 133000, "exact", "participants", "people", "marchers in France, 28 November 2020", FR_INTERIOR, "2020-11-28", "asserts", "the same march as the sentence before"],
  [CX, "with more than 100 protests organised across the country", "more than 100", 100, 100, null, "at_least", "other", "protests", "protests organised in France, 28 November 2020", null, "2020-11-28"],
  [CX, "Four policemen are being questioned", "Four", 4, 4, 4, "exact", "detained", "police officers", "police officers questioned over the assault of a music producer", null, null],
  [CX, "nine people were arrested in Paris, the police prefecture confirmed", "nine", 9, 9, 9, "exact", "detained", "people", "arrests in Paris, 28 November 2020", PARIS_PREFECTURE, "2020-11-28", "asserts", "the speaker is named after the figure"],

  // en02 — Jowhar, Saturday 16 January 2021
  [JW, "Tens of thousands of protesters marched across France on Saturday", "Tens of thousands", 10000, null, null, "vague", "participants", "protesters", "marchers in France, 16 January 2021", null, "2021-01-16"],
  [JW, "Thousands marched in Paris and cities across France", "Thousands", 1000, null, null, "vague", "participants", "people", "marchers in Paris and other cities, 16 January 2021", null, "2021-01-16"],
  [JW, "attracted around 2,400 people", "around 2,400", 2400, 2400, 2400, "approx", "participants", "people", "people at the New Year rave in Brittany", null, null],
  [JW, "police estimated the total turnout across the country at 34,000", "34,000", 34000, 34000, 34000, "exact", "participants", "people", "marchers in France, 16 January 2021", ["police", "authorities"], "2021-01-16"],
  [JW, "organizers insisted it was close to 200,000", "close to 200,000", 200000, 200000, 200000, "approx", "participants", "people", "marchers in France, 16 January 2021", ORGANISERS, "2021-01-16"],
  [JW, "Police arrested 75 people across the country", "75", 75, 75, 75, "exact", "detained", "people", "arrests in France, 16 January 2021", DARMANIN, "2021-01-16", "asserts", "the speaker is named after the figures"],
  [JW, "including 24 in Paris", "24", 24, 24, 24, "exact", "detained", "people", "arrests in Paris, 16 January 2021", DARMANIN, "2021-01-16"],
  [JW, "while 12 police and paramilitary officers were injured", "12", 12, 12, 12, "exact", "injured", "police officers", "police and gendarmes injured, 16 January 2021", DARMANIN, "2021-01-16", "asserts", "part of the minister's statement"],

  // en03 — Times of Turkey, Tuesday 28 April 2015
  [TT, "Nepal earthquake death toll above 4,500", "above 4,500", 4500, 4500, null, "at_least", "killed", "people", "deaths in Nepal, India and Tibet", null, null, "asserts", "the standfirst's « rises above 4,500 » is a mention"],
  [TT, "the death toll has climbed to 4,455", "4,455", 4455, 4455, 4455, "exact", "killed", "people", "deaths in the Nepal earthquake", null, null, "asserts", "in the article's own voice: the police attribution after « also » is the injured count's"],
  [TT, "Around 8,300 people have also been found injured", "Around 8,300", 8300, 8300, 8300, "approx", "injured", "people", "injured in the Nepal earthquake", NP_POLICE, "2015-04-28", "asserts", "the speaker is named after the figure"],
  [TT, "confirmed the figures above 4,300", "above 4,300", 4300, 4300, null, "at_least", "killed", "people", "deaths in the Nepal earthquake", NP_HOME, null],
  [TT, "an estimated 8 million people", "an estimated 8 million", 8000000, 8000000, 8000000, "approx", "other", "people", "people affected by the earthquake", UN, "2015-04-27"],
  [TT, "in 39 districts have been affected", "39", 39, 39, 39, "exact", "other", "districts", "districts affected by the earthquake", UN, "2015-04-27"],
  [TT, "1.4 million are in need of food aid", "1.4 million", 1400000, 1400000, 1400000, "exact", "other", "people", "people in need of food aid", UN, "2015-04-27", "asserts", "« It also reported »: the UN, speaker of the sentence before; « more than half of them » is a share, not a count"],
  [TT, "almost 2,000 houses have been completely destroyed", "almost 2,000", 2000, 2000, 2000, "approx", "damage", "houses", "houses destroyed", NP_HOME_UNIT, null],
  [TT, "where 1,441 have died", "1,441", 1441, 1441, 1441, "exact", "killed", "people", "deaths in the Kathmandu Valley", null, null],
  [TT, "the central region where 2,757 have been killed", "2,757", 2757, 2757, 2757, "exact", "killed", "people", "deaths in the central region", null, null],
  [TT, "18 people were killed on Mount Everest", "18", 18, 18, 18, "exact", "killed", "people", "deaths on Mount Everest", NP_HOME, null],
  [TT, "There have been 13 bodies recovered so far", "13", 13, 13, 13, "exact", "killed", "bodies", "bodies recovered on Mount Everest", NP_HOME, null, "asserts", "left to the home ministry, the speaker of the sentence before"],
  [TT, "including nine Nepalis", "nine", 9, 9, 9, "exact", "killed", "people", "Nepalis among the bodies recovered on Everest", NP_HOME, null],
  [TT, "and four foreigners", "four", 4, 4, 4, "exact", "killed", "people", "foreigners among the bodies recovered on Everest", NP_HOME, null],
  [TT, "A further 72 people were also killed in India", "72", 72, 72, 72, "exact", "killed", "people", "deaths in India", ["India’s home secretary L.C. Govak", "L.C. Govak", "Govak", "India’s home secretary", "India's home secretary", "home secretary", "Indian home secretary"], null],
  [TT, "Chinese state media reported 25 deaths in Tibet", "25", 25, 25, 25, "exact", "killed", "people", "deaths in Tibet", ["Chinese state media", "state media", "Chinese media"], null],
  [TT, "the first of 20 emergency medical teams", "20", 20, 20, 20, "exact", "other", "medical teams", "emergency medical teams registered with the WHO", ["World Health Organization", "WHO", "OMS"], "2015-04-27"],

  // en04 — India Today, Saturday 2 May 2015
  [IT, "the death toll from the disaster has climbed past 6,600", "past 6,600", 6600, 6600, null, "at_least", "killed", "people", "deaths in the Nepal earthquake", KTM_POLICE, null],
  [IT, "said on Saturday that 6,624 people died", "6,624", 6624, 6624, 6624, "exact", "killed", "people", "deaths in the Nepal earthquake", KTM_POLICE, "2015-05-02"],
  [IT, "He said 14,025 people were injured", "14,025", 14025, 14025, 14025, "exact", "injured", "people", "injured in the Nepal earthquake", KTM_POLICE, "2015-05-02", "asserts", "« He »: the police officer of the sentence before; « 80 years » is a duration"],
  [IT, "up to 1,000 Europeans were still unaccounted for", "up to 1,000", null, null, 1000, "up_to", "other", "people", "Europeans unaccounted for", EU_DELEGATION, null],

  // en05 — Capital FM, Friday 28 June 2024
  [CF, "Faith Odhiambo disputed the revelations by President William Ruto that only six people had lost their lives", null, null, null, null, null, "killed", "people", "the President's death toll", LSK, null, "denies"],
  [CF, "spiraled across 35 out of 47 counties", "35", 35, 35, 35, "exact", "other", "counties", "counties the protests reached", null, null, "asserts", "47 is the number of all counties: background"],
  [CF, "the President announced that six people lost their lives", "six", 6, 6, 6, "exact", "killed", "people", "deaths in the protests, the President's count", RUTO, "2024-06-26", "asserts", "« only six people had lost their lives » in the sentence before is a mention"],
  [CF, "214 people had been injured", "214", 214, 214, 214, "exact", "injured", "people", "injured in the protests", RUTO, "2024-06-26"],
  [CF, "with 95 already treated and released", "95", 95, 95, 95, "exact", "injured", "people", "injured treated and released", RUTO, "2024-06-26"],
  [CF, "more than 20 people have been confirmed dead", "more than 20", 20, 20, null, "at_least", "killed", "people", "deaths in the protests, other reports", ["reports", "media reports"], null],

  // en06 — aan.africa, Tuesday 2 July 2024
  [AA, "39 people have lost their lives due to security force actions", "39", 39, 39, 39, "exact", "killed", "people", "deaths in the protests since 18 June", RIGHTS_GROUPS_EN, null],
  [AA, "17 people were killed in Nairobi", "17", 17, 17, 17, "exact", "killed", "people", "deaths in Nairobi", KNCHR, "2024-07-01"],
  [AA, "22 others lost their lives in various parts of the country", "22", 22, 22, 22, "exact", "killed", "people", "deaths outside Nairobi", KNCHR, "2024-07-01"],
  [AA, "KNCHR reported 361 injuries", "361", 361, 361, 361, "exact", "injured", "people", "injured in the protests", KNCHR, "2024-07-01"],
  [AA, "32 cases of “enforced or involuntary disappearances,”", "32", 32, 32, 32, "exact", "other", "disappearances", "enforced or involuntary disappearances", KNCHR, "2024-07-01"],
  [AA, "and 627 arrests", "627", 627, 627, 627, "exact", "detained", "arrests", "arrests of protesters", KNCHR, "2024-07-01"],
  [AA, "Amnesty International has documented 24 deaths", "24", 24, 24, 24, "exact", "killed", "people", "deaths among the protesters", ["Amnesty International", "Amnesty"], null],
  [AA, "earlier police reports listed the death toll at 19", "19", 19, 19, 19, "exact", "killed", "people", "deaths in the protests, police count", ["police", "police reports", "Kenyan police"], null],

  // en07 — WION, Monday 1 July 2024
  [WN, "an updated death toll of 39", "39", 39, 39, 39, "exact", "killed", "people", "deaths in the protests", KNCHR, null, "asserts", "the lead; the body gives 29 for the same release"],
  [WN, "said 29 people have died", "29", 29, 29, 29, "exact", "killed", "people", "deaths in the protests", KNCHR, "2024-07-01"],
  [WN, "and 361 were injured", "361", 361, 361, 361, "exact", "injured", "people", "injured in the protests", KNCHR, "2024-07-01"],
  [WN, "The dead included 17 from capital Nairobi", "17", 17, 17, 17, "exact", "killed", "people", "deaths in Nairobi", KNCHR, "2024-07-01", "asserts", "left to the commission, the speaker of the sentences before"],
  [WN, "four from Uasin Gishu", "four", 4, 4, 4, "exact", "killed", "people", "deaths in Uasin Gishu", KNCHR, "2024-07-01"],
  [WN, "three each from Mombasa, Makuru and Kajiado", "three", 3, 3, 3, "exact", "killed", "people", "deaths in each of Mombasa, Nakuru and Kajiado", KNCHR, "2024-07-01"],
  [WN, "there have been 32 cases of enforced or involuntary disappearances", "32", 32, 32, 32, "exact", "other", "disappearances", "enforced or involuntary disappearances", KNCHR, "2024-07-01"],
  [WN, "627 arrests of Anti-Finance Bill protesters", "627", 627, 627, 627, "exact", "detained", "arrests", "arrests of protesters", KNCHR, "2024-07-01"],
  [WN, "thousands of people entered the parliament building", "thousands", 1000, null, null, "vague", "participants", "people", "protesters who entered parliament, 25 June 2024", null, "2024-06-25"],

  // fr01 — BFMTV, samedi 28 novembre 2020
  [BF, "133.000 personnes ont manifesté ce samedi en France", "133.000", 133000, 133000, 133000, "exact", "participants", "people", "manifestants en France, 28 novembre 2020", FR_INTERIOR, "2020-11-28", "asserts", "the headline's « 133.000 manifestants en France selon le ministère » is a mention; the speaker is named after the figures"],
  [BF, "dont 46.000 à Paris", "46.000", 46000, 46000, 46000, "exact", "participants", "people", "manifestants à Paris, 28 novembre 2020", FR_INTERIOR, "2020-11-28"],
  [BF, "font état de 500.000 manifestants", "500.000", 500000, 500000, 500000, "exact", "participants", "protesters", "manifestants en France, 28 novembre 2020", ORGANISERS, "2020-11-28", "asserts", "the headline's « 500.000 selon les organisateurs » is a mention"],
  [BF, "dont 200.000 à Paris", "200.000", 200000, 200000, 200000, "exact", "participants", "protesters", "manifestants à Paris, 28 novembre 2020", ORGANISERS, "2020-11-28"],
  [BF, "Au total, 70 rassemblements étaient organisés", "70", 70, 70, 70, "exact", "other", "rallies", "rassemblements organisés en France, 28 novembre 2020", null, "2020-11-28"],
  [BF, "à des centaines de milliers d'autres manifestants pacifiques", "des centaines de milliers", 100000, null, null, "vague", "participants", "protesters", "manifestants pacifiques, 28 novembre 2020", [...ORGANISERS, "communiqué", "le communiqué"], null, "asserts", "in the coordination's statement; « une poignée » is not a figure"],

  // fr02 — RT France, 28 novembre 2020
  [RT, "Entre 133 000 (selon de ministère de l'Intérieur)", "133 000", 133000, 133000, 133000, "exact", "participants", "people", "manifestants en France, 28 novembre 2020", FR_INTERIOR, "2020-11-28", "asserts", "« Entre 133 000 (…) et 500 000 (…) » pairs two sources: not a range"],
  [RT, "et 500 000 (organisateurs) personnes", "500 000", 500000, 500000, 500000, "exact", "participants", "people", "manifestants en France, 28 novembre 2020", ORGANISERS, "2020-11-28", "asserts", "the standfirst's « près de 500 000 manifestants » selon les organisateurs is a mention"],
  [RT, "près de 45 000 personnes (selon la préfecture)", "près de 45 000", 45000, 45000, 45000, "approx", "participants", "people", "manifestants à Paris, 28 novembre 2020", PARIS_PREFECTURE, "2020-11-28"],
  [RT, "200 000 selon la coordination «Stop ! Loi sécurité globale»", "200 000", 200000, 200000, 200000, "exact", "participants", "people", "manifestants à Paris, 28 novembre 2020", ORGANISERS, "2020-11-28"],

  // fr03 — La Presse (AFP), dimanche 26 avril 2015
  [LP, "s'élève à 1805 morts, a annoncé dimanche le gouvernement", "1805", 1805, 1805, 1805, "exact", "killed", "people", "morts du séisme au Népal", NP_GOV, "2015-04-26", "asserts", "the spokesman's « Le bilan est de 1805 morts » is a mention: one figure, one government statement"],
  [LP, "d'au moins 4718 blessés", "au moins 4718", 4718, 4718, null, "at_least", "injured", "people", "blessés du séisme au Népal", NP_GOV, "2015-04-26", "asserts", "the speaker is named after the quote"],
  [LP, "Une dizaine de corps ont été extraits des ruines", "Une dizaine", 10, 10, 10, "approx", "killed", "bodies", "corps extraits des ruines de la tour de Dharhara", ["photographe de l'AFP", "un photographe de l'AFP", "AFP"], null, "asserts", "« neuf étages » is the tower's height, not a count about the event"],

  // fr04 — L'Expression, mardi 28 avril 2015
  [LE, "a grimpé à 3.815 morts", "3.815", 3815, 3815, 3815, "exact", "killed", "people", "morts du séisme au Népal", NP_FOREIGN, "2015-04-27", "asserts", "the speaker is named after the figures"],
  [LE, "et 7.046 blessés", "7.046", 7046, 7046, 7046, "exact", "injured", "people", "blessés du séisme au Népal", NP_FOREIGN, "2015-04-27"],
  [LE, "Un précédent bilan avait fait état de 3351 morts", "3351", 3351, 3351, 3351, "exact", "killed", "people", "morts du séisme au Népal, bilan précédent", null, null, "asserts", "the text names no speaker for the earlier toll"],
  [LE, "et 6.833 blessés", "6.833", 6833, 6833, 6833, "exact", "injured", "people", "blessés du séisme au Népal, bilan précédent", null, null],
  [LE, "où 18 personnes ont été tuées", "18", 18, 18, 18, "exact", "killed", "people", "morts sur l'Everest", null, null],

  // fr05 — African Manager, mercredi 26 juin 2024
  [AM, "23 morts et 300 blessés", "23", 23, 23, 23, "exact", "killed", "people", "morts des manifestations du 25 juin 2024", RIGHTS_GROUPS_FR, "2024-06-25", "asserts", "the speaker is named after the figures"],
  [AM, "et 300 blessés, dans tout le pays", "300", 300, 300, 300, "exact", "injured", "people", "blessés des manifestations du 25 juin 2024", RIGHTS_GROUPS_FR, "2024-06-25"],
  [AM, "la mobilisation a touché 67 villes du pays hier", "67", 67, 67, 67, "exact", "other", "towns", "villes touchées par la mobilisation, 25 juin 2024", KHRC, "2024-06-25"],
  [AM, "Il estime à plusieurs dizaines, le nombre de personnes tuées", "plusieurs dizaines", 20, null, 99, "vague", "killed", "people", "personnes tuées par la police à Giturai dans la nuit", ["Groupe de travail sur la réforme de la police", "Groupe de travail", "Police Reforms Working Group"], null, "asserts", "« Il »: the working group of the sentence before; its 23 member organisations are background"],

  // fr06 — smedia.sn, lundi 1er juillet 2024
  [SM, "s’est alourdi à 39 morts", "39", 39, 39, 39, "exact", "killed", "people", "morts des manifestations", KNCHR, "2024-07-01", "asserts", "the speaker is named after the figures"],
  [SM, "et 361 blessés", "361", 361, 361, 361, "exact", "injured", "people", "blessés des manifestations", KNCHR, "2024-07-01"],
  [SM, "Des dizaines de milliers de personnes ont battu le pavé", "Des dizaines de milliers", 10000, null, null, "vague", "participants", "people", "manifestants après le vote de la loi de finances", null, null, "asserts", "the text's « mardi 25 juillet » is a slip for 25 June: left undated"],

  // fr07 — Le HuffPost Québec, dimanche 26 avril 2015
  [HQ, "fait près de 1800 morts", "près de 1800", 1800, 1800, 1800, "approx", "killed", "people", "morts du séisme au Népal", null, null, "asserts", "the headline"],
  [HQ, "Des dizaines de milliers de personnes ont passé la nuit en plein air", "Des dizaines de milliers", 10000, null, null, "vague", "displaced", "people", "personnes ayant passé la nuit dehors", null, null],
  [HQ, "faisant plus de 1800 morts", "plus de 1800", 1800, 1800, null, "at_least", "killed", "people", "morts du séisme au Népal", null, null, "asserts", "a bound of its own, apart from the headline's « près de 1800 »"],
  [HQ, "détruisant des centaines de bâtiments", "des centaines", 100, null, null, "vague", "damage", "buildings", "bâtiments détruits", null, null],
  [HQ, "le bilan avait atteint les 1805 morts, selon le ministère de l'Intérieur", "1805", 1805, 1805, 1805, "exact", "killed", "people", "morts du séisme au Népal", NP_HOME, "2015-04-26"],
  [HQ, "Quelque 5000 personnes ont aussi été blessées", "Quelque 5000", 5000, 5000, 5000, "approx", "injured", "people", "blessés du séisme au Népal", NP_HOME, "2015-04-26", "asserts", "left to the ministry, the speaker of the sentence before"],
  [HQ, "où un total de 50 personnes sont mortes", "50", 50, 50, 50, "exact", "killed", "people", "morts en Inde, au Bangladesh, au Tibet et au Pakistan", null, null],
  [HQ, "des milliers d'habitants se sont installés à l'extérieur", "des milliers", 1000, null, null, "vague", "displaced", "people", "habitants installés dehors", null, null],
  [HQ, "Au moins une vingtaine de répliques", "Au moins une vingtaine", 20, 20, null, "at_least", "other", "aftershocks", "répliques après la première secousse", null, null],
];
export default CLAIMS;
