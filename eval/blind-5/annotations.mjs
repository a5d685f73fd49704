// Articles about three events none of the other sets covers, annotated before
// any rule was tuned on them: the 2023 protests against the French pension
// reform (January to March 2023: the Interior Ministry and the prefectures
// against the CGT, an independent counter for the press); the earthquake of
// 6 February 2023 in Turkey and Syria, a toll that rises by the day and differs
// by source (AFAD, Syrian state media, CNN, the White Helmets, the WHO), which
// the Turkish doctors' federation doubts; the 2023
// protests against the Israeli government's judicial overhaul (a crowd-counting
// firm for Channel 13 against the organisers; the police give no figures).
// Pairs in the form "entre 6000 (préfecture) et 30’000 (CGT) à Nice" and "entre
// 13’000 et 23’000 à Bayonne" that follow it are two counts (prefecture, CGT),
// not ranges. Earlier earthquakes' tolls (1999, 17,000 dead), the country's
// population, magnitudes, distances, percentages, durations and tons of aid are
// not counts about the event. A total the article adds up itself ("Cela porte
// à 3 613") is in its own voice.
const FR_INTERIOR = ["ministère de l'Intérieur", "ministère de l’Intérieur", "Ministère de l’intérieur", "le ministère de l'Intérieur", "ministère", "Intérieur", "l'Intérieur", "place Beauvau", "Beauvau", "Interior Ministry", "Ministry of the Interior", "the Ministry of the Interior", "French Interior Ministry", "Interior"];
const DARMANIN = ["Gérald Darmanin", "Gerald Darmanin", "Darmanin", "ministre de l'Intérieur", "le ministre de l'Intérieur", "Le ministre de l'Intérieur Gérald Darmanin", "ministre", "le ministre", ...FR_INTERIOR];
const FR_POLICE = ["police", "la police", "La police", "forces de l'ordre", ...FR_INTERIOR];
const CGT = ["CGT", "la CGT", "La CGT", "Confédération générale du travail", "Confédération générale du travail (CGT)", "syndicat Confédération générale du travail (CGT)", "syndicat CGT", "le syndicat CGT", "CGT union", "the CGT union", "centrale syndicale", "la centrale syndicale", "syndicat", "le syndicat"];
const UNIONS_EN = ["unions", "The unions", "the unions", "trade unions", "syndicats", "les syndicats"];
const PREFECTURE = ["préfecture", "la préfecture", "préfectures", "préfecture de police", "préfecture de police de Paris", "prefecture", "police prefecture", "Paris police headquarters", "the Paris police headquarters", "police headquarters", "Paris police prefecture", "police"];
const OCCURRENCE = ["cabinet Occurrence", "le cabinet Occurrence", "Occurrence", "décompte du cabinet Occurrence", "collectif de médias", "un collectif de médias"];
const AFAD_EN = ["AFAD", "Disaster and Emergency Management Authority", "the country’s Disaster and Emergency Management Authority (AFAD)", "Disaster and Emergency Management Authority (AFAD)", "Turkey's Disaster and Emergency Management Authority", "Turkish Disaster and Emergency Management Authority", "Afad"];
const AFAD_FR = ["AFAD", "l’AFAD", "l'AFAD", "Afad", "organisme public turc de gestion des catastrophes", "organisme public de gestion des catastrophes", "agence turque de gestion des catastrophes", "Disaster and Emergency Management Authority"];
const TURKEY = ["Turkey", "Turkish authorities", "Turkish government", "Turkey's government", "Türkiye"];
const WHO_EN = ["WHO", "the WHO", "World Health Organization", "World Health Organization (WHO)", "OMS", "Organisation mondiale de la santé"];
const WHO_FR = ["OMS", "l'OMS", "Organisation mondiale de la santé", "Organisation mondiale de la santé (OMS)", "l'Organisation mondiale de la santé (OMS)", "WHO", "World Health Organization"];
const SHANKITI = ["Iman Shankiti", "Shankiti", "WHO representative in Syria", "WHO representative", ...WHO_EN];
const SY_STATE_MEDIA = ["state media", "Syrian state media", "state-run media", "médias d'Etat", "médias d'État", "SANA", "Sana"];
const USGS = ["US Geological Study", "The US Geological Study", "US Geological Survey", "U.S. Geological Survey", "USGS", "United States Geological Survey"];
const UNICEF = ["UNICEF", "UNICEF officials", "Unicef"];
const CNN = ["CNN"];
const SY_GOV_RESCUE = ["government", "the government", "Syrian government", "Syria's government", "rescue service", "a rescue service in the rebel-held northwest", "rescue service in the rebel-held northwest", "government and a rescue service", "the government and a rescue service in the rebel-held northwest"];
const TR_AUTHORITIES = ["Turkish authorities", "authorities", "Turkish government", "Turkey"];
const WHITE_HELMETS_FR = ["Casques blancs", "les Casques blancs", "Casques Blancs", "White Helmets", "volontaires de la protection civile", "protection civile", "défense civile syrienne"];
const TTB = ["fédération turque des médecins", "La fédération turque des médecins", "la fédération turque des médecins", "TTB", "fédération turque des médecins, TTB", "fédération", "cette fédération", "Turkish Medical Association", "Vedat Bulut", "Bulut", "M. Bulut"];
const BULUT = ["Vedat Bulut", "Bulut", "M. Bulut", ...TTB];
const CROWD_SOLUTIONS = ["Crowd Solutions", "Channel 13 partner Crowd Solutions", "Israeli company Crowd Solutions", "company", "the company", "Channel 13", "Channel 13 news"];
const IL_ORGANIZERS = ["organizers", "Organizers", "the organizers", "organisers", "protest organizers", "organisateurs", "les organisateurs"];
const IL_POLICE = ["police", "Police", "the police", "Israel Police", "Israeli police", "officers"];
const IL_MEDIA_FR = ["médias israéliens", "les médias israéliens", "Israeli media", "media"];

