// Articles about three events none of the other sets covers, annotated before
// any rule was tuned on them: the Easter Sunday bombings in Sri Lanka (21 April
// 2019), a toll the police raised day by day to 359 and the health ministry cut
// to 253 for bodies counted twice; the Grenfell Tower fire in London (14 June
// 2017), dead and missing counted by the Metropolitan Police from 6 to "around
// 80"; the DANA floods around Valencia (29 October 2024), a toll that rises by
// the day and differs by source (relief services, the government, the courts).
// An earlier toll restated in the passive ("comme indiqué auparavant", "il était
// établi à") has no speaker; one that a named speaker revises ("revised … from
// the previous figure of 359") keeps that speaker. A revised toll is an update,
// not a denial. "un nombre à trois chiffres" (le360) is a hope, not a figure;
// the 129 flats of the tower (ITV) and the 21 million Sri Lankans are background.
const SL_AUTHORITIES = ["Sri Lankan authorities", "authorities", "Sri Lanka authorities", "Authorities", "autorités", "les autorités", "autorités sri-lankaises", "Sri Lankan government", "government"];
const SL_HEALTH = ["health ministry", "Health Ministry", "Sri Lanka's health ministry", "Sri Lankan health ministry", "Ministry of Health", "ministry", "the ministry", "ministère de la Santé", "le ministère de la Santé", "ministère", "le ministère", "ministère de la Santé sri-lankais"];
const SL_DG = ["Sri Lanka's director general for health services", "director general for health services", "director general", "director-general", "the director general", "Director General of Health Services", "Director-General of Health Services", "health services", "Anil Jasinghe", ...SL_HEALTH];
const SL_FOREIGN = ["Sri Lanka's foreign ministry", "foreign ministry", "Foreign Ministry", "Sri Lankan foreign ministry", "ministère des Affaires étrangères", "le ministère des Affaires étrangères", "Affaires étrangères", "un responsable des Affaires étrangères", "responsable des Affaires étrangères", "foreign affairs ministry"];
const SL_POLICE = ["police", "the police", "Sri Lankan police", "Sri Lanka police", "Sri Lanka Police", "Police Spokesperson", "police spokesperson", "police spokesman", "SP Ruwan Gunasekara", "Ruwan Gunasekara", "Ruwan Gunasekera", "Gunasekara", "Gunasekera", "spokesperson", "porte-parole de la police", "le porte-parole de la police", "police locale", "la police locale", "police sri-lankaise"];
const SL_TOURISM = ["Sri Lanka Tourism Development Authority", "Tourism Development Authority", "tourism authority", "Sri Lanka Tourism"];
const EARLIER_REPORTS = ["Earlier reports", "earlier reports", "reports"];
const MET = ["Metropolitan Police", "Metropolitan police", "the Met", "Met", "police", "Police", "the police", "Metropolitan Police Service", "Scotland Yard", "London police", "Metropolitan Police Commander Stuart Cundy", "Commander Stuart Cundy", "Police Commander Cundy", "Met commander Stuart Cundy", "Commander Cundy", "Stuart Cundy", "Cundy", "officers", "Officers", "police métropolitaine", "police de Londres", "la police", "Metropolitan Police (Met)"];
const CUNDY_FR = ["Stuart Cundy", "Cundy", "M. Cundy", "commandant à la Metropolitan Police", "Metropolitan Police", "Met", "police", "la police", "police métropolitaine", "police de Londres", "Scotland Yard"];
const LONDON_AUTHORITIES = ["autorités londoniennes", "les autorités londoniennes", "autorités londonniennes", "les autorités londonniennes", "autorités", "police", "la police", "Metropolitan Police", "Met", "police de Londres", "Scotland Yard"];
const MET_SPOKESMAN = ["porte-parole de la police", "le porte-parole de la police", "police", "la police", "Metropolitan Police", "Met", "Scotland Yard", "police de Londres"];
const VALENCIA_COURT = ["Superior Court of Justice of Valencia Region", "Superior Court of Justice", "court", "the court", "The court", "regional judicial authorities in Valencia", "regional judicial authorities", "judicial authorities", "Valencia's Superior Court of Justice", "Tribunal Superior de Justicia de la Comunidad Valenciana", "TSJCV"];
const CIVIL_GUARD = ["Civil Guard", "the Civil Guard", "Guardia Civil", "Spain's Civil Guard", "Garde civile"];
const SPANISH_GOV = ["gouvernement espagnol", "le gouvernement espagnol", "gouvernement", "le gouvernement", "Spanish government", "government"];
const SPANISH_AUTHORITIES = ["autorités", "les autorités", "autorités espagnoles", "les autorités espagnoles", ...SPANISH_GOV];

