// Turnouts, arrests and injuries of the French labour-law protests (loi Travail
// 2016, ordonnances 2017), as the police, the authorities and the unions count them.
const POLICE = ["police", "la police", "préfecture de police", "préfecture de police de Paris", "Paris police", "policiers"];
const PP = ["préfecture de police", "préfecture de police de Paris", "préfecture", "police", "la police", "Paris police prefecture"];
// "les autorités": the boursorama headline says the same figure is the police's.
const AUTH = ["autorités", "les autorités", "the authorities"];
const CGT = ["CGT", "la CGT", "Confédération générale du travail"];
const CGT_FO = ["CGT", "FO", "Force ouvrière", "CGT et FO", "FO et la CGT", "CGT-FO", "syndicats", "les syndicats", "unions"];
const UNIONS = ["syndicats", "les syndicats", "unions", "the unions"];
const ORGANISERS = ["organisateurs", "les organisateurs", "organisers", "organizers"];
const INTERIOR_PP = [
  "ministère de l'Intérieur", "Interior Ministry", "French Interior Ministry", "ministère de l'Intérieur et la préfecture de police de Paris",
  "préfecture de police", "préfecture de police de Paris", "police",
];

const B = "fr01_boursorama.txt";
const F31 = "fr02_francetvinfo_31mars.txt";
const F14 = "fr03_francetvinfo_14juin.txt";
const M = "fr04_mediapart.txt";
const R = "fr05_rtl.txt";
const C = "fr06_cnews.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?] */
const CLAIMS = [
  // fr01 — Boursorama (AFP copy), 26 May 2016, eighth day of action
  [B, "153.000 manifestants selon les autorités", "153.000", 153000, 153000, 153000, "exact", "participants", "protesters", "protesters in all of France, eighth day of action", [...AUTH, ...POLICE], "2016-05-26", "asserts", "headline restates it: « la police a dénombré 153 000 manifestants »"],
  [B, "300.000 d'après la CGT", "300.000", 300000, 300000, 300000, "exact", "participants", "protesters", "protesters in all of France, eighth day of action", CGT, "2016-05-26", "asserts", "headline: « la CGT le double »"],
  [B, "contre 128.000", "128.000", 128000, 128000, 128000, "exact", "participants", "protesters", "protesters in all of France, 19 May", [...AUTH, ...POLICE], "2016-05-19", "asserts", "« respectivement »: the authorities' figure of 19 May"],
  [B, "400.000, respectivement jeudi 19 mai", "400.000", 400000, 400000, 400000, "exact", "participants", "protesters", "protesters in all of France, 19 May", CGT, "2016-05-19"],
  [B, "de 18.000 à 19.000 personnes ont défilé selon la police", "de 18.000 à 19.000", 18000, null, 19000, "range", "participants", "people", "marchers in Paris", POLICE, "2016-05-26"],
  [B, "contre 14.000 jeudi dernier", "14.000", 14000, 14000, 14000, "exact", "participants", "people", "marchers in Paris, 19 May", POLICE, "2016-05-19"],
  [B, "100.000 selon FO et la CGT", "100.000", 100000, 100000, 100000, "exact", "participants", "people", "marchers in Paris", CGT_FO, "2016-05-26"],
  [B, "Des milliers de personnes se sont également mobilisées", "Des milliers", 1000, null, null, "vague", "participants", "people", "protesters in other French cities", null, "2016-05-26"],
  [B, "Toulouse (6.000 selon la police", "6.000", 6000, 6000, 6000, "exact", "participants", "people", "protesters in Toulouse", POLICE, "2016-05-26"],
  [B, "20.000 selon les organisateurs", "20.000", 20000, 20000, 20000, "exact", "participants", "people", "protesters in Toulouse", ORGANISERS, "2016-05-26"],
  [B, "Bordeaux (3.000", "3.000", 3000, 3000, 3000, "exact", "participants", "people", "protesters in Bordeaux", POLICE, "2016-05-26", "asserts", "« (3.000 à 13.000) » is police to organisers, as the Toulouse pair before it: not a range"],
  [B, "à 13.000)", "13.000", 13000, 13000, 13000, "exact", "participants", "people", "protesters in Bordeaux", ORGANISERS, "2016-05-26", "asserts", "organisers' figure of the pair"],
  [B, "le Havre (7.400", "7.400", 7400, 7400, 7400, "exact", "participants", "people", "protesters in Le Havre", POLICE, "2016-05-26", "asserts", "police to organisers pair"],
  [B, "à 30.000)", "30.000", 30000, 30000, 30000, "exact", "participants", "people", "protesters in Le Havre", ORGANISERS, "2016-05-26"],
  [B, "Clermont-Ferrand (1.550", "1.550", 1550, 1550, 1550, "exact", "participants", "people", "protesters in Clermont-Ferrand", POLICE, "2016-05-26", "asserts", "police to organisers pair"],
  [B, "à 7.000)", "7.000", 7000, 7000, 7000, "exact", "participants", "people", "protesters in Clermont-Ferrand", ORGANISERS, "2016-05-26"],
  [B, "Saint-Nazaire (2.500", "2.500", 2500, 2500, 2500, "exact", "participants", "people", "protesters in Saint-Nazaire", POLICE, "2016-05-26", "asserts", "police to organisers pair"],
  [B, "à 4.500)", "4.500", 4500, 4500, 4500, "exact", "participants", "people", "protesters in Saint-Nazaire", ORGANISERS, "2016-05-26"],
  [B, "Rouen (3.300 selon la police)", "3.300", 3300, 3300, 3300, "exact", "participants", "people", "protesters in Rouen", POLICE, "2016-05-26"],
  [B, "Lyon (3.000)", "3.000", 3000, 3000, 3000, "exact", "participants", "people", "protesters in Lyon", null, "2016-05-26", "asserts", "no source given for Lyon"],
  [B, "77 personnes ont été interpellées", "77", 77, 77, 77, "exact", "detained", "people", "people arrested in France", INTERIOR_PP, "2016-05-26"],
  [B, "dont 36 dans la capitale", "36", 36, 36, 36, "exact", "detained", "people", "people arrested in Paris", INTERIOR_PP, "2016-05-26"],
  [B, "quinze policiers ou gendarmes ont été blessés", "quinze", 15, 15, 15, "exact", "injured", "police officers", "police officers and gendarmes injured", INTERIOR_PP, "2016-05-26"],
  [B, "Trente-deux personnes ont été placées en garde à vue à Paris", "Trente-deux", 32, 32, 32, "exact", "detained", "people", "people held in custody in Paris", INTERIOR_PP, "2016-05-26", "asserts", "no attribution in the sentence: the previous sentence's sources go on"],
  [B, "62 dans tout l'Hexagone", "62", 62, 62, 62, "exact", "detained", "people", "people held in custody in France", INTERIOR_PP, "2016-05-26"],

  // fr02 — francetvinfo live, 31 March 2016
  [F31, "a rassemblé 390 000 manifestants en France, selon la police", "390 000", 390000, 390000, 390000, "exact", "participants", "protesters", "protesters in all of France", POLICE, "2016-03-31", "asserts", "also in the headline, « Entre 390 000 et 1,2 million » and « n'étaient que 390 000 »"],
  [F31, "Les syndicats CGT et FO, eux, ont dénombré 1,2 million de personnes dans les rues", "1,2 million", 1200000, 1200000, 1200000, "exact", "participants", "people", "protesters in all of France", CGT_FO, "2016-03-31", "asserts", "also in the headline and « Le décompte des syndicats CGT et FO fait état de 1,2 million »; « Entre 390 000 et 1,2 million » sums up both and is not a claim of its own"],
  [F31, "dont 26 000 à 28 000 à Paris", "26 000 à 28 000", 26000, null, 28000, "range", "participants", "protesters", "protesters in Paris", POLICE, "2016-03-31"],
  [F31, "la police a dénombré 233 rassemblements", "233", 233, 233, 233, "exact", "other", "gatherings", "gatherings held in France", POLICE, "2016-03-31"],
  [F31, "dont 160 000 à Paris", "160 000", 160000, 160000, 160000, "exact", "participants", "people", "protesters in Paris", CGT_FO, "2016-03-31"],
  [F31, "Le 9 mars, la police avait compté 224 000 manifestants", "224 000", 224000, 224000, 224000, "exact", "participants", "protesters", "protesters in all of France, 9 March", POLICE, "2016-03-09"],
  [F31, "les syndicats 400 000 à 500 000", "400 000 à 500 000", 400000, null, 500000, "range", "participants", "protesters", "protesters in all of France, 9 March", CGT_FO, "2016-03-09"],
  [F31, "Plusieurs dizaines d'interpellations", "Plusieurs dizaines", 20, null, 99, "vague", "detained", "arrests", "arrests", null, "2016-03-31"],
  [F31, "une cinquantaine de personnes ont été interpellées", "une cinquantaine", 50, 50, 50, "approx", "detained", "people", "people arrested", null, "2016-03-31"],
  [F31, "une vingtaine de policiers blessés", "une vingtaine", 20, 20, 20, "approx", "injured", "police officers", "police officers injured", null, "2016-03-31"],

  // fr03 — francetvinfo (France 2 report), 14 June 2016
  [F14, "Selon les syndicats, ils étaient plus d'un million à avoir défilé à Paris ce 14 juin", "plus d'un million", 1000000, 1000000, null, "at_least", "participants", "people", "marchers in Paris, ninth day", CGT_FO, "2016-06-14", "asserts", "« les syndicats » are the CGT and FO named below"],
  [F14, "Des chiffres contestés par la police.", null, null, null, null, null, "participants", "people", "the unions' turnout", POLICE, "2016-06-14", "denies"],
  [F14, "Environ, 1,3 million de personnes auraient défilé ce 14 juin", "Environ, 1,3 million", 1300000, 1300000, 1300000, "approx", "participants", "people", "marchers, ninth day", CGT_FO, "2016-06-14", "asserts", "attribution in the sentence before: « selon les syndicats »"],
  [F14, "La police, pour sa part, n'a comptabilisé que 125 000 manifestants dans le cortège", "125 000", 125000, 125000, 125000, "exact", "participants", "protesters", "marchers in the Paris procession, ninth day", POLICE, "2016-06-14"],

  // fr04 — Mediapart, 28 June 2016
  [M, "14 000 à 15 000 manifestants à défiler dans les rues de Paris, selon la préfecture de police", "14 000 à 15 000", 14000, null, 15000, "range", "participants", "protesters", "marchers in Paris, eleventh day", PP, "2016-06-28"],
  [M, "55 000 selon les syndicats", "55 000", 55000, 55000, 55000, "exact", "participants", "protesters", "marchers in Paris, eleventh day", UNIONS, "2016-06-28"],
  [M, "les policiers et gendarmes ont compté 64 000 manifestants", "64 000", 64000, 64000, 64000, "exact", "participants", "protesters", "protesters in all of France, eleventh day", ["policiers et gendarmes", "policiers", "police", "gendarmes", "police et gendarmerie"], "2016-06-28"],
  [M, "contre 200 000 pour les syndicats", "200 000", 200000, 200000, 200000, "exact", "participants", "protesters", "protesters in all of France, eleventh day", UNIONS, "2016-06-28"],

  // fr05 — RTL, 5 July 2016
  [R, "Ils étaient 30.000 en France, selon les autorités", "30.000", 30000, 30000, 30000, "exact", "participants", "people", "protesters in all of France, 5 July", AUTH, "2016-07-05"],
  [R, "le 28 juin (64.000)", "64.000", 64000, 64000, 64000, "exact", "participants", "people", "protesters in all of France, 28 June", AUTH, "2016-06-28", "asserts", "the authorities' figure of the sentence goes on"],
  [R, "Le défilé à Paris a rassemblé entre 6.500 et 7.500 personnes, selon la police", "entre 6.500 et 7.500", 6500, null, 7500, "range", "participants", "people", "marchers in Paris, 5 July", POLICE, "2016-07-05"],
  [R, "45.000 pour la CGT et FO", "45.000", 45000, 45000, 45000, "exact", "participants", "people", "marchers in Paris, 5 July", CGT_FO, "2016-07-05", "asserts", "« C'est la police qui est la plus proche de la réalité » backs the police, it disputes no figure by name: not annotated as a denial"],

  // fr06 — CNews, 19 October 2017 (labour-code ordinances)
  [C, "Quelque 5 500 personnes selon la préfecture de police", "Quelque 5 500", 5500, 5500, 5500, "approx", "participants", "people", "marchers in Paris, 19 October", PP, "2017-10-19"],
  [C, "25 000 selon la CGT", "25 000", 25000, 25000, 25000, "exact", "participants", "people", "marchers in Paris, 19 October", CGT, "2017-10-19"],
  [C, "comptabilisé 16 000 manifestants à Paris le 21 septembre", "16 000", 16000, 16000, 16000, "exact", "participants", "protesters", "marchers in Paris, 21 September", PP, "2017-09-21"],
  [C, "24 000 le 12 septembre", "24 000", 24000, 24000, 24000, "exact", "participants", "protesters", "marchers in Paris, 12 September", PP, "2017-09-12"],
  [C, "55 000 manifestants à Paris le 21 septembre", "55 000", 55000, 55000, 55000, "exact", "participants", "protesters", "marchers in Paris, 21 September", CGT, "2017-09-21"],
  [C, "60 000 le 12 septembre", "60 000", 60000, 60000, 60000, "exact", "participants", "protesters", "marchers in Paris, 12 September", CGT, "2017-09-12"],
];
export default CLAIMS;