const TN = "en01_timenews_pensions.txt";
const NY = "en02_indonewyork_pensions.txt";
const NP = "en03_newspolitics_earthquake.txt";
const WO = "en04_wontumi_earthquake.txt";
const BN = "en05_breaking0news_earthquake.txt";
const TI = "en06_timesofisrael_overhaul.txt";
const AM = "en07_almanar_overhaul.txt";
const SO = "fr01_lesoir_retraites.txt";
const LE = "fr02_lessentiel_retraites.txt";
const AC = "fr03_actu17_retraites.txt";
const LV = "fr04_levif_seisme.txt";
const SE = "fr05_senego_seisme.txt";
const DM = "fr06_defimedia_seisme.txt";
const LL = "fr07_lalibre_israel.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — time.news, Thursday 16 March 2023
  [TN, "1.7 million people marched on Wednesday", "1.7 million", 1700000, 1700000, 1700000, "exact", "participants", "people", "marchers in France, eighth day, 15 March 2023", CGT, "2023-03-15", "asserts", "the speaker is named after the figure; « the eighth day » is an ordinal"],
  [TN, "The Ministry of the Interior has counted 480,000 on its side", "480,000", 480000, 480000, 480000, "exact", "participants", "people", "marchers in France, 15 March 2023", FR_INTERIOR, "2023-03-15", "asserts", "tied to the Wednesday of the sentence before"],
  [TN, "In Paris, 37,000 people beat the pavement", "37,000", 37000, 37000, 37000, "exact", "participants", "people", "marchers in Paris, 15 March 2023", PREFECTURE, "2023-03-15"],
  [TN, "against 48,000 demonstrators last Saturday", "48,000", 48000, 48000, 48000, "exact", "participants", "demonstrators", "marchers in Paris, 11 March 2023", PREFECTURE, "2023-03-11", "asserts", "left to the police headquarters' count it is set against"],
  [TN, "The CGT claimed 450,000 demonstrators in the street", "450,000", 450000, 450000, 450000, "exact", "participants", "demonstrators", "marchers in Paris, 15 March 2023", CGT, "2023-03-15", "asserts", "in the Paris paragraph: Paris's march"],
  [TN, "the last day of mobilization on Saturday (300,000)", "300,000", 300000, 300000, 300000, "exact", "participants", "demonstrators", "marchers in Paris, 11 March 2023", CGT, "2023-03-11"],
  [TN, "the record day of March 7 (700,000)", "700,000", 700000, 700000, 700000, "exact", "participants", "demonstrators", "marchers in Paris, 7 March 2023", CGT, "2023-03-07"],

  // en02 — Indo New York, Tuesday 31 January 2023
  [NY, "More than a million people demonstrated during a cross-industry strike", "More than a million", 1000000, 1000000, null, "at_least", "participants", "people", "marchers in France, 31 January 2023", null, null, "asserts", "the article's own rounding, beside the ministry's « more than 1.27 million »"],
  [NY, "more than 1.27 million people took to the streets", "more than 1.27 million", 1270000, 1270000, null, "at_least", "participants", "people", "marchers in France, 31 January 2023", FR_INTERIOR, null],
  [NY, "the CGT union spoke of 2.8 million people", "2.8 million", 2800000, 2800000, 2800000, "exact", "participants", "people", "marchers in France, 31 January 2023", CGT, null],
  [NY, "11,000 police officers and gendarmes were deployed nationwide", "11,000", 11000, 11000, 11000, "exact", "deployed", "police officers", "police and gendarmes deployed", null, null, "asserts", "« from 62 to 64 years » are ages"],
  [NY, "more than a million people took part in the first major day of action", "more than a million", 1000000, 1000000, null, "at_least", "participants", "people", "marchers in France, the first day (19 January 2023)", FR_INTERIOR, null, "asserts", "« almost two weeks ago » names no day"],
  [NY, "The unions spoke of two million people", "two million", 2000000, 2000000, 2000000, "exact", "participants", "people", "marchers in France, the first day (19 January 2023)", UNIONS_EN, null],

  // en03 — news-politics.gr (DW), Saturday 11 February 2023
  [NP, "More than 24,000 people have been confirmed dead in Turkey and Syria", "More than 24,000", 24000, 24000, null, "at_least", "killed", "people", "deaths in Turkey and Syria", null, null, "asserts", "the headline's « Death toll passes 24,000 » is a mention"],
  [NP, "The death toll in Turkey has risen to 20,665", "20,665", 20665, 20665, 20665, "exact", "killed", "people", "deaths in Turkey", AFAD_EN, "2023-02-11", "asserts", "the speaker is named after the figure, « said on Saturday »"],
  [NP, "the death toll in government and opposition-held areas stands at 3,553", "3,553", 3553, 3553, 3553, "exact", "killed", "people", "deaths in Syria", null, null, "asserts", "a new paragraph about another country, which AFAD does not count: the article's own voice"],
  [NP, "There have been 1,891 aftershocks since the first quake", "1,891", 1891, 1891, 1891, "exact", "other", "aftershocks", "aftershocks since 6 February", AFAD_EN, null],
  [NP, "around 5 million people in Syria have been affected", "around 5 million", 5000000, 5000000, 5000000, "approx", "other", "people", "people affected in Syria", WHO_EN, null, "asserts", "« around 35 tons of vital medical equipment » is a weight, and « a second plane » an ordinal"],
  [NP, "In Aleppo, more than 200,000 people are homeless", "more than 200,000", 200000, 200000, null, "at_least", "displaced", "people", "people homeless in Aleppo", SHANKITI, null, "asserts", "the speaker is named after the figure; « A woman died » is no numeral"],

  // en04 — Wontumi Online, Saturday 11 February 2023
  [WO, "The death toll in Turkey and Syria has exceeded 24,000", "exceeded 24,000", 24000, 24000, null, "at_least", "killed", "people", "deaths in Turkey and Syria", null, null, "asserts", "the headline's « Death Toll Crosses 24,000 » is a mention; « the death toll of 17,000 from an earthquake in 1999 » is background, and « 48 hours », « 100 hours » are durations"],
  [WO, "At least 20,665 people were killed", "At least 20,665", 20665, 20665, null, "at_least", "killed", "people", "deaths in Turkey", TURKEY, null, "asserts", "the speaker is named after the figures"],
  [WO, "more than 80,000 injured, Turkey said", "more than 80,000", 80000, 80000, null, "at_least", "injured", "people", "injured in Turkey", TURKEY, null],
  [WO, "In northwest Syria, 2,166 people died", "2,166", 2166, 2166, 2166, "exact", "killed", "people", "deaths in northwest Syria", null, null, "asserts", "no speaker: Turkey, of the sentence before, does not count Syria's dead"],
  [WO, "and 2,950 were injured", "2,950", 2950, 2950, 2950, "exact", "injured", "people", "injured in northwest Syria", null, null],
  [WO, "state media reported 1,347 deaths", "1,347", 1347, 1347, 1347, "exact", "killed", "people", "deaths in government-held Syria", SY_STATE_MEDIA, null],
  [WO, "and 2,295 injured", "2,295", 2295, 2295, 2295, "exact", "injured", "people", "injured in government-held Syria", SY_STATE_MEDIA, null],

  // en05 — Breaking0News, Tuesday 7 February 2023
  [BN, "climbed to more than 6,300 people early Tuesday", "more than 6,300", 6300, 6300, null, "at_least", "killed", "people", "deaths in Turkey and Syria", null, "2023-02-07", "asserts", "the headline's « death toll tops 6,300 » is a mention"],
  [BN, "more than a dozen more quakes rattled the region", "more than a dozen", 12, 12, null, "at_least", "other", "quakes", "further quakes since the first", null, null, "asserts", "« one 7.5-magnitude jolt » is a magnitude"],
  [BN, "at least 14 large tremors", "at least 14", 14, 14, null, "at_least", "other", "tremors", "large tremors since the first quake", USGS, null, "asserts", "the speaker is named before the figure"],
  [BN, "and 285 aftershocks since Sunday evening", "285", 285, 285, 285, "exact", "other", "aftershocks", "aftershocks since the first quake", USGS, null, "asserts", "« at least » is read as bounding the first figure only; « Sunday evening » is when the count starts, not its date"],
  [BN, "warned that the death toll could reach 20,000", "20,000", 20000, 20000, 20000, "exact", "killed", "people", "deaths the WHO fears", WHO_EN, null, "asserts", "a projection, given as the figure it names"],
  [BN, "UNICEF officials said thousands of children may be among the fatalities", "thousands", 1000, null, null, "vague", "killed", "children", "children feared among the dead", UNICEF, null],
  [BN, "the death toll had climbed to 4,544 people by Tuesday afternoon", "4,544", 4544, 4544, 4544, "exact", "killed", "people", "deaths in Turkey", CNN, "2023-02-07", "asserts", "the speaker is named after the figure"],
  [BN, "In Syria, the death toll stood at more than 1,782", "more than 1,782", 1782, 1782, null, "at_least", "killed", "people", "deaths in Syria", SY_GOV_RESCUE, null],
  [BN, "some 13.5 million people were affected", "some 13.5 million", 13500000, 13500000, 13500000, "approx", "other", "people", "people affected in Turkey", TR_AUTHORITIES, null, "asserts", "280, 190 and 60 miles are distances"],

  // en06 — The Times of Israel, Saturday 1 July 2023
  [TI, "drew thousands to rallies across the country", "thousands", 1000, null, null, "vague", "participants", "people", "protesters across Israel, 26th weekend", null, null, "asserts", "« 26th week », « 26th weekend » are ordinals; the text names no day"],
  [TI, "Crowd Solutions estimated some 130,000 participants", "some 130,000", 130000, 130000, 130000, "approx", "participants", "people", "protesters at the Kaplan Street rally in Tel Aviv", CROWD_SOLUTIONS, null],
  [TI, "organizers put the number at some 150,000", "some 150,000", 150000, 150000, 150000, "approx", "participants", "people", "protesters at the Kaplan Street rally in Tel Aviv", IL_ORGANIZERS, null, "asserts", "the standfirst's « Organizers estimate some 150,000 at central rally » is a mention"],
  [TI, "the organizers claimed a turnout of some 286,000", "some 286,000", 286000, 286000, 286000, "approx", "participants", "people", "protesters across Israel", IL_ORGANIZERS, null],
  [TI, "police arrested two people for disrupting public order", "two", 2, 2, 2, "exact", "detained", "people", "protesters arrested for blocking the Ayalon Highway", IL_POLICE, null, "asserts", "the standfirst's « 2 arrested » is a mention; « Another protester was arrested » and the headline's « several arrested » give no numeral"],

  // en07 — Al-Manar English, Saturday 29 April 2023
  [AM, "around 200,000 Israeli people were gathered at the main protest in Tel Aviv", "around 200,000", 200000, 200000, 200000, "approx", "participants", "people", "protesters at the main rally in Tel Aviv", CROWD_SOLUTIONS, "2023-04-29", "asserts", "the rally of « Saturday evening »; Channel 13 reported the firm's estimate"],
  [AM, "Another 30,000 were estimated to be gathered in Haifa", "30,000", 30000, 30000, 30000, "exact", "participants", "people", "protesters in Haifa", CROWD_SOLUTIONS, "2023-04-29", "asserts", "« the company said », after the figures"],
  [AM, "18,000 in Kfar Saba", "18,000", 18000, 18000, 18000, "exact", "participants", "people", "protesters in Kfar Saba", CROWD_SOLUTIONS, "2023-04-29"],
  [AM, "and 16,000 in Netanya", "16,000", 16000, 16000, 16000, "exact", "participants", "people", "protesters in Netanya", CROWD_SOLUTIONS, "2023-04-29"],
  [AM, "Rallies were held in dozens of other locations", "dozens", 12, null, null, "vague", "other", "locations", "other places with rallies", null, "2023-04-29"],
  [AM, "Organizers claimed 430,000 participants", "430,000", 430000, 430000, 430000, "exact", "participants", "people", "protesters across Israel", [...IL_ORGANIZERS, "The Times of Israel", "Times of Israel"], "2023-04-29", "asserts", "the organisers' claim, as The Times of Israel reported it"],
  [AM, "police said officers detained five people", "five", 5, 5, 5, "exact", "detained", "people", "protesters detained trying to block the Ayalon Highway", IL_POLICE, "2023-04-29", "asserts", "« nearly four months » is a duration"],

  // fr01 — Le Soir, samedi 11 mars 2023
  [SO, "a rassemblé 368.000 personnes dans l’Hexagone", "368.000", 368000, 368000, 368000, "exact", "participants", "people", "manifestants en France, septième journée", FR_INTERIOR, null, "asserts", "the speaker is named after the figure; the text names no day for the seventh day"],
  [SO, "plus d’un million de protestataires", "plus d’un million", 1000000, 1000000, null, "at_least", "participants", "protesters", "manifestants en France, septième journée", CGT, null, "asserts", "« le nombre d’un million » of the next paragraph is a mention"],
  [SO, "33.000 personnes ont manifesté à Paris", "33.000", 33000, 33000, 33000, "exact", "participants", "people", "manifestants à Paris, septième journée", OCCURRENCE, null, "asserts", "an independent count for the press"],
  [SO, "avance, lui, 48.000 personnes dans les rues de la capitale", "48.000", 48000, 48000, 48000, "exact", "participants", "people", "manifestants à Paris, septième journée", FR_INTERIOR, null],
  [SO, "la CGT dénombre 300.000 manifestants", "300.000", 300000, 300000, 300000, "exact", "participants", "protesters", "manifestants à Paris, septième journée", CGT, null],
  [SO, "inférieur au 1,3 million de manifestants du 16 février", "1,3 million", 1300000, 1300000, 1300000, "exact", "participants", "protesters", "manifestants en France, 16 février 2023", CGT, "2023-02-16", "asserts", "the figure of « la centrale syndicale » of the clause"],
  [SO, "963.000 manifestants avaient été dénombrés dans tout le pays par le ministère de l’Intérieur", "963.000", 963000, 963000, 963000, "exact", "participants", "protesters", "manifestants en France, 11 février 2023", FR_INTERIOR, "2023-02-11", "asserts", "« Samedi 11 février »; « de 62 à 64 ans » are ages"],
  [SO, "Une trentaine d’interpellations à Paris", "Une trentaine", 30, 30, 30, "approx", "detained", "arrests", "interpellations à Paris, septième journée", null, null, "asserts", "a subheading, kept: the text under it stops mid-sentence and was dropped"],

  // fr02 — L'essentiel, mardi 7 mars 2023
  [LE, "La CGT a annoncé 3,5 millions de manifestants", "3,5 millions", 3500000, 3500000, 3500000, "exact", "participants", "protesters", "manifestants en France, 7 mars 2023", CGT, null, "asserts", "the day (« mardi ») is named only in the last paragraph"],
  [LE, "soit 1 million de plus que", "1 million", 1000000, 1000000, 1000000, "exact", "participants", "protesters", "hausse du nombre de manifestants sur le 31 janvier", CGT, null, "asserts", "a difference, counted as the cuts of blind-4 were"],
  [LE, "les 2,5 millions qu’elle avait décompté le 31 janvier", "2,5 millions", 2500000, 2500000, 2500000, "exact", "participants", "protesters", "manifestants en France, 31 janvier 2023", CGT, "2023-01-31"],
  [LE, "a chiffré à 1,28 million le nombre de manifestants", "1,28 million", 1280000, 1280000, 1280000, "exact", "participants", "protesters", "manifestants en France, 7 mars 2023", FR_INTERIOR, null],
  [LE, "son décompte du 31 janvier (1,27 million)", "1,27 million", 1270000, 1270000, 1270000, "exact", "participants", "protesters", "manifestants en France, 31 janvier 2023", FR_INTERIOR, "2023-01-31"],
  [LE, "À Paris, 22 personnes ont été interpellées.", "22", 22, 22, 22, "exact", "detained", "people", "interpellations à Paris", null, null],
  [LE, "entre 700’000 selon la CGT", "700’000", 700000, 700000, 700000, "exact", "participants", "protesters", "manifestants à Paris", CGT, null, "asserts", "« entre X selon A et Y pour B »: two counts, not a range"],
  [LE, "et 81’000 pour la préfecture", "81’000", 81000, 81000, 81000, "exact", "participants", "protesters", "manifestants à Paris", PREFECTURE, null, "asserts", "« 64 ans » is an age; the strike rates are percentages"],
  [LE, "entre 6000 (préfecture)", "6000", 6000, 6000, 6000, "exact", "participants", "protesters", "manifestants à Nice", PREFECTURE, "2023-03-07", "asserts", "« mardi » of the sentence before"],
  [LE, "et 30’000 (CGT) à Nice", "30’000", 30000, 30000, 30000, "exact", "participants", "protesters", "manifestants à Nice", CGT, "2023-03-07"],
  [LE, "entre 13’000", "13’000", 13000, 13000, 13000, "exact", "participants", "protesters", "manifestants à Bayonne", PREFECTURE, "2023-03-07", "asserts", "the pair after « entre 6000 (préfecture) et 30’000 (CGT) »: prefecture, then CGT"],
  [LE, "et 23’000 à Bayonne", "23’000", 23000, 23000, 23000, "exact", "participants", "protesters", "manifestants à Bayonne", CGT, "2023-03-07"],
  [LE, "entre 20’500", "20’500", 20500, 20500, 20500, "exact", "participants", "protesters", "manifestants à Grenoble", PREFECTURE, "2023-03-07"],
  [LE, "et 55’000 à Grenoble", "55’000", 55000, 55000, 55000, "exact", "participants", "protesters", "manifestants à Grenoble", CGT, "2023-03-07"],

  // fr03 — Actu17, jeudi 23 mars 2023
  [AC, "3,5 millions de personnes ont manifesté en France ce jeudi selon la CGT", "3,5 millions", 3500000, 3500000, 3500000, "exact", "participants", "people", "manifestants en France, 23 mars 2023", CGT, "2023-03-23", "asserts", "« Selon la CGT, 3,5 millions de personnes ont manifesté en France ce jeudi » further on is a mention"],
  [AC, "La police a dénombré de son côté 1,089 million de participants.", "1,089 million", 1089000, 1089000, 1089000, "exact", "participants", "people", "manifestants en France, 23 mars 2023", FR_POLICE, "2023-03-23", "asserts", "« contre 1,089 million selon la police » further on is a mention"],
  [AC, "un nouveau bilan de 149 policiers et gendarmes blessés ce jeudi", "149", 149, 149, 149, "exact", "injured", "police officers", "policiers et gendarmes blessés, 23 mars 2023", DARMANIN, "2023-03-23", "asserts", "the headline's « 149 policiers et gendarmes blessés » is a mention"],
  [AC, "26 CRS ont notamment été blessés à Nantes", "26", 26, 26, 26, "exact", "injured", "police officers", "CRS blessés à Nantes", null, "2023-03-23", "asserts", "« a appris Actu17 »: the outlet's own reporting"],
  [AC, "dont deux grièvement a appris Actu17", "deux", 2, 2, 2, "exact", "injured", "police officers", "CRS grièvement blessés à Nantes", null, "2023-03-23"],
  [AC, "\"172 personnes ont été interpellées", "172", 172, 172, 172, "exact", "detained", "people", "interpellations en France, 23 mars 2023", DARMANIN, "2023-03-23", "asserts", "the headline's « 172 interpellations » is a mention; « à 21h50 » is a time"],
  [AC, "dont 77 à Paris\"", "77", 77, 77, 77, "exact", "detained", "people", "interpellations à Paris, 23 mars 2023", DARMANIN, "2023-03-23"],
  [AC, "140 incendies ont été éteints", "140", 140, 140, 140, "exact", "damage", "fires", "incendies éteints à Paris", DARMANIN, "2023-03-23", "asserts", "« a-t-il poursuivi »: the minister, after the figures"],
  [AC, "et 50 sont toujours en cours dans la capitale", "50", 50, 50, 50, "exact", "damage", "fires", "incendies en cours à Paris", DARMANIN, "2023-03-23"],
  [AC, "la présence de \"1500 casseurs\"", "1500", 1500, 1500, 1500, "exact", "participants", "people", "casseurs dans le cortège parisien", DARMANIN, "2023-03-23", "asserts", "« une dixième journée » is an ordinal"],

  // fr04 — Le Vif, mardi 21 février 2023
  [LV, "met en doute les chiffres officiels du nombre de morts", null, null, null, null, null, "killed", "people", "le bilan officiel des morts en Turquie", TTB, null, "denies", "« Nous avons nos doutes au sujet de ces chiffres » is a mention; « Il est possible que les chiffres officiels soient trop bas » is the article's own hedge on the same doubt"],
  [LV, "Lorsque par exemple 6.000 morts ont été recensés à Kahramanmaras", "6.000", 6000, 6000, 6000, "exact", "killed", "people", "morts recensés à Kahramanmaras", BULUT, null, "asserts", "in Bulut's quote"],
  [LV, "les funérailles de 11.000 personnes y sont pourtant enregistrées", "11.000", 11000, 11000, 11000, "exact", "killed", "people", "funérailles enregistrées à Kahramanmaras", BULUT, null],
  [LV, "Deux séismes de forte puissance (6,4 et 5,8)", "Deux", 2, 2, 2, "exact", "other", "earthquakes", "nouveaux séismes du 20 février 2023", null, "2023-02-20", "asserts", "6,4 and 5,8 are magnitudes; « lundi soir »"],
  [LV, "qui a fait plus de 45.000 morts dans les deux pays", "plus de 45.000", 45000, 45000, null, "at_least", "killed", "people", "morts du séisme du 6 février en Turquie et en Syrie", null, null],
  [LV, "dont environ 41.000 en Turquie", "environ 41.000", 41000, 41000, 41000, "approx", "killed", "people", "morts du séisme en Turquie", null, null],
  [LV, "s’approche davantage des 60.000", "60.000", 60000, 60000, 60000, "approx", "killed", "people", "morts du séisme, selon la fédération des médecins", BULUT, null, "asserts", "« s’approche davantage des »: an approximation; Bulut calls it no objective estimate"],

  // fr05 — Senego, lundi 6 février 2023
  [SE, "Le bilan passe à plus de 3 500 morts", "plus de 3 500", 3500, 3500, null, "at_least", "killed", "people", "morts en Turquie et en Syrie", null, null, "asserts", "the headline's own rounding of the 3 613 below"],
  [SE, "et 13 000 blessés", "13 000", 13000, 13000, null, "at_least", "injured", "people", "blessés en Turquie et en Syrie", null, null, "asserts", "« plus de » bounds both figures of the headline"],
  [SE, "a fait 2 316 morts", "2 316", 2316, 2316, 2316, "exact", "killed", "people", "morts en Turquie", AFAD_FR, "2023-02-06", "asserts", "the speaker is named after the figures; the data of « 23 h 30 » on Monday"],
  [SE, "et 13 293 blessés", "13 293", 13293, 13293, 13293, "exact", "injured", "people", "blessés en Turquie", AFAD_FR, "2023-02-06"],
  [SE, "Cela porte à 3 613 le nombre total de morts", "3 613", 3613, 3613, 3613, "exact", "killed", "people", "morts en Turquie et en Syrie", null, null, "asserts", "the article's own sum; 7,5 and 6 are magnitudes, « une centaine de kilomètres » a distance"],

  // fr06 — Defimedia, mardi 7 février 2023
  [DM, "dépasse désormais les 7.800 morts en Turquie et en Syrie", "7.800", 7800, 7800, null, "at_least", "killed", "people", "morts en Turquie et en Syrie", null, "2023-02-07", "asserts", "the headline's « plus de 7 800 morts » is a mention; « mardi soir »"],
  [DM, "Vingt-trois millions de personnes sont", "Vingt-trois millions", 23000000, 23000000, 23000000, "exact", "other", "people", "personnes potentiellement exposées", WHO_FR, null, "asserts", "the speaker is named after the quote; « huit fois plus élevés » is a ratio"],
  [DM, "dont environ cinq millions de personnes vulnérables", "environ cinq millions", 5000000, 5000000, 5000000, "approx", "other", "people", "personnes vulnérables exposées", WHO_FR, null],
  [DM, "pas moins de 185 répliques", "pas moins de 185", 185, 185, null, "at_least", "other", "aftershocks", "répliques depuis le séisme", null, null, "asserts", "« l'une de 7,5 », « une autre de 5,5 » are magnitudes; the 17.000 dead of 1999 are background, « sept jours » a duration"],
  [DM, "Le décompte des morts s'y établit pour le moment à 5.894.", "5.894", 5894, 5894, 5894, "exact", "killed", "people", "morts en Turquie", null, "2023-02-07"],
  [DM, "En Syrie, 1.932 morts ont pour l'instant été recensés", "1.932", 1932, 1932, 1932, "exact", "killed", "people", "morts en Syrie", null, "2023-02-07"],
  [DM, "soit un total provisoire de 7.826", "7.826", 7826, 7826, 7826, "exact", "killed", "people", "morts en Turquie et en Syrie", null, "2023-02-07"],
  [DM, "des centaines de personnes restent piégées sous les décombres", "des centaines", 100, null, null, "vague", "other", "people", "personnes piégées sous les décombres en Syrie", WHITE_HELMETS_FR, null, "asserts", "the speaker is named after the quote; « plus du quart des décès » is a fraction"],

  // fr07 — La Libre Belgique (Belga), samedi 3 juin 2023
  [LL, "quelque 100.000 manifestants se sont rassemblés à Tel-Aviv", "quelque 100.000", 100000, 100000, 100000, "approx", "participants", "protesters", "manifestants à Tel-Aviv", IL_MEDIA_FR, null, "asserts", "« plus de 9 millions d'habitants » is the population; « La police elle ne communique pas de chiffres » declines to count, it denies no figure"],
  [LL, "plusieurs centaines d'Israéliens s'étaient rassemblés", "plusieurs centaines", 200, null, 999, "vague", "participants", "people", "manifestants devant la résidence de Netanyahu à Césarée", null, "2023-06-02", "asserts", "« Vendredi soir »"],
  [LL, "d'au moins 17 arrestations", "au moins 17", 17, 17, null, "at_least", "detained", "arrests", "arrestations à Césarée", null, "2023-06-02", "asserts", "« qualifiée de \"non autorisée\" par la police »: the police name the rally, not the count"],
];
export default CLAIMS;
