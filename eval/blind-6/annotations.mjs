// Articles about four events none of the other sets covers, annotated before
// any rule was tuned on them: the Herat earthquakes in western Afghanistan (7
// October 2023), a toll the Taliban gave as about 100, then 2,000, 2,053 and
// more than 2,500, and cut to "around 1,000" on 11 October, against the UN's
// 320, then 1,023, and the Red Crescent's 500; the protests in Iran after Mahsa
// Amini's death (September–November 2022), the rising counts of the Oslo-based
// Iran Human Rights against the official 41 and a Revolutionary Guards
// commander's "more than 300"; the student-led protests in Serbia (2025), the
// interior ministry's 107,000 and 36,000 against the Public Assembly Archive's
// 275,000–325,000 and 140,000, and the 15 then 16 dead of the Novi Sad canopy
// collapse that set them off; Bangladesh's protests of July–August 2024, a toll
// counted from hospitals and the police, 201 then more than 300.
// Not counts: magnitudes, distances ("35 kilometres", "deux kilomètres"),
// percentages ("100 percent of homes", "80% de la population"), ages, years,
// times of day, money ("$5 million"), durations ("15 minutes de silence",
// "depuis sept mois"), the name of the march « 15. za 15 », "a fourth night".
// A figure restated in the passive with no agent ("Plus de 90 décès avaient été
// signalés auparavant") has no speaker. A revised toll is an update, not a
// denial; "d'autres journalistes disent qu'il y en avait beaucoup plus" disputes
// the police's 36,000.
const TALIBAN = ["Taliban administration", "the Taliban administration", "Taliban", "the Taliban", "Taliban government", "the Taliban government", "Taliban-run government", "Afghan authorities", "authorities", "talibans", "les talibans", "autorités talibanes", "les autorités talibanes", "autorités afghanes", "les autorités afghanes", "autorités", "gouvernement taliban"];
const TALIBAN_DISASTERS = ["Ministry of Disasters", "the Taliban's Ministry of Disasters", "Taliban's Ministry of Disasters", "State Ministry for Disaster Management", "Taliban-run State Ministry for Disaster Management", "Ministry for Disaster Management", "ministry", "the ministry", "Mullah Janan Sayeeq", "Janan Sayeeq", "Sayeeq", "Janan Saiq", "Saiq", "spokesman", "spokesman for the ministry", ...TALIBAN];
const TALIBAN_INFO = ["Abdul Wahid Rayan", "Rayan", "Ministry of Information and Culture", "spokesman at the Ministry of Information and Culture", "ministère de l'Information et de la Culture", "ministère de l’Information et de la Culture", "porte-parole du ministère de l'Information et de la Culture", "porte-parole du ministère de l’Information et de la Culture", "ministère", ...TALIBAN];
const UN_HERAT = ["UN", "the UN", "United Nations", "Nations Unies", "les Nations Unies", "ONU", "l'ONU"];
const OCHA = ["UN Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs", "OCHA", "UNOCHA", "UN OCHA", "the report", "report", "UN agency", "the UN agency", ...UN_HERAT];
const RED_CRESCENT = ["Red Crescent", "the Red Crescent", "Afghan Red Crescent", "Croissant-Rouge", "le Croissant-Rouge", "Croissant Rouge"];
const WHO = ["World Health Organisation", "World Health Organization", "the World Health Organisation in Afghanistan", "World Health Organisation in Afghanistan", "WHO", "Organisation mondiale de la santé", "OMS", "l'OMS"];
const EBAD = ["Public Health Minister Qalandar Ebad", "Qalandar Ebad", "Ebad", "Public Health Minister", "public health ministry", "Ministry of Public Health", ...TALIBAN];
const SHAHEEN = ["Suhail Shaheen", "Shaheen", "un haut dirigeant taliban", "haut dirigeant taliban", "dirigeant taliban", "porte-parole des talibans", "le porte-parole des talibans", ...TALIBAN];
const AF_DISASTER_AUTHORITY = ["L’autorité nationale chargée des catastrophes", "autorité nationale chargée des catastrophes", "l'autorité nationale chargée des catastrophes", "autorité nationale", "national disaster authority", "Afghan National Disaster Management Authority", "autorités afghanes", "autorités"];
const TOLONEWS = ["Tolonews", "média afghan", "le média afghan", "TOLOnews"];
const IHR = ["Iran Human Rights", "IHR", "Iran Human Rights (IHR)", "Norway-based Iran Human Rights", "Norway-based Iran Human Rights (IHR) NGO", "NGO", "the NGO", "rights group", "Rights group", "a Norway-based human rights group", "Norway-based human rights group", "human rights group", "the group", "group", "It", "it", "They", "ONG", "l'ONG", "l’ONG", "ONG Iran Human Rights", "l’ONG Iran Human Rights", "l’ONG iranienne Human Rights", "ONG iranienne Human Rights", "Human Rights", "une ONG", "des ONG", "ONG présentes dans plusieurs villes du pays", "des ONG présentes dans plusieurs villes du pays", "Mahmood Amiry-Moghaddam", "Amiry-Moghaddam", "IHR director Mahmood Amiry-Moghaddam"];
const IRAN_OFFICIAL = ["Iran's official toll", "Iran’s official toll", "official toll", "Iranian authorities", "authorities", "Iran", "officials", "Iranian officials", "state television", "state TV"];
const HAJIZADEH = ["General Amir Ali Hajizadeh", "Amir Ali Hajizadeh", "Hajizadeh", "Mr Hajizadeh", "The General", "General", "commander of the Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"];
const IRAN_STATE = ["Iran", "Iranian authorities", "authorities", "Iranian officials", "officials", "Iranian government", "government"];
const OFFICIAL_FR = ["bilan officiel", "un bilan officiel", "officiel", "autorités", "les autorités", "autorités iraniennes", "les autorités iraniennes", "official toll", "authorities"];
const SERBIA_INTERIOR = ["Serbian Ministry of Internal Affairs", "Ministry of Internal Affairs", "the Serbian Ministry of Internal Affairs", "Interior Ministry", "interior ministry", "Serbian Interior Ministry", "ministry", "police", "Serbian police", "authorities", "autorités", "les autorités", "ministère de l'Intérieur", "ministère de l’Intérieur", "police", "la police"];
const SERBIA_POLICE_FR = ["La police", "police", "la police", "police serbe", "ministère de l'Intérieur", "ministère de l’Intérieur", "autorités", "Serbian police", "Interior Ministry"];
const ASSEMBLY_ARCHIVE = ["Public Assembly Archive", "The Public Assembly Archive", "the Public Assembly Archive", "Public Gatherings Archive", "Archive of Public Gatherings", "Arhiv javnih skupova", "a group that monitors crowd size", "group that monitors crowd size", "group"];
const INDEPENDENT_FR = ["sources indépendantes", "des sources indépendantes", "Un organisme indépendant", "organisme indépendant", "un organisme indépendant", "observateurs indépendants", "Archive des rassemblements publics", "Public Assembly Archive", "Arhiv javnih skupova"];
const BD_OFFICIALS = ["officials", "local media", "officials and local media", "according to officials and local media", "Anadolu", "Anadolu Agency"];
const BACHCHU_MIA = ["Inspector Bachchu Mia", "Bachchu Mia", "Mia", "Inspector", "police outpost at Dhaka Medical College and Hospital", "police outpost", "police", "Dhaka Medical College and Hospital", "DMCH"];
const ANJUMAN = ["Anjuman Mufidul Islam", "Kamrul Ahmed", "local welfare organization", "a local welfare organization", "welfare organization", "the organization", "organization"];
const AFP_BD = ["AFP", "l’AFP", "l'AFP", "Agence France-Presse", "police et des hôpitaux", "données de la police et des hôpitaux", "police", "hôpitaux", "TASS"];

