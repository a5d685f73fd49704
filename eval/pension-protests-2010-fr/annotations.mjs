// The 2010 pension-reform protests (not those of 2023): police and union
// turnouts, and a police union that disputes the official counts.
const SGP = ["Unité SGP police", "Unité SGP Police", "Unité SGP", "SGP police", "syndicat Unité SGP police", "syndicat de police", "syndicat policier", "Unité police SGP-FO", "SGP-FO"];
const UNIONS = ["syndicats", "les syndicats", "unions", "the unions"];
const POLICE = ["police", "la police", "DDSP", "direction départementale de la sécurité publique", "direction départementale de la sécurité publique des Bouches-du-Rhône"];

const BF = "fr01_bfmtv_reuters.txt";
const MA = "fr02_20minutes_marseille.txt";
const MO = "fr03_20minutes_montpellier.txt";
const NO = "fr04_nouvelobs.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // fr01 — BFMTV (Reuters), Tuesday 12 October 2010
  [BF, "Le syndicat Unité SGP police s'élève mardi contre le chiffrage par les autorités du nombre des manifestants", null, null, null, null, null, "participants", "protesters", "the authorities' turnout in Marseille", SGP, "2010-10-12", "denies", "the headline (« conteste le comptage ») and the communiqué (« s'épuise à dévaloriser ») restate it"],
  [BF, "La manifestation à Marseille mardi a réuni 230.000 personnes selon les syndicats", "230.000", 230000, 230000, 230000, "exact", "participants", "people", "marchers in Marseille, 12 October", UNIONS, "2010-10-12"],
  [BF, "24.500 selon la police", "24.500", 24500, 24500, 24500, "exact", "participants", "people", "marchers in Marseille, 12 October", POLICE, "2010-10-12"],

  // fr02 — 20 Minutes Marseille, 13 October 2010
  [MA, "a accusé hier la direction départementale de la sécurité publique (DDSP) de « travestir » la réalité du nombre de manifestants", null, null, null, null, null, "participants", "protesters", "the police's turnout in Marseille", SGP, "2010-10-12", "denies", "« la DDSP s'épuise à dévaloriser le nombre de manifestants » restates it"],
  [MA, "les chiffres avancés hier par les syndicats (230 000)", "230 000", 230000, 230000, 230000, "exact", "participants", "protesters", "marchers in Marseille, 12 October", UNIONS, "2010-10-12"],
  [MA, "et par la police (24 000)", "24 000", 24000, 24000, 24000, "exact", "participants", "protesters", "marchers in Marseille, 12 October", POLICE, "2010-10-12", "asserts", "« un écart de jugement de 1 à 10 » is a ratio, not annotated"],

  // fr03 — 20 Minutes Montpellier, 15 October 2010 (interview)
  [MO, "Oui, il y a une manipulation des chiffres par la police. Et plus", null, null, null, null, null, "participants", "protesters", "the police's turnouts in Montpellier", ["Bruno Bartocetti", "Bartocetti", "Unité SGP Police 34", "Unité SGP Police", "SGP Police"], null, "denies", "also the headline"],
  [MO, "le 27/09, 13 000 pour la police", "13 000", 13000, 13000, 13000, "exact", "participants", "protesters", "marchers in Montpellier, 27 September", ["police", "la police"], "2010-09-27", "asserts", "the police's figure, quoted by the union official"],
  [MO, "60 000 pour les syndicats", "60 000", 60000, 60000, 60000, "exact", "participants", "protesters", "marchers in Montpellier, 27 September", UNIONS, "2010-09-27"],
  [MO, "le 12/10, 12 000", "12 000", 12000, 12000, 12000, "exact", "participants", "protesters", "marchers in Montpellier, 12 October", ["police", "la police"], "2010-10-12", "asserts", "« 12 000 contre 70 000 »: police, then unions, as in the pair before"],
  [MO, "contre 70 000]", "70 000", 70000, 70000, 70000, "exact", "participants", "protesters", "marchers in Montpellier, 12 October", UNIONS, "2010-10-12"],

  // fr04 — Nouvel Obs (AFP), 2 October 2010
  [NO, "\"le nombre de manifestants compté sur le terrain par les policiers n'est pas toujours celui communiqué\"", null, null, null, null, null, "participants", "protesters", "the official turnouts", ["Nicolas Comte", "Comte", "Unité police SGP-FO", "SGP-FO", "Unité SGP Police"], null, "denies", "also the headline (« Un policier conteste le mode de calcul »)"],
  [NO, "Nos collègues avaient compté 5.000 manifestants", "5.000", 5000, 5000, 5000, "exact", "participants", "protesters", "police officers marching, autumn 2009", ["Nicolas Comte", "Comte", "Unité police SGP-FO", "SGP-FO", "policiers", "nos collègues"], "2009", "asserts", "« l'automne 2009 »: the year only"],
  [NO, "la préfecture a donné moins d'un millier de manifestants", "moins d'un millier", null, 1000, 1000, "at_most", "participants", "protesters", "police officers marching, autumn 2009", ["préfecture", "la préfecture", "préfecture de police"], "2009"],
];
export default CLAIMS;
