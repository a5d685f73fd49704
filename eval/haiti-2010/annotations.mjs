// The Haiti earthquake of 12 January 2010: a government death toll that climbs
// and contradicts itself, doubted by officials and residents, and the count of
// the injured, the homeless and the buildings that fell.
const GOV = ["Haiti's government", "Haitian government", "government", "Haiti", "Haitian officials", "officials", "government of Haiti"];
const LASSEGUE = ["Marie-Laurence Jocelyn Lassegue", "Lassegue", "communications minister", "Communications Ministry", "ministry", ...GOV];
const PREVAL = ["Rene Preval", "René Préval", "Preval", "president", "Haitian president", "Haiti's president"];
const GOV_FR = ["gouvernement", "gouvernement haïtien", "autorités", "les autorités", "autorités haïtiennes", "Haitian government", "government"];
const WFP = ["Programme alimentaire mondial", "PAM", "World Food Programme", "WFP"];

const GU = "en01_guardian_ap.txt";
const NM = "en02_newsmax.txt";
const AJ = "en03_aljazeera.txt";
const ALG = "fr01_algerie360.txt";
const RP = "fr02_radio_prague.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — The Guardian (AP), 11 February 2010
  [GU, "raised the official death toll to 230,000", "230,000", 230000, 230000, 230000, "exact", "killed", "people", "official death toll", LASSEGUE, null, "asserts", "« a day after » a day the text does not name"],
  [GU, "as saying 270,000 bodies had been hastily buried by the government following the earthquake", "270,000", 270000, 270000, 270000, "exact", "killed", "bodies", "bodies buried by the government", [...PREVAL, "her office", "Communications Ministry", "communications ministry"], null, "asserts", "the statement of Lassegue's office quotes Preval: he is credited, the office is accepted"],
  [GU, "A press officer withdrew the statement, saying there was an error", null, null, null, null, null, "killed", "bodies", "bodies buried by the government (270,000)", ["press officer", "a press officer", "Communications Ministry", "ministry", "communications ministry"], null, "denies", "a retraction of the 270,000 figure"],
  [GU, "the ministry said there had been a typographical error and the number should have been 170,000", "170,000", 170000, 170000, 170000, "exact", "killed", "bodies", "bodies buried by the government (corrected)", ["ministry", "Communications Ministry", "communications ministry", ...LASSEGUE], null],
  [GU, "Preval, speaking English, told journalists that the number was 170,000", "170,000", 170000, 170000, 170000, "exact", "killed", "bodies", "bodies in mass graves", PREVAL, null],
  [GU, "\"No, no, the official number is 210,000.\"", "210,000", 210000, 210000, 210000, "exact", "killed", "people", "official death toll", LASSEGUE, null, "asserts", "her « No, no » contradicts Preval by giving another figure; it is scored as that figure, not as a denial"],
  [GU, "Preval dismissed her.", null, null, null, null, null, "killed", "people", "official death toll (210,000)", PREVAL, null, "denies", "« she doesn't know what she's talking about » follows"],

  // en02 — Newsmax (AP), 10 February 2010
  [NM, "which has climbed from a precise 111,481 on Jan. 23", "111,481", 111481, 111481, 111481, "exact", "killed", "people", "official death toll on 23 January", GOV, "2010-01-23"],
  [NM, "to 150,000 on Jan. 24", "150,000", 150000, 150000, 150000, "exact", "killed", "people", "official death toll on 24 January", GOV, "2010-01-24"],
  [NM, "to 212,000 on Saturday", "212,000", 212000, 212000, 212000, "exact", "killed", "people", "official death toll on Saturday 6 February", GOV, "2010-02-06"],
  [NM, "to 230,000 on Tuesday", "230,000", 230000, 230000, 230000, "exact", "killed", "people", "official death toll on Tuesday 9 February", GOV, "2010-02-09", "asserts", "the toll of the headline and of the lead (« Haiti's government says 230,000 people died »): one claim, dated here; the tsunami comparison (« as many as ») is not a claim of its own"],
  [NM, "even some government officials express skepticism that the number is real", null, null, null, null, null, "killed", "people", "official death toll", ["government officials", "some government officials", "officials"], null, "denies"],
  [NM, "accusing the government of inflating the numbers", null, null, null, null, null, "killed", "people", "official death toll", ["citizens", "many citizens", "Haitians"], null, "denies", "the epidemiologist's « is estimates » and the shop owner's quote illustrate the doubt; not annotated apart"],

  // en03 — Al Jazeera, 11 February 2010
  [AJ, "which has climbed from a precise 111,481 on January 23", "111,481", 111481, 111481, 111481, "exact", "killed", "people", "official death toll on 23 January", GOV, "2010-01-23"],
  [AJ, "to 150,000 on January 24", "150,000", 150000, 150000, 150000, "exact", "killed", "people", "official death toll on 24 January", GOV, "2010-01-24"],
  [AJ, "to 212,000 on Saturday", "212,000", 212000, 212000, 212000, "exact", "killed", "people", "official death toll on Saturday 6 February", GOV, "2010-02-06"],
  [AJ, "to 230,000 on Tuesday", "230,000", 230000, 230000, 230000, "exact", "killed", "people", "official death toll on Tuesday 9 February", GOV, "2010-02-09"],
  [AJ, "Even some government officials have expressed scepticism that the number is real", null, null, null, null, null, "killed", "people", "official death toll", ["government officials", "some government officials", "officials"], null, "denies"],
  [AJ, "accusing the government of inflating the numbers", null, null, null, null, null, "killed", "people", "official death toll", ["local residents", "many local residents", "residents"], null, "denies"],
  [AJ, "Some 250,000 houses", "Some 250,000", 250000, 250000, 250000, "approx", "damage", "houses", "houses collapsed", ["government", "government estimates", ...GOV], null],
  [AJ, "30,000 commercial buildings collapsed, according to government estimates", "30,000", 30000, 30000, 30000, "exact", "damage", "buildings", "commercial buildings collapsed", ["government", "government estimates", ...GOV], null, "asserts", "« Some » may carry over; the values are the same either way"],
  [AJ, "an estimated one million people remain displaced", "an estimated one million", 1000000, 1000000, 1000000, "approx", "displaced", "people", "people displaced four weeks after", null, null, "asserts", "the population of Haiti (« nine million ») is background, not annotated"],

  // fr01 — Algérie 360, 22 January 2010
  [ALG, "le gouvernement annonce qu’il y a eu plus de 110.000 morts", "plus de 110.000", 110000, 110000, null, "at_least", "killed", "people", "death toll ten days after", GOV_FR, "2010-01-22"],
  [ALG, "122 rescapés", "122", 122, 122, 122, "exact", "other", "people", "survivors pulled from the rubble", null, null],
  [ALG, "Il y a environ 250.000 blessés", "environ 250.000", 250000, 250000, 250000, "approx", "injured", "people", "people injured", GOV_FR, null, "asserts", "the lead sums up the government's announcement of the sentence before last"],
  [ALG, "1 million de sans-abri", "1 million", 1000000, 1000000, 1000000, "exact", "displaced", "people", "people left homeless", GOV_FR, null, "asserts", "repeated in « au moins 250.000 blessés et 1 million de sans-abri » (a mention)", 1],
  [ALG, "un nouveau bilan faisait état de 110.000 morts", "110.000", 110000, 110000, 110000, "exact", "killed", "people", "death toll (new)", GOV_FR, "2010-01-22", "asserts", "« Vendredi soir », the publication day"],
  [ALG, "Le précédent bilan était de 75.000 morts", "75.000", 75000, 75000, 75000, "exact", "killed", "people", "death toll (previous)", GOV_FR, null],
  [ALG, "Il y aurait au moins 250.000 blessés", "au moins 250.000", 250000, 250000, null, "at_least", "injured", "people", "people injured", GOV_FR, null, "asserts", "the authorities' toll goes on (conditional)"],
  [ALG, "Le chiffre de 150.000 à 200.000 morts avait également été évoqué", "150.000 à 200.000", 150000, null, 200000, "range", "killed", "people", "death toll (another estimate)", null, null, "asserts", "passive with no agent; « La moitié des bâtiments » is a fraction, not annotated"],
  [ALG, "plus de 100 millions le nombre de rations alimentaires", "plus de 100 millions", 100000000, 100000000, null, "at_least", "other", "food rations", "food rations needed for the coming month", WFP, null],
  [ALG, "270.000 personnes ont déjà reçu une assistance", "270.000", 270000, 270000, 270000, "exact", "other", "people", "people who received aid", WFP, null, "asserts", "after the WFP's estimate; the WFP is credited"],
  [ALG, "l’envoi de 3.500 Casques bleus", "3.500", 3500, 3500, 3500, "exact", "deployed", "peacekeepers", "UN peacekeepers to be sent", ["Conseil de sécurité", "Conseil de sécurité de l'ONU", "UN Security Council", "Security Council", "ONU"], null],
  [ALG, "qui dispose déjà de 11.000 hommes", "11.000", 11000, 11000, 11000, "exact", "deployed", "soldiers", "Minustah troops already in Haiti", null, null],
  [ALG, "une cinquantaine d’équipes internationales", "une cinquantaine", 50, 50, 50, "approx", "deployed", "teams", "international rescue teams", null, null],
  [ALG, "totalisant plus de 1.700 sauveteurs", "plus de 1.700", 1700, 1700, null, "at_least", "deployed", "rescuers", "international rescuers", null, null],

  // fr02 — Radio Prague, 12 January 2011 (one year on)
  [RP, "222 570 morts", "222 570", 222570, 222570, 222570, "exact", "killed", "people", "people killed", null, null],
  [RP, "300 000 blessés", "300 000", 300000, 300000, 300000, "exact", "injured", "people", "people injured", null, null],
  [RP, "plus\nde 2,3 millions de personnes déplacées", "plus de 2,3 millions", 2300000, 2300000, null, "at_least", "displaced", "people", "people displaced", null, null],
  [RP, "plus de 390 000 bâtiments\ndétruits", "plus de 390 000", 390000, 390000, null, "at_least", "damage", "buildings", "buildings destroyed", null, null],
  [RP, "dont 180 000 maisons", "180 000", 180000, 180000, 180000, "exact", "damage", "houses", "houses destroyed", null, null],
];
export default CLAIMS;
