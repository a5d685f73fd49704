// Articles about three events none of the other sets covers, annotated from the
// texts alone before the extractor was run on them: cyclone Chido in Mayotte
// (14 December 2024), a toll the authorities give as 11, 14, then 22 dead while
// the prefect expects "several hundred", perhaps "a few thousand"; the 2022
// Pakistan floods, the National Disaster Management Authority's toll that rises
// day by day (728 … 1,731), with its daily and provincial counts; the protests
// after the Myanmar coup of 1 February 2021, the Assistance Association for
// Political Prisoners' counts (70, 183, 320, 618) against the junta's 248,
// disputed by the army. Background figures are left out: Mayotte's 320,000
// residents, Pakistan's 160 districts, the 1988 death of Phone Maw, distances,
// wind speeds, ages and durations ("24 heures", "six semaines").
const PREFECT_EN = ["Francois-Xavier Bieuville", "François-Xavier Bieuville", "Bieuville", "prefect Francois-Xavier Bieuville", "prefect", "the prefect", "Mayotte Prefect Francois-Xavier Bieuville", "Mayotte Prefect", "local authorities", "Local authorities", "island's top government official", "top government official", "préfet", "préfet de Mayotte"];
const PREFECT_FR = ["François-Xavier Bieuville", "Bieuville", "préfet de Mayotte", "le préfet de Mayotte", "préfet", "le préfet", "prefect", "Mayotte prefect"];
const MAYOR = ["Ambdilwahedou Soumaila", "Soumaila", "mayor of Mayotte's capital Mamoudzou", "mayor of Mamoudzou", "mayor", "the mayor", "maire de Mamoudzou", "maire", "le maire"];
const MAYOR_FR = ["Ambdilwahedou Soumaila", "Soumaila", "maire de Mamoudzou", "le maire de Mamoudzou", "maire", "le maire", "mayor of Mamoudzou", "centre hospitalier de l’île", "centre hospitalier de l'île", "CHM", "centre hospitalier de Mayotte"];
const SECURITY_SOURCE = ["security source", "a security source", "AFP", "source sécuritaire"];
const OFFICIALS = ["Officials", "officials", "authorities", "autorités"];
const FR_INTERIOR = ["ministère de l’Intérieur", "ministère de l'Intérieur", "le ministère de l’Intérieur", "le ministère de l'Intérieur", "ministère", "le ministère", "Interior Ministry", "interior ministry", "French interior ministry"];
const NDMA = ["National Disaster Management Authority", "the National Disaster Management Authority", "NDMA", "National Disaster Management Authority (NDMA)", "Autorité nationale de gestion des catastrophes", "l'Autorité nationale de gestion des catastrophes", "Autorité nationale de gestion des catastrophes (NDMA)", "NDMA's report", "report", "rapport", "le rapport", "Pakistan's National Disaster Management Authority"];
const AAPP = ["Assistance Association for Political Prisoners", "the Assistance Association for Political Prisoners", "Assistance Association for Political Prisoners (AAPP)", "AAPP", "Association d'assistance aux prisonniers politiques", "l'Association d'assistance aux prisonniers politiques", "Association d'assistance aux prisonniers politiques (AAPP)", "civil society group", "The civil society group", "civil society group that monitors political prisoners in Myanmar", "ONG", "cette ONG", "une ONG", "NGO"];
const AAPP_MN = [...AAPP, "Myanmar Now", "site d'information Myanmar Now", "le site d'information Myanmar Now", "L'AAPP et le site d'information Myanmar Now"];
const JUNTA = ["Zaw Min", "le général Zaw Min", "général Zaw Min", "porte-parole de la junte", "le porte-parole de la junte", "junte", "la junte", "armée", "l'armée", "junta", "army", "military"];
const ARMY = ["armée", "l'armée", "army", "junte", "la junte", "junta", "military", "Tatmadaw"];
const WITNESSES = ["witnesses and local media", "witnesses", "local media", "witnesses, local media"];