const NA = "en01_thenational_herat.txt";
const AM = "en02_amutv_herat.txt";
const ND = "en03_ndtv_herat.txt";
const KT = "en04_khaleejtimes_iran.txt";
const MN = "en05_muslimnetwork_iran.txt";
const NL = "en06_newslanes_iran.txt";
const TT = "en07_taipeitimes_serbia.txt";
const AN = "en08_anews_bangladesh.txt";
const TF = "fr01_topfm_herat.txt";
const AW = "fr02_alwihdainfo_herat.txt";
const N24 = "fr03_news24_herat.txt";
const SN = "fr04_senenews_iran.txt";
const UN = "fr05_universnews_iran.txt";
const RE = "fr06_regardest_serbie.txt";
const MA = "fr07_motsactu_serbie.txt";
const AG = "fr08_agpguinee_bangladesh.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — The National, Sunday 8 October 2023
  [NA, "have killed more than 2,000 people", "more than 2,000", 2000, 2000, null, "at_least", "killed", "people", "deaths in the Herat earthquakes", TALIBAN, "2023-10-08", "asserts", "« the Taliban administration said on Sunday »"],
  [NA, "injured more than 9,000", "more than 9,000", 9000, 9000, null, "at_least", "injured", "people", "injured in the Herat earthquakes", TALIBAN, "2023-10-08"],
  [NA, "The Red Crescent said on Sunday that 500 people had died.", "500", 500, 500, 500, "exact", "killed", "people", "deaths in the Herat earthquakes", RED_CRESCENT, "2023-10-08"],
  [NA, "2,053 people were dead", "2,053", 2053, 2053, 2053, "exact", "killed", "people", "deaths in the Herat earthquakes", TALIBAN_DISASTERS, null],
  [NA, "9,240 injured", "9,240", 9240, 9240, 9240, "exact", "injured", "people", "injured in the Herat earthquakes", TALIBAN_DISASTERS, null],
  [NA, "1,329 houses damaged or destroyed", "1,329", 1329, 1329, 1329, "exact", "damage", "houses", "houses damaged or destroyed", TALIBAN_DISASTERS, null],
  [NA, "More than 200 dead had been brought to different hospitals", "More than 200", 200, 200, null, "at_least", "killed", "people", "dead brought to hospitals", ["Herat health department official", "a Herat health department official", "health department official", "Herat health department", "Dr Danish", "Danish"], null, "asserts", "the speaker is named after the figure"],
  [NA, "gave a preliminary figure of 320 dead", "320", 320, 320, 320, "exact", "killed", "people", "deaths in the Herat earthquakes, the first UN figure", UN_HERAT, "2023-10-07", "asserts", "« late on Saturday »"],
  [NA, "it sent 12 ambulances", "12", 12, 12, 12, "exact", "other", "ambulances", "ambulances sent to Zenda Jan district", WHO, null],
  [NA, "about six villages have been destroyed", "about six", 6, 6, 6, "approx", "damage", "villages", "villages destroyed", TALIBAN_INFO, null],
  [NA, "hundreds of civilians were buried by debris", "hundreds", 100, null, null, "vague", "other", "people", "civilians buried by debris", TALIBAN_INFO, null],
  [NA, "showed hundreds of people in the streets", "hundreds", 100, null, null, "vague", "other", "people", "people in the streets of Herat outside their homes", ["Videos on social media", "videos on social media", "videos", "social media"], null, "asserts", "the videos the text credits"],

  // en02 — Amu TV, Monday 9 October 2023
  [AM, "at least 4,000 people were either dead or injured", "at least 4,000", 4000, 4000, null, "at_least", "casualties", "people", "dead or injured in the Herat earthquake", TALIBAN_DISASTERS, "2023-10-09", "asserts", "« on Monday »; the headline's « 4,000 people ‘dead or injured’ » is a mention"],
  [AM, "nearly 20,000 homes were destroyed", "nearly 20,000", 20000, 20000, 20000, "approx", "damage", "homes", "homes destroyed in Herat", TALIBAN_DISASTERS, null],
  [AM, "in 20 villages in Herat", "20", 20, 20, 20, "exact", "damage", "villages", "villages where homes were destroyed", TALIBAN_DISASTERS, null],
  [AM, "1,023 people are reported to have been killed", "1,023", 1023, 1023, 1023, "exact", "killed", "people", "deaths in Zindajan district", OCHA, null, "asserts", "« To date » in a report the text does not date"],
  [AM, "1,663 people injured", "1,663", 1663, 1663, 1663, "exact", "injured", "people", "injured in Zindajan district", OCHA, null],
  [AM, "across eleven villages of Zindajan district", "eleven", 11, 11, 11, "exact", "damage", "villages", "villages of Zindajan district hit", OCHA, null, "asserts", "« 100 percent of homes » is a percentage"],
  [AM, "another 516 people", "516", 516, 516, 516, "exact", "other", "people", "people missing in Zindajan district", OCHA, null],
  [AM, "including 203 men", "203", 203, 203, 203, "exact", "other", "people", "men among the missing", OCHA, null],
  [AM, "and 213 women from the district", "213", 213, 213, 213, "exact", "other", "people", "women among the missing", OCHA, null],
  [AM, "1,320 families in Zindajan", "1,320", 1320, 1320, 1320, "exact", "other", "families", "vulnerable families in Zindajan", OCHA, null],
  [AM, "150 families in Injil", "150", 150, 150, 150, "exact", "other", "families", "vulnerable families in Injil", OCHA, null],
  [AM, "95 families in Gulran", "95", 95, 95, 95, "exact", "other", "families", "vulnerable families in Gulran", OCHA, null],
  [AM, "60 families in Kohsan", "60", 60, 60, 60, "exact", "other", "families", "vulnerable families in Kohsan", OCHA, null],
  [AM, "30 families in Robat-e-Sagani", "30", 30, 30, 30, "exact", "other", "families", "vulnerable families in Robat-e-Sagani", OCHA, null],
  [AM, "over 550 people are still being treated in Herat Provincial Hospital", "over 550", 550, 550, null, "at_least", "injured", "people", "people still treated in Herat Provincial Hospital", OCHA, null],
  [AM, "250 have been declared dead by the hospital", "250", 250, 250, 250, "exact", "killed", "people", "dead declared by Herat Provincial Hospital", [...OCHA, "Herat Provincial Hospital", "the hospital", "hospital"], null, "asserts", "« $5 million » is money"],

  // en03 — NDTV (AFP), Wednesday 11 October 2023
  [ND, "at the weekend to around 1,000", "around 1,000", 1000, 1000, 1000, "approx", "killed", "people", "deaths in the Herat earthquake of 7 October, the revised toll", EBAD, "2023-10-11", "asserts", "« Afghan authorities on Wednesday »; the headline's « Around 1,000 Killed » and « Ebad on Wednesday lowered the toll to around 1,000 » are mentions"],
  [ND, "had originally said over 2,000 people had been killed", "over 2,000", 2000, 2000, null, "at_least", "killed", "people", "deaths in the Herat earthquake, the first Taliban toll", TALIBAN, null, "asserts", "the standfirst; the same sentence in the body is a mention", 1],
  [ND, "We have over 1,000 people martyred from the first incident", "over 1,000", 1000, 1000, null, "at_least", "killed", "people", "deaths in the first earthquake", EBAD, null],
  [ND, "where thousands were spending a fourth night in the open", "thousands", 1000, null, null, "vague", "displaced", "people", "people spending the night in the open", null, "2023-10-11", "asserts", "« a fourth night » is not a count"],
  [ND, "Officials said one person died", "one", 1, 1, 1, "exact", "killed", "people", "deaths in the earthquake of 11 October", ["Officials", "officials", "Afghan officials", "authorities"], "2023-10-11", "asserts", "the second quake « struck Wednesday morning »"],
  [ND, "and 130 were injured", "130", 130, 130, 130, "exact", "injured", "people", "injured in the earthquake of 11 October", ["Officials", "officials", "Afghan officials", "authorities"], "2023-10-11"],

  // en04 — Khaleej Times (AFP), Monday 26 September 2022
  [KT, "has left at least 76 people dead", "at least 76", 76, 76, null, "at_least", "killed", "people", "protesters killed in the crackdown", IHR, "2022-09-26", "asserts", "« said on Monday »"],
  [KT, "deaths have been recorded in 14 provinces in Iran", "14", 14, 14, 14, "exact", "other", "provinces", "provinces where deaths were recorded", IHR, null],
  [KT, "the highest number, 25, recorded in the northern Mazandaran province", "25", 25, 25, 25, "exact", "killed", "people", "deaths in Mazandaran province", IHR, null],
  [KT, "Three deaths have been recorded in Tehran", "Three", 3, 3, 3, "exact", "killed", "people", "deaths in Tehran", IHR, null],
  [KT, "41 people have been killed including several members of the security forces", "41", 41, 41, 41, "exact", "killed", "people", "deaths in the protests, the official toll", IRAN_OFFICIAL, null],

  // en05 — Muslim Network TV (Anadolu), Sunday 2 October 2022
  [MN, "has surged to 92", "92", 92, 92, 92, "exact", "killed", "people", "deaths in the protests", IHR, null, "asserts", "the headline's « rises to 92: Rights group » is a mention"],
  [MN, "said 41 protesters were killed in the southeastern city of Zahedan on Friday", "41", 41, 41, 41, "exact", "killed", "protesters", "protesters killed in Zahedan", IHR, "2022-09-30"],

  // en06 — Newslanes, Wednesday 30 November 2022
  [NL, "perhaps more than 300 martyrs and people killed", "more than 300", 300, 300, null, "at_least", "killed", "people", "deaths in the protests, security forces included", HAJIZADEH, null],
  [NL, "Iran has confirmed that 50 security personnel have been killed", "50", 50, 50, 50, "exact", "killed", "security personnel", "security personnel killed in the protests", IRAN_STATE, null],
  [NL, "which has recorded that 416 protesters have been killed", "416", 416, 416, 416, "exact", "killed", "protesters", "protesters killed", IHR, null],
  [NL, "including 51 children", "51", 51, 51, 51, "exact", "killed", "children", "children among the protesters killed", IHR, null],
  [NL, "more than 72 people were “killed by repressive forces in Iran”", "more than 72", 72, 72, null, "at_least", "killed", "people", "people killed in the last week", IHR, null, "asserts", "« in the last week alone »: no day"],
  [NL, "56 of those people were killed in Kurdish areas", "56", 56, 56, 56, "exact", "killed", "people", "people killed in Kurdish areas in the last week", IHR, null],

  // en07 — Taipei Times (AP), Monday 17 March 2025
  [TT, "15 people were killed when a railway station roof collapsed", "15", 15, 15, 15, "exact", "killed", "people", "deaths in the Novi Sad station roof collapse", null, "2024-11", "asserts", "the collapse that set off the protests, « in November last year »"],
  [TT, "at least 107,000 people had turned out", "at least 107,000", 107000, 107000, null, "at_least", "participants", "people", "marchers in Belgrade, 15 March 2025", SERBIA_INTERIOR, "2025-03-15", "asserts", "« After Saturday’s rally »"],
  [TT, "between 275,000 and 325,000 people took to the streets", "between 275,000 and 325,000", 275000, null, 325000, "range", "participants", "people", "marchers in Belgrade, 15 March 2025", ASSEMBLY_ARCHIVE, "2025-03-15", "asserts", "« nearly two kilometers » is a distance"],

  // en08 — A News (Anadolu), Thursday 25 July 2024
  [AN, "rose to 201 Thursday", "201", 201, 201, 201, "exact", "killed", "people", "deaths in the student protests", BD_OFFICIALS, "2024-07-25", "asserts", "the headline's « rises to 201 » and « With these four, the death toll rose to 201. » are mentions"],
  [AN, "with four more people dying in the capital Dhaka and the surrounding area", "four", 4, 4, 4, "exact", "killed", "people", "new deaths in and around Dhaka", BD_OFFICIALS, null, "asserts", "reported on Thursday, died on Wednesday: left undated"],
  [AN, "confirmed to Anadolu three new deaths Wednesday night", "three", 3, 3, 3, "exact", "killed", "people", "new deaths at Dhaka Medical College and Hospital", BACHCHU_MIA, "2024-07-24"],
  [AN, "One more person died in Savar", "One", 1, 1, 1, "exact", "killed", "people", "a death in Savar", null, "2024-07-24", "asserts", "« on the same day »"],
  [AN, "buried 21 bodies", "21", 21, 21, 21, "exact", "killed", "bodies", "bodies of victims buried", ANJUMAN, null, "asserts", "« the bodies of the 21 victims » (Kamrul Ahmed) is a mention"],

  // fr01 — Top FM, Monday 9 October 2023
  [TF, "Le bilan dépasse désormais 2500 morts", "2500", 2500, 2500, null, "at_least", "killed", "people", "morts du séisme de Herat", TALIBAN, null],
  [TF, "Il y aurait plus de 9 200 blessés", "plus de 9 200", 9200, 9200, null, "at_least", "injured", "people", "blessés du séisme", TALIBAN, null, "asserts", "left to the Taliban authorities of the sentence before"],
  [TF, "près de 1 300 maisons endommagées ou détruites", "près de 1 300", 1300, 1300, 1300, "approx", "damage", "houses", "maisons endommagées ou détruites", TALIBAN, null],
  [TF, "suivi par huit fortes répliques", "huit", 8, 8, 8, "exact", "other", "aftershocks", "répliques après le séisme", null, null, "asserts", "« magnitude 6,3 » is not a count"],
  [TF, "Plus d’une dizaine de villages seraient dans une situation identique", "Plus d’une dizaine", 10, 10, null, "at_least", "damage", "villages", "villages entièrement détruits", TOLONEWS, null, "asserts", "the Afghan channel's report goes on; « 80% de la population » is a percentage"],

  // fr02 — Alwihda Info, Sunday 8 October 2023
  [AW, "Plus de 2 000 personnes ont péri", "Plus de 2 000", 2000, 2000, null, "at_least", "killed", "people", "morts du séisme de Herat", TALIBAN, "2023-10-08", "asserts", "« communiqué dimanche par les autorités afghanes »"],
  [AW, "Environ six villages ont été détruits", "Environ six", 6, 6, 6, "approx", "damage", "villages", "villages détruits", TALIBAN_INFO, null, "asserts", "« a-t-il indiqué »: Abdul Wahid Rayan"],
  [AW, "des centaines de civils ont été ensevelis sous les décombres", "des centaines", 100, null, null, "vague", "other", "people", "civils ensevelis sous les décombres", TALIBAN_INFO, null],
  [AW, "plus de 600 maisons ont été détruites ou partiellement endommagées", "plus de 600", 600, 600, null, "at_least", "damage", "houses", "maisons détruites ou endommagées", WHO, null],
  [AW, "dans au moins douze villages", "au moins douze", 12, 12, null, "at_least", "damage", "villages", "villages touchés", WHO, null],
  [AW, "4 200 personnes ont été affectées", "4 200", 4200, 4200, 4200, "exact", "other", "people", "personnes affectées par le séisme", [...WHO, "la même source", "même source"], null],

  // fr03 — News 24 (Al Jazeera), Sunday 8 October 2023
  [N24, "est estimé à 2 000 personnes", "2 000", 2000, 2000, 2000, "approx", "killed", "people", "morts du séisme de Herat", SHAHEEN, null, "asserts", "the speaker is named after the figure"],
  [N24, "plus de 2 000 personnes avaient été tuées", "plus de 2 000", 2000, 2000, null, "at_least", "killed", "people", "morts du séisme et des répliques", TALIBAN_INFO, null],
  [N24, "Environ six villages ont été détruits", "Environ six", 6, 6, 6, "approx", "damage", "villages", "villages détruits", TALIBAN_INFO, null],
  [N24, "des centaines de civils ont été ensevelis sous les décombres", "des centaines", 100, null, null, "vague", "other", "people", "civils ensevelis sous les décombres", TALIBAN_INFO, null],
  [N24, "avait tué environ 100 personnes", "environ 100", 100, 100, 100, "approx", "killed", "people", "morts du séisme, premier bilan", AF_DISASTER_AUTHORITY, "2023-10-07", "asserts", "« a déclaré samedi »"],
  [N24, "un chiffre préliminaire de 320 morts", "320", 320, 320, 320, "exact", "killed", "people", "morts du séisme, premier chiffre de l'ONU", UN_HERAT, "2023-10-07", "asserts", "« Plus tard samedi »"],
  [N24, "le Croissant-Rouge a déclaré que 500 personnes avaient été tuées", "500", 500, 500, 500, "exact", "killed", "people", "morts du séisme", RED_CRESCENT, null],

  // fr04 — SeneNews, Monday 17 October 2022
  [SN, "entraînant la mort de plus de 120 manifestants", "plus de 120", 120, 120, null, "at_least", "killed", "protesters", "manifestants tués dans la répression", IHR, "2022-10-17", "asserts", "« un nouveau rapport publié lundi 17 octobre »"],
  [SN, "au moins 108 personnes avaient été tuées", "au moins 108", 108, 108, null, "at_least", "killed", "people", "morts des manifestations, rapport précédent", IHR, null, "asserts", "« Un précédent rapport de la même source »"],
  [SN, "122 personnes ont été tuées dans la répression", "122", 122, 122, 122, "exact", "killed", "people", "morts de la répression", IHR, null, "asserts", "the headline's « 122 morts dans la répression, selon une ONG » is a mention"],

  // fr05 — Univers News, Sunday 2 October 2022
  [UN, "92 personnes sont mortes dans les manifestations", "92", 92, 92, 92, "exact", "killed", "people", "morts des manifestations", IHR, null],
  [UN, "Plus de 1.200 manifestants ont également été arrêtés", "Plus de 1.200", 1200, 1200, null, "at_least", "detained", "protesters", "manifestants arrêtés", OFFICIAL_FR, null, "asserts", "« d'après un bilan officiel »; the arrested activists, lawyers and journalists are not counted"],

  // fr06 — Regard sur l'Est, Sunday 16 March 2025
  [RE, "Le bilan de la catastrophe étant de 15 morts", "15", 15, 15, 15, "exact", "killed", "people", "morts de l'effondrement de l'auvent de la gare de Novi Sad", null, null, "asserts", "« aux 15 défunts » is a mention; « 15. za 15 » is the march's name"],
  [RE, "de 275 000 à 325 000 personnes selon des sources indépendantes", "de 275 000 à 325 000", 275000, null, 325000, "range", "participants", "people", "manifestants à Belgrade, 15 mars 2025", INDEPENDENT_FR, "2025-03-15"],
  [RE, "et 107 000 personnes selon les autorités", "107 000", 107000, 107000, 107000, "exact", "participants", "people", "manifestants à Belgrade, 15 mars 2025", SERBIA_INTERIOR, "2025-03-15", "asserts", "« 15 minutes de silence » is a duration"],

  // fr07 — Mots d'actu, Sunday 29 June 2025
  [MA, "Un organisme indépendant a compté environ 140 000 personnes", "environ 140 000", 140000, 140000, 140000, "approx", "participants", "people", "manifestants à Belgrade, 28 juin 2025", INDEPENDENT_FR, "2025-06-28", "asserts", "the lede's « Environ 140 000 personnes ont manifesté, samedi 28 juin » is a mention, the speaker named later"],
  [MA, "La police dit qu'il y avait 36 000 manifestants", "36 000", 36000, 36000, 36000, "exact", "participants", "protesters", "manifestants à Belgrade, 28 juin 2025", SERBIA_POLICE_FR, "2025-06-28"],
  [MA, "mais d'autres journalistes disent qu'il y en avait beaucoup plus", null, null, null, null, null, "participants", "protesters", "the police's count of 36,000", ["d'autres journalistes", "journalistes", "autres journalistes"], null, "denies"],
  [MA, "La plus grande était le 15 mars avec 300 000 personnes.", "300 000", 300000, 300000, 300000, "exact", "participants", "people", "manifestants à Belgrade, 15 mars 2025", null, "2025-03-15"],
  [MA, "Seize personnes sont mortes", "Seize", 16, 16, 16, "exact", "killed", "people", "morts de l'effondrement de l'auvent de la gare de Novi Sad", null, "2024-11-01", "asserts", "« un accident le 1er novembre 2024 »"],
  [MA, "y compris deux enfants", "deux", 2, 2, 2, "exact", "killed", "children", "enfants parmi les morts de Novi Sad", null, "2024-11-01"],

  // fr08 — AGP Guinée (TASS, AFP), Monday 5 August 2024
  [AG, "Au moins 300 personnes ont péri", "Au moins 300", 300, 300, null, "at_least", "killed", "people", "morts des manifestations antigouvernementales", AFP_BD, null, "asserts", "« a rapporté l’AFP, citant des données de la police et des hôpitaux »"],
  [AG, "Plus de 90 décès avaient été signalés auparavant.", "Plus de 90", 90, 90, null, "at_least", "killed", "people", "morts des manifestations, bilan précédent", null, null, "asserts", "passive with no agent"],
  [AG, "qui ont fait plus de 250 morts", "plus de 250", 250, 250, null, "at_least", "killed", "people", "morts des émeutes", null, null],
  [AG, "ont arrêté plus de 10 000 personnes", "plus de 10 000", 10000, 10000, null, "at_least", "detained", "people", "personnes arrêtées en lien avec les manifestations", null, null, "asserts", "« 1971 » is a year"],
];
export default CLAIMS;