const UP = "en01_upi_srilanka.txt";
const GN = "en02_gulfnews_srilanka.txt";
const PN = "en03_pna_srilanka.txt";
const IT = "en04_itv_grenfell.txt";
const IN = "en05_inews_grenfell.txt";
const DD = "en06_ddnews_valencia.txt";
const WT = "en07_westtimelines_valencia.txt";
const RT = "fr01_rtl_srilanka.txt";
const VM = "fr02_20minutes_srilanka.txt";
const EM = "fr03_elmoudjahid_srilanka.txt";
const FI = "fr04_franceinfo_grenfell.txt";
const LE = "fr05_le360_grenfell.txt";
const UD = "fr06_upday_valence.txt";
const AC = "fr07_algerieconfluences_valence.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — UPI, Thursday 25 April 2019
  [UP, "in Sri Lanka by more than 100 people on Thursday", "more than 100", 100, 100, null, "at_least", "killed", "people", "the cut in the Easter bombings' death toll", SL_AUTHORITIES, "2019-04-25", "asserts", "« Authorities lowered »: the authorities revise their own toll"],
  [UP, "lowering the total from 359", "359", 359, 359, 359, "exact", "killed", "people", "deaths in the Easter bombings, the earlier toll", [...SL_DG, "The Guardian", "Guardian"], null, "asserts", "the toll the director general revises, in his sentence"],
  [UP, "to 253 people, The Guardian reported", "253", 253, 253, 253, "exact", "killed", "people", "deaths in the Easter bombings, the revised toll", [...SL_DG, "The Guardian", "Guardian"], "2019-04-25", "asserts", "the headline's « lower death toll … to 253 » and the quote's « it will be reduced to 253 » are mentions"],
  [UP, "is at least 253", "at least 253", 253, 253, null, "at_least", "killed", "people", "deaths in the Easter bombings", SL_DG, "2019-04-25", "asserts", "a bound of its own beside the exact 253"],
  [UP, "our first estimates were 290", "290", 290, 290, 290, "exact", "killed", "people", "deaths in the Easter bombings, the first estimate", SL_DG, null],

  // en02 — Gulf News, Thursday 25 April 2019
  [GN, "revised the toll from Easter bombings down to 253", "253", 253, 253, 253, "exact", "killed", "people", "deaths in the Easter bombings, the revised toll", [...SL_AUTHORITIES, ...SL_HEALTH], "2019-04-25", "asserts", "the headline's « lowers attacks toll to 253 » is a mention"],
  [GN, "from the previous figure of 359", "359", 359, 359, 359, "exact", "killed", "people", "deaths in the Easter bombings, the earlier toll", [...SL_AUTHORITIES, ...SL_HEALTH, ...SL_POLICE], null, "asserts", "the figure the authorities revise, in their sentence"],
  [GN, "was reduced by 106", "106", 106, 106, 106, "exact", "killed", "people", "the cut in the police's death toll", SL_HEALTH, "2019-04-25"],
  [GN, "had said 40 of the victims were foreign nationals", "40", 40, 40, 40, "exact", "killed", "people", "foreigners among the dead", SL_FOREIGN, null],
  [GN, "485 people had initially been hospitalised with injuries", "485", 485, 485, 485, "exact", "injured", "people", "people hospitalised with injuries", SL_HEALTH, null],
  [GN, "but only 149 remained in hospital as of Thursday evening", "149", 149, 149, 149, "exact", "injured", "people", "injured still in hospital", SL_HEALTH, "2019-04-25", "asserts", "« 21 million people » is the island's population: background"],

  // en03 — Philippine News Agency (Xinhua), Monday 22 April 2019
  [PN, "has risen to 290, while over 500 have been injured", "290", 290, 290, 290, "exact", "killed", "people", "deaths in the Easter bombings", SL_POLICE, "2019-04-22", "asserts", "the headline's « rises to 290 » is a mention; the speaker is named after the figures"],
  [PN, "while over 500 have been injured", "over 500", 500, 500, null, "at_least", "injured", "people", "injured in the Easter bombings", SL_POLICE, "2019-04-22"],
  [PN, "Earlier reports put the number of casualties at 228", "228", 228, 228, 228, "exact", "killed", "people", "deaths in the Easter bombings, an earlier toll", EARLIER_REPORTS, null],
  [PN, "with 450 wounded", "450", 450, 450, 450, "exact", "injured", "people", "injured in the Easter bombings, an earlier count", EARLIER_REPORTS, null],
  [PN, "in the nine attacks", "nine", 9, 9, 9, "exact", "other", "attacks", "attacks on 21 April 2019", EARLIER_REPORTS, "2019-04-21"],
  [PN, "at three churches", "three", 3, 3, 3, "exact", "damage", "churches", "churches attacked", EARLIER_REPORTS, "2019-04-21"],
  [PN, "and four hotels across the country", "four", 4, 4, 4, "exact", "damage", "hotels", "hotels attacked", EARLIER_REPORTS, "2019-04-21"],
  [PN, "32 foreigners were among those killed", "32", 32, 32, 32, "exact", "killed", "people", "foreigners among the dead", SL_TOURISM, "2019-04-21", "asserts", "said « Sunday evening »"],
  [PN, "said 24 suspects had been arrested so far", "24", 24, 24, 24, "exact", "detained", "suspects", "suspects arrested", SL_POLICE, null],
  [PN, "Two of the suspects were nabbed from Dambulla", "Two", 2, 2, 2, "exact", "detained", "suspects", "suspects arrested in Dambulla", SL_POLICE, "2019-04-22", "asserts", "« on Monday morning, the spokesperson said »"],

  // en04 — ITV, Monday 10 July 2017
  [IT, "still believe that \"around 80 people\" are dead or missing", "around 80", 80, 80, 80, "approx", "killed", "people", "dead or missing in the Grenfell Tower fire", MET, null, "asserts", "the headline, « about 80 people who they believe died » and « the figure of \"around 80\" » are mentions"],
  [IT, "350 people were living in Grenfell Tower", "350", 350, 350, 350, "exact", "other", "people", "people living in the tower on the night of the fire", MET, null],
  [IT, "they know that 255 escaped", "255", 255, 255, 255, "exact", "other", "people", "people who escaped the fire", MET, null],
  [IT, "14 people were not in the tower block that night", "14", 14, 14, 14, "exact", "other", "people", "residents not in the tower that night", MET, null, "asserts", "the 129 flats of the tower are background"],
  [IT, "spoken to residents from 106 of those", "106", 106, 106, 106, "exact", "other", "flats", "flats whose occupants the police have traced", MET, null],
  [IT, "unable to speak to anyone from 23 of the flats", "23", 23, 23, 23, "exact", "other", "flats", "flats no one could be reached from", MET, null, "asserts", "« everyone in these 23 flats » is a mention"],
  [IT, "they had recovered ten bodies from the stairwells", "ten", 10, 10, 10, "exact", "killed", "bodies", "bodies recovered from the stairwells and communal areas", MET, null],
  [IT, "Six bodies were recovered from outside the building.", "Six", 6, 6, 6, "exact", "killed", "bodies", "bodies recovered outside the building", MET, null, "asserts", "left to the police, the speaker of the paragraph"],
  [IT, "there could be between 100 and 600 people dead or missing", "between 100 and 600", 100, null, 600, "range", "killed", "people", "dead or missing, the speculation", null, null, "asserts", "a figure in circulation with no speaker; the police deny it"],
  [IT, "were not going to be true", null, null, null, null, null, "killed", "people", "the speculation of 100 to 600 dead or missing", MET, null, "denies"],
  [IT, "they have confirmed that 73 people are missing", "73", 73, 73, 73, "exact", "other", "people", "people confirmed missing", MET, null],
  [IT, "they have formally identified 32 people", "32", 32, 32, 32, "exact", "killed", "people", "dead formally identified", MET, null],

  // en05 — inews, Saturday 17 June 2017
  [IN, "The Metropolitan Police has said 58 people are missing and presumed dead", "58", 58, 58, 58, "exact", "other", "people", "missing, presumed dead, in the Grenfell Tower fire", MET, "2017-06-17", "asserts", "the headline and « That number 58 may change » are mentions; the press conference is « on Saturday afternoon »"],
  [IN, "This figure includes the 30 people who were said to have died on Friday afternoon", "30", 30, 30, 30, "exact", "killed", "people", "dead of the Grenfell Tower fire, Friday's count", MET, "2017-06-16"],
  [IN, "Sixteen bodies have been taken to a morgue", "Sixteen", 16, 16, 16, "exact", "killed", "bodies", "bodies taken to a morgue", MET, "2017-06-17", "asserts", "« he added »: Cundy at Saturday's press conference"],
  [IN, "concerns some people had that the death toll was being downplayed by authorities", null, null, null, null, null, "killed", "people", "the authorities' death toll", ["some people", "people"], null, "denies"],

  // en06 — DD News (Reuters), Tuesday 5 November 2024
  [DD, "At least 89 people remain missing", "At least 89", 89, 89, null, "at_least", "other", "people", "people missing after the floods", VALENCIA_COURT, "2024-11-05", "asserts", "« 10.6 billion euros » is money"],
  [DD, "More than 200 people were confirmed to have died", "More than 200", 200, 200, null, "at_least", "killed", "people", "deaths in the floods", null, null],
  [DD, "At least 217 people died in Valencia, Castile-La Mancha and Andalusia", "At least 217", 217, 217, null, "at_least", "killed", "people", "deaths in the floods", null, null],
  [DD, "but only 133 have been identified so far", "133", 133, 133, 133, "exact", "killed", "people", "dead identified", null, null],
  [DD, "coroners had performed 195 autopsies", "195", 195, 195, 195, "exact", "other", "autopsies", "autopsies performed", VALENCIA_COURT, "2024-11-05", "asserts", "the court's statement of « Tuesday »"],
  [DD, "62 bodies were still pending identification", "62", 62, 62, 62, "exact", "killed", "bodies", "bodies awaiting identification", VALENCIA_COURT, "2024-11-05"],

  // en07 — West Timelines, Thursday 31 October 2024
  [WT, "There are at least 95 dead", "at least 95", 95, 95, null, "at_least", "killed", "people", "deaths in the floods", null, null],
  [WT, "among them, at least four children", "at least four", 4, 4, null, "at_least", "killed", "children", "children among the dead", null, null],
  [WT, "dozens missing", "dozens", 12, null, null, "vague", "other", "people", "people missing", null, null],
  [WT, "thousands of people who could not return home last night", "thousands", 1000, null, null, "vague", "displaced", "people", "people unable to return home", null, null, "asserts", "« last night » is left undated: the text is of Wednesday and Thursday at once"],
  [WT, "115,000 people were still without electricity", "115,000", 115000, 115000, 115000, "exact", "other", "people", "people without electricity", null, "2024-10-30", "asserts", "« At the end of the day on Wednesday »"],
  [WT, "just under 120,000 were still without telecommunications connection", "just under 120,000", 120000, 120000, 120000, "approx", "other", "people", "people without telecommunications", null, "2024-10-30", "asserts", "« three days of official mourning » is a duration"],
  [WT, "five missing persons are being sought", "five", 5, 5, 5, "exact", "other", "people", "people missing in Letur", null, null, "asserts", "the two women who died (« a woman of 88 years », « another woman ») are not numerals; ages are not counts"],
  [WT, "confirmed the identities of two bodies found in Paiporta", "two", 2, 2, 2, "exact", "killed", "bodies", "bodies identified in Paiporta", CIVIL_GUARD, "2024-10-30", "asserts", "« As of 10 p.m. on Wednesday »"],
  [WT, "for five communities and Ceuta", "five", 5, 5, 5, "exact", "other", "regions", "regions under a yellow warning", null, "2024-10-31", "asserts", "« the minimum on a scale of three » is not a count"],

  // fr01 — RTL, vendredi 26 avril 2019 (01:18)
  [RT, "Ce sont 253 personnes qui ont été tuées", "253", 253, 253, 253, "exact", "killed", "people", "morts des attentats de Pâques, bilan revu", [...SL_AUTHORITIES, ...SL_HEALTH], "2019-04-25", "asserts", "left to « les autorités » of the sentence before (« jeudi 25 avril »)"],
  [RT, "et non 359 comme indiqué auparavant", "359", 359, 359, 359, "exact", "killed", "people", "morts des attentats de Pâques, bilan précédent", null, null, "asserts", "passive with no agent: an earlier toll, not a denial"],
  [RT, "avait fait état de 40 étrangers tués", "40", 40, 40, 40, "exact", "killed", "people", "étrangers parmi les morts", SL_FOREIGN, null],
  [RT, "Sur les 485 personnes ayant été hospitalisées", "485", 485, 485, 485, "exact", "injured", "people", "personnes hospitalisées pour des blessures", SL_HEALTH, null, "asserts", "the speaker is named after the figures"],
  [RT, "149 restaient à l'hôpital jeudi soir", "149", 149, 149, 149, "exact", "injured", "people", "blessés encore hospitalisés", SL_HEALTH, "2019-04-25"],
  [RT, "Seize nouvelles arrestations sont intervenues", "Seize", 16, 16, 16, "exact", "detained", "arrests", "nouvelles arrestations", null, "2019-04", "asserts", "« dans la nuit de mercredi à jeudi »: the night spans two days, so only the month"],
  [RT, "portant le total des personnes interpellées à près de 75 depuis dimanche", "près de 75", 75, 75, 75, "approx", "detained", "people", "personnes interpellées depuis le 21 avril", null, null],
  [RT, "trois jeunes hommes", "trois", 3, 3, 3, "exact", "other", "people", "jeunes hommes recherchés", ["la police", "police", ...SL_POLICE], "2019-04-25"],
  [RT, "et trois jeunes femmes recherchés", "trois", 3, 3, 3, "exact", "other", "people", "jeunes femmes recherchées", ["la police", "police", ...SL_POLICE], "2019-04-25"],

  // fr02 — 20 Minutes (AFP), jeudi 25 avril 2019
  [VM, "Le précédent bilan faisait état de 359 victimes", "359", 359, 359, 359, "exact", "killed", "people", "morts des attentats de Pâques, bilan précédent", null, null, "asserts", "the headline's « passe de 359 » and the body's « et non 359, comme indiqué auparavant » are mentions"],
  [VM, "plus de 500 personnes toujours portées disparues", "plus de 500", 500, 500, null, "at_least", "other", "people", "personnes portées disparues", null, null],
  [VM, "à la baisse, à 253 morts", "253", 253, 253, 253, "exact", "killed", "people", "morts des attentats de Pâques, bilan revu", [...SL_AUTHORITIES, ...SL_HEALTH], null, "asserts", "the headline's « à 253 morts » is a mention; the health ministry, named next, gave the autopsies behind it"],
  [VM, "Le Sri Lanka a procédé à 16 nouvelles arrestations", "16", 16, 16, 16, "exact", "detained", "arrests", "nouvelles arrestations", null, "2019-04", "asserts", "« dans la nuit de mercredi à jeudi »: only the month"],
  [VM, "portant le total des personnes interpellées à près de 75 depuis dimanche", "près de 75", 75, 75, 75, "approx", "detained", "people", "personnes interpellées depuis le 21 avril", null, null],
  [VM, "L’armée a déployé des milliers de soldats supplémentaires", "des milliers", 1000, null, null, "vague", "deployed", "soldiers", "soldats supplémentaires déployés", null, null],
  [VM, "dans le dispositif de 1.300", "1.300", 1300, 1300, 1300, "exact", "deployed", "soldiers", "militaires de l'armée de terre engagés, avant", null, null, "asserts", "« de 1.300 à 6.300 » is a rise, not a range"],
  [VM, "à 6.300", "6.300", 6300, 6300, 6300, "exact", "deployed", "soldiers", "militaires de l'armée de terre engagés, après", null, null],
  [VM, "ont dépêché 2.000 hommes", "2.000", 2000, 2000, 2000, "exact", "deployed", "soldiers", "hommes de l'armée de l'air et de la marine", null, null],

  // fr03 — El Moudjahid, mardi 23 avril 2019
  [EM, "Environ 290 personnes ont été tuées", "Environ 290", 290, 290, 290, "approx", "killed", "people", "morts des attentats de Pâques", SL_POLICE, "2019-04-22", "asserts", "« annoncé hier par la police locale »; the spokesman's « autour de 290 (morts) » is a mention"],
  [EM, "et 500 blessées dans les attentats", "500", 500, 500, 500, "exact", "injured", "people", "blessés des attentats de Pâques", SL_POLICE, "2019-04-22", "asserts", "« et 500 blessés » in the quote is a mention"],
  [EM, "24 personnes ont été arrêtées", "24", 24, 24, 24, "exact", "detained", "people", "personnes arrêtées", SL_POLICE, "2019-04-22", "asserts", "« a-t-il ajouté »: the spokesman's statement of « hier »"],
  [EM, "dans quatre hôtels", "quatre", 4, 4, 4, "exact", "damage", "hotels", "hôtels visés", null, "2019-04-21"],
  [EM, "et trois églises", "trois", 3, 3, 3, "exact", "damage", "churches", "églises visées", null, "2019-04-21"],
  [EM, "Huit explosions au total ont frappé dimanche", "Huit", 8, 8, 8, "exact", "other", "explosions", "explosions du 21 avril 2019", null, "2019-04-21"],
  [EM, "Plusieurs dizaines d'étrangers ont été tués", "Plusieurs dizaines", 20, null, 99, "vague", "killed", "people", "étrangers parmi les morts", null, null],
  [EM, "Autour de 37 (étrangers) sont morts", "Autour de 37", 37, 37, 37, "approx", "killed", "people", "étrangers parmi les morts", SL_FOREIGN, null, "asserts", "the speaker is named after the quote"],
  [EM, "sur lesquels 11 ont été identifiés", "11", 11, 11, 11, "exact", "killed", "people", "étrangers morts identifiés", SL_FOREIGN, null],

  // fr04 — franceinfo, lundi 19 juin 2017
  [FI, "le bilan s'élève désormais à 79 habitants", "79", 79, 79, 79, "exact", "killed", "people", "morts ou disparus de l'incendie de la tour Grenfell", LONDON_AUTHORITIES, "2017-06-19", "asserts", "the headline's « 79 personnes mortes ou disparues » (la police) is a mention"],
  [FI, "Alors qu'il était établi à 58 personnes", "58", 58, 58, 58, "exact", "killed", "people", "morts ou présumés morts, bilan précédent", null, null, "asserts", "passive with no agent: the earlier toll"],
  [FI, "dont 30 mortes", "30", 30, 30, 30, "exact", "killed", "people", "morts, bilan précédent", null, null],
  [FI, "et 28 \"présumées\" mortes", "28", 28, 28, 28, "exact", "other", "people", "présumés morts, bilan précédent", null, null],
  [FI, "Cinq personnes jusque-là portées disparues ont été retrouvées saines et sauves", "Cinq", 5, 5, 5, "exact", "other", "people", "disparus retrouvés sains et saufs", MET_SPOKESMAN, "2017-06-19", "asserts", "the speaker is named after the figure; « a ajouté »: Monday's statement"],

  // fr05 — Le360, jeudi 15 juin 2017
  [LE, "17 personnes sont décédées", "17", 17, 17, 17, "exact", "killed", "people", "morts de l'incendie de la tour Grenfell", CUNDY_FR, "2017-06-15"],
  [LE, "six corps avaient été retrouvés en dehors de la tour", "six", 6, 6, 6, "exact", "killed", "bodies", "corps retrouvés hors de la tour", CUNDY_FR, "2017-06-15"],
  [LE, "les 11 autres personnes déclarées décédées", "11", 11, 11, 11, "exact", "killed", "people", "morts encore dans la tour", CUNDY_FR, "2017-06-15"],
  [LE, "des médias évoquant des dizaines de personnes portées disparues", "des dizaines", 10, null, null, "vague", "other", "people", "personnes portées disparues", ["des médias", "médias", "media"], null, "asserts", "Cundy's « un nombre à trois chiffres » is a hope, not a figure; « 23 ans » is an age"],

  // fr06 — upday, lundi 4 novembre 2024
  [UD, "Au moins 217 personnes sont mortes dans les inondations", "Au moins 217", 217, 217, null, "at_least", "killed", "people", "morts des inondations", null, null, "asserts", "« au moins 217 mort » and « Selon un dernier bilan, au moins 217 » are mentions"],
  [UD, "213 dans la seule région de Valence", "213", 213, 213, 213, "exact", "killed", "people", "morts dans la région de Valence", null, null],
  [UD, "trois en Castille-la-Manche", "trois", 3, 3, 3, "exact", "killed", "people", "morts en Castille-La Manche", null, null],
  [UD, "et une en Andalousie", "une", 1, 1, 1, "exact", "killed", "people", "morts en Andalousie", null, null, "asserts", "« six jours », « douze kilomètres » are not counts"],

  // fr07 — Algérie Confluences, samedi 2 novembre 2024
  [AC, "ont fait au moins 211 morts, selon un dernier bilan communiqué samedi par le gouvernement espagnol", "au moins 211", 211, 211, null, "at_least", "killed", "people", "morts des inondations", SPANISH_GOV, "2024-11-02", "asserts", "the speaker is named after the figure"],
  [AC, "«localisé et recensé 211 morts»", "211", 211, 211, 211, "exact", "killed", "people", "morts des inondations", SPANISH_GOV, "2024-11-02", "asserts", "a figure of its own beside « au moins 211 »"],
  [AC, "faisait état d’au moins 207 victimes", "au moins 207", 207, 207, null, "at_least", "killed", "people", "morts des inondations, bilan précédent", SPANISH_AUTHORITIES, "2024-11-01", "asserts", "« donné vendredi soir »"],
  [AC, "dont 204 dans la région de Valence", "204", 204, 204, 204, "exact", "killed", "people", "morts dans la région de Valence, bilan précédent", SPANISH_AUTHORITIES, "2024-11-01"],
  [AC, "Deux autres personnes sont décédées en Castille-la-Manche", "Deux", 2, 2, 2, "exact", "killed", "people", "morts en Castille-La Manche", SPANISH_AUTHORITIES, "2024-11-01", "asserts", "left to the authorities of the sentence before"],
  [AC, "et une troisième en Andalousie", "une troisième", 1, 1, 1, "exact", "killed", "people", "morts en Andalousie", SPANISH_AUTHORITIES, "2024-11-01"],
];
export default CLAIMS;