const NI = "en01_newindianexpress_mayotte.txt";
const TJ = "en02_thejournal_mayotte.txt";
const PT = "en03_pakistantoday_pakistan.txt";
const DS = "en04_dailysabah_pakistan.txt";
const MI = "en05_minanews_myanmar.txt";
const BK = "en06_bakhabar_myanmar.txt";
const EC = "fr01_economistemaghrebin_mayotte.txt";
const LB = "fr02_liberation_mayotte.txt";
const SP = "fr03_sputnikafrique_pakistan.txt";
const DK = "fr04_dknews_pakistan.txt";
const LR = "fr05_lareference_birmanie.txt";
const BO = "fr06_boursier_birmanie.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — The New Indian Express (AFP), Sunday 15 December 2024
  [NI, "was \"definitely several hundred\"", "several hundred", 200, null, 999, "vague", "killed", "people", "the likely death toll of cyclone Chido", PREFECT_EN, "2024-12-15", "asserts", "the prefect's quote « there will definitely be several hundred » is a mention"],
  [NI, "perhaps we will come close to a thousand", "close to a thousand", 1000, 1000, 1000, "approx", "killed", "people", "the prefect's estimate of the toll", PREFECT_EN, "2024-12-15", "asserts", "the speaker is named after the quote"],
  [NI, "or even several thousand\" deaths", "several thousand", 2000, null, 9999, "vague", "killed", "people", "the prefect's highest estimate of the toll", PREFECT_EN, "2024-12-15"],
  [NI, "had confirmed only 14 deaths", "14", 14, 14, 14, "exact", "killed", "people", "deaths confirmed, the previous toll", SECURITY_SOURCE, null],
  [NI, "nine people were gravely wounded", "nine", 9, 9, 9, "exact", "injured", "people", "gravely wounded in hospital", MAYOR, null],
  [NI, "while 246 more were seriously injured", "246", 246, 246, 246, "exact", "injured", "people", "seriously injured", MAYOR, null, "asserts", "« Mayotte's 320,000 residents » is the population: background"],

  // en02 — TheJournal.ie, Sunday 15 December 2024
  [TJ, "is “several hundred”", "several hundred", 200, null, 999, "vague", "killed", "people", "the death toll of cyclone Chido", PREFECT_EN, null, "asserts", "« the island's top government official has said »: the prefect; his quote « some several hundred dead » is a mention"],
  [TJ, "may be close to 1,000", "close to 1,000", 1000, 1000, 1000, "approx", "killed", "people", "the prefect's estimate of the toll", PREFECT_EN, null, "asserts", "« maybe we'll get close to a thousand » in the quote is a mention"],
  [TJ, "Officials had confirmed at least 11 deaths in Mayotte earlier on Sunday", "at least 11", 11, 11, null, "at_least", "killed", "people", "deaths confirmed", OFFICIALS, "2024-12-15"],

  // en03 — Pakistan Today, Sunday 23 October 2022
  [PT, "has risen to 1,731", "1,731", 1731, 1731, 1731, "exact", "killed", "people", "deaths in the monsoon floods since mid-June", NDMA, null, "asserts", "the headline's « rises to 1,731 » is a mention"],
  [PT, "along with 12,867 injuries", "12,867", 12867, 12867, 12867, "exact", "injured", "people", "injured in the floods since mid-June", NDMA, null],
  [PT, "645 children", "645", 645, 645, 645, "exact", "killed", "people", "children among the dead", NDMA, "2022-10-22"],
  [PT, "and 350 women were among those who lost their lives", "350", 350, 350, 350, "exact", "killed", "people", "women among the dead", NDMA, "2022-10-22"],
  [PT, "where 792 people were killed", "792", 792, 792, 792, "exact", "killed", "people", "deaths in Sindh", NDMA, null, "asserts", "left to the NDMA of the sentence before"],
  [PT, "followed by Balochistan with 336 deaths", "336", 336, 336, 336, "exact", "killed", "people", "deaths in Balochistan", NDMA, null],
  [PT, "reported 308", "308", 308, 308, 308, "exact", "killed", "people", "deaths in Khyber Pakhtunkhwa", NDMA, null],
  [PT, "and 223 deaths, respectively", "223", 223, 223, 223, "exact", "killed", "people", "deaths in Punjab", NDMA, null],
  [PT, "Over 33 million people", "Over 33 million", 33000000, 33000000, null, "at_least", "other", "people", "people affected by the floods", NDMA, null, "asserts", "« it added »: the NDMA"],
  [PT, "and 85 districts across Pakistan", "85", 85, 85, 85, "exact", "other", "districts", "districts affected by the floods", NDMA, null],

  // en04 — Daily Sabah, Wednesday 31 August 2022
  [DS, "millions of people displaced by widespread flooding", "millions", 1000000, null, null, "vague", "displaced", "people", "people displaced by the floods", null, "2022-08-31", "asserts", "left out at first annotation and added after the first run, where it showed as a false positive: a count of the displaced by the README's rules"],
  [DS, "claimed more than 1,160 lives this summer", "more than 1,160", 1160, 1160, null, "at_least", "killed", "people", "deaths in the monsoon floods", null, "2022-08-31"],
  [DS, "said that 1,162 people", "1,162", 1162, 1162, 1162, "exact", "killed", "people", "deaths in the floods since mid-June", NDMA, null],
  [DS, "including 384 children", "384", 384, 384, 384, "exact", "killed", "people", "children among the dead", NDMA, null],
  [DS, "and 231 women, had died", "231", 231, 231, 231, "exact", "killed", "people", "women among the dead", NDMA, null],
  [DS, "More than 33 million people", "More than 33 million", 33000000, 33000000, null, "at_least", "other", "people", "people affected by the floods", null, null],
  [DS, "in some 116 of Pakistan's", "some 116", 116, 116, 116, "approx", "other", "districts", "districts affected by the floods", null, null, "asserts", "« 160 administrative districts » is background"],
  [DS, "with at least 72 districts being declared disaster areas", "at least 72", 72, 72, null, "at_least", "other", "districts", "districts declared disaster areas", null, null],

  // en05 — MINA, Friday 26 March 2021
  [MI, "there were 320 people killed in Myanmar", "320", 320, 320, 320, "exact", "killed", "people", "protesters killed since the coup", AAPP, null, "asserts", "the headline's « As 320 People Killed » (NGO) is a mention"],
  [MI, "an additional 34 people died on Thursday", "34", 34, 34, 34, "exact", "killed", "people", "protesters killed on 25 March", AAPP, "2021-03-25"],

  // en06 — Bakhabar News, Saturday 13 March 2021
  [BK, "killing at least four people", "at least four", 4, 4, null, "at_least", "killed", "people", "protesters killed on 13 March", WITNESSES, "2021-03-13", "asserts", "the speakers are named after the figure"],
  [BK, "Three deaths were reported in Mandalay", "Three", 3, 3, 3, "exact", "killed", "people", "deaths in Mandalay", null, null, "asserts", "passive with no agent"],
  [BK, "and one in Pyay", "one", 1, 1, 1, "exact", "killed", "people", "deaths in Pyay", null, null],
  [BK, "More than 70 people have been killed in Myanmar", "More than 70", 70, 70, null, "at_least", "killed", "people", "protesters killed since the coup", AAPP, null, "asserts", "the speaker is named after the figure; « in 1988 » is a year"],

  // fr01 — L'Économiste Maghrébin, dimanche 15 décembre 2024
  [EC, "a entraîné la mort d’au moins 14 personnes, selon l’AFP", "au moins 14", 14, 14, null, "at_least", "killed", "people", "morts du cyclone Chido", ["AFP", "l’AFP", "l'AFP", "Agence France-Presse"], null],
  [EC, "avait pris en charge 9 blessés graves", "9", 9, 9, 9, "exact", "injured", "people", "blessés graves pris en charge", MAYOR_FR, null],
  [EC, "et 246 blessés plus légèrement touchés", "246", 246, 246, 246, "exact", "injured", "people", "blessés légers pris en charge", MAYOR_FR, null],
  [EC, "plus de 15 000 foyers sont privés d’électricité", "plus de 15 000", 15000, 15000, null, "at_least", "other", "households", "foyers privés d'électricité", ["Agnès Pannier-Runacher", "Pannier-Runacher", "ministre démissionnaire de la Transition écologique", "ministre de la Transition écologique"], null],
  [EC, "162 militaires de la sécurité civile et des sapeurs-pompiers", "162", 162, 162, 162, "exact", "deployed", "personnel", "renforts envoyés de l'Hexagone", null, null],
  [EC, "renforceront les 110 personnels déjà sur place", "110", 110, 110, 110, "exact", "deployed", "personnel", "personnels de secours déjà sur place", null, null, "asserts", "« 90 ans », « 220 km/h » are not counts"],

  // fr02 — Libération, mardi 17 décembre 2024
  [LB, "22 morts", "22", 22, 22, 22, "exact", "killed", "people", "morts du cyclone Chido", FR_INTERIOR, "2024-12-17", "asserts", "the speaker is named after the figures"],
  [LB, "45 blessés en «urgence absolue»", "45", 45, 45, 45, "exact", "injured", "people", "blessés en urgence absolue", FR_INTERIOR, "2024-12-17"],
  [LB, "1 373 blessés en «urgence relative»", "1 373", 1373, 1373, 1373, "exact", "injured", "people", "blessés en urgence relative", FR_INTERIOR, "2024-12-17"],
  [LB, "«Sans doute plusieurs centaines» de victimes", "plusieurs centaines", 200, null, 999, "vague", "killed", "people", "morts redoutés par le préfet", PREFECT_FR, "2024-12-15", "asserts", "« avait prévenu dès dimanche »"],
  [LB, "«voire quelques milliers»", "quelques milliers", 2000, null, 9999, "vague", "killed", "people", "estimation haute du préfet", PREFECT_FR, "2024-12-15"],

  // fr03 — Sputnik Afrique, mercredi 14 septembre 2022
  [SP, "Au moins 54 personnes ont péri", "Au moins 54", 54, 54, null, "at_least", "killed", "people", "morts des dernières 24 heures", null, null, "asserts", "the headline's « au moins 54 morts en 24 heures » is a mention"],
  [SP, "et six autres blessées dans des inondations", "six", 6, 6, 6, "exact", "injured", "people", "blessés des dernières 24 heures", null, null],
  [SP, "18 enfants", "18", 18, 18, 18, "exact", "killed", "people", "enfants parmi les morts des dernières 24 heures", NDMA, "2022-09-13"],
  [SP, "et 10 femmes figurent parmi les personnes", "10", 10, 10, 10, "exact", "killed", "people", "femmes parmi les morts des dernières 24 heures", NDMA, "2022-09-13"],
  [SP, "la plus touchée avec 44 morts", "44", 44, 44, 44, "exact", "killed", "people", "morts dans le Sindh, dernières 24 heures", NDMA, null, "asserts", "« précise le rapport »"],
  [SP, "qui a enregistré huit décès", "huit", 8, 8, 8, "exact", "killed", "people", "morts au Baloutchistan, dernières 24 heures", NDMA, null],
  [SP, "huit décès et six blessés", "six", 6, 6, 6, "exact", "injured", "people", "blessés au Baloutchistan, dernières 24 heures", NDMA, null],
  [SP, "4.453 habitations ont été détruites", "4.453", 4453, 4453, 4453, "exact", "damage", "houses", "habitations détruites en 24 heures", NDMA, null, "asserts", "left to the report of the sentence before"],
  [SP, "24.869 animaux d'élevage ont péri", "24.869", 24869, 24869, 24869, "exact", "other", "livestock", "bétail mort en 24 heures", NDMA, null],
  [SP, "s'élève à environ 1.481 morts", "environ 1.481", 1481, 1481, 1481, "approx", "killed", "people", "morts des inondations depuis la mi-juin", NDMA, null, "asserts", "left to the report of the sentences before"],
  [SP, "et 12.748 blessés", "12.748", 12748, 12748, 12748, "exact", "injured", "people", "blessés des inondations depuis la mi-juin", NDMA, null],

  // fr04 — DK News, vendredi 9 septembre 2022
  [DK, "Au moins 36 personnes ont été tuées", "Au moins 36", 36, 36, null, "at_least", "killed", "people", "morts des dernières 24 heures", NDMA, null, "asserts", "the speaker is named after the figure"],
  [DK, "au moins 15 enfants", "au moins 15", 15, 15, null, "at_least", "killed", "people", "enfants parmi les morts des dernières 24 heures", NDMA, "2022-09-08"],
  [DK, "et six femmes figuraient", "six", 6, 6, null, "at_least", "killed", "people", "femmes parmi les morts des dernières 24 heures", NDMA, "2022-09-08", "asserts", "« au moins » governs both members"],
  [DK, "la plus touchée avec 35 morts", "35", 35, 35, 35, "exact", "killed", "people", "morts dans le Sindh, dernières 24 heures", NDMA, null, "asserts", "« selon le rapport »"],
  [DK, "un décès a été signalé", "un", 1, 1, 1, "exact", "killed", "people", "mort au Khyber Pakhtunkhwa, dernières 24 heures", NDMA, null],
  [DK, "26.652 maisons ont été détruites", "26.652", 26652, 26652, 26652, "exact", "damage", "houses", "maisons détruites en 24 heures", NDMA, null, "asserts", "« ajoute le rapport »"],
  [DK, "1.521 têtes de bétail", "1.521", 1521, 1521, 1521, "exact", "other", "livestock", "bétail mort en 24 heures", NDMA, null],
  [DK, "est passé à environ 1.391", "environ 1.391", 1391, 1391, 1391, "approx", "killed", "people", "morts des inondations depuis la mi-juin", NDMA, null],
  [DK, "avec 12.722 blessés", "12.722", 12722, 12722, 12722, "exact", "injured", "people", "blessés des inondations depuis la mi-juin", NDMA, null],
  [DK, "1.739.166 habitations ont été détruites", "1.739.166", 1739166, 1739166, 1739166, "exact", "damage", "houses", "habitations détruites depuis la mi-juin", NDMA, null, "asserts", "« a-t-il précisé »: the NDMA"],
  [DK, "environ 754.708 têtes de bétail", "environ 754.708", 754708, 754708, 754708, "approx", "other", "livestock", "bétail mort depuis la mi-juin", NDMA, null],
  [DK, "177.265 personnes avaient été secourues", "177.265", 177265, 177265, 177265, "exact", "other", "people", "personnes secourues", NDMA, null],
  [DK, "663.869 autres vivaient", "663.869", 663869, 663869, 663869, "exact", "displaced", "people", "personnes vivant dans des camps", NDMA, null],

  // fr05 — La Référence, samedi 10 avril 2021
  [LR, "Plus de 80 morts dans la répression", "Plus de 80", 80, 80, null, "at_least", "killed", "people", "morts de la répression à Bago", null, null, "asserts", "the headline's rounding of the 82 below: a figure of its own"],
  [LR, "ont rapporté samedi que 82 personnes avaient trouvé la mort", "82", 82, 82, 82, "exact", "killed", "people", "morts de la répression à Bago", AAPP_MN, "2021-04-10"],
  [LR, "avait auparavant annoncé que 618 personnes avaient été tuées", "618", 618, 618, 618, "exact", "killed", "people", "tués depuis le putsch", AAPP, null],
  [LR, "Ce chiffre est contesté par l'armée", null, null, null, null, null, "killed", "people", "the army disputes the AAPP's 618", ARMY, null, "denies"],
  [LR, "l'armée avait recensé 248 décès parmi les civils", "248", 248, 248, 248, "exact", "killed", "people", "civils tués selon l'armée", JUNTA, "2021-04-09", "asserts", "« a déclaré vendredi lors d'une conférence de presse »"],
  [LR, "et 16 parmi les forces de sécurité", "16", 16, 16, 16, "exact", "killed", "soldiers", "membres des forces de sécurité tués selon l'armée", JUNTA, "2021-04-09", "asserts", "« environ 90 kilomètres » is a distance"],

  // fr06 — Boursier.com (Reuters), lundi 15 mars 2021
  [BO, "(Reuters) - Plus de 180 personnes ont été tuées", "Plus de 180", 180, 180, null, "at_least", "killed", "people", "manifestants tués depuis le coup d'État", AAPP, "2021-03-15", "asserts", "the headline's « Plus de 180 morts … selon une ONG » is a mention"],
  [BO, "a coûté la vie à 183 protestataires", "183", 183, 183, 183, "exact", "killed", "protesters", "manifestants tués depuis le coup d'État", AAPP, null],
  [BO, "Au moins vingt personnes ont été tuées lundi", "Au moins vingt", 20, 20, null, "at_least", "killed", "people", "tués le 15 mars", AAPP, "2021-03-15", "asserts", "« a ajouté l'AAPP »"],
  [BO, "et 74 dimanche", "74", 74, 74, 74, "exact", "killed", "people", "tués le 14 mars", AAPP, "2021-03-14", "asserts", "« six semaines » is a duration"],
];
export default CLAIMS;
