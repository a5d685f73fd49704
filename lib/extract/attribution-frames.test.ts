// Who speaks, where the frame of attribution is less plain: a name in quotes,
// a figure noun linked to its author by a participle, a gap set off by commas,
// a cue in a parenthesis of its own, an anaphor that names a kind of source.
// One row per phrasing (invented sentences, in no eval set): text → the
// figure's value and the source id it credits (null: the article's own voice).
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { claimOfValue } from "../../test/counted-figure";

type Row = [Language, string, number, string | null];

const ROWS: Row[] = [
  // A fragment ("au" of "au moins") is not who speaks.
  ["fr", "Le collectif Nos Rues, qui tient un décompte indépendant, a recensé de son côté au moins 8 400 marcheurs à Lille.", 8400, "nos-rues"],
  // A short name in quotes is the subject, not a quotation closing before an incise.
  ["fr", "Le collectif «Vélo Libre» avait compté 2 300 participants samedi.", 2300, "velo-libre"],
  ["en", "The group “Safe Streets” had counted 1,400 marchers on Saturday.", 1400, "safe-streets"],
  // A figure noun, a participle, "par"/"by": the author of the figure.
  ["fr", "D'après les comptes tenus par la préfecture de l'Hérault, 6 100 personnes ont défilé.", 6100, "prefecture-de-l-herault"],
  ["fr", "Le séisme a fait 212 morts, selon un bilan actualisé par la protection civile.", 212, "protection-civile"],
  ["en", "According to figures gathered by the state emergency office, 430 people died.", 430, "state-emergency-office"],
  // Who gives a toll says it.
  ["fr", "La protection civile a donné un nouveau bilan de 52 morts.", 52, "protection-civile"],
  ["en", "The civil defence agency has given a toll of 52 dead.", 52, "civil-defence-agency"],
  // A gap set off by commas between the auxiliary and the verb; "en" before the auxiliary.
  ["fr", "Le syndicat Sud-Rail a, pour sa part, dénombré 3 200 grévistes.", 3200, "sud-rail"],
  ["fr", "Le rectorat a compté 4 000 grévistes. De son côté, la FSU en a décompté 12 000 grévistes.", 12000, "fsu"],
  // A participle after a comma qualifies a noun: no one speaks through it.
  ["fr", "Le rectorat a noté une hausse du nombre de grévistes, estimé à 41 000 dans l'académie.", 41000, "rectorat"],
  // A cue in a parenthesis that holds its own figure speaks for that figure alone.
  ["fr", "Les syndicats annoncent 9 000 manifestants à Nantes (3 500 selon la police), 4 000 à Angers et 2 000 à Laval.", 4000, "syndicats"],
  ["fr", "Les syndicats annoncent 9 000 manifestants à Nantes (3 500 selon la police), 4 000 à Angers et 2 000 à Laval.", 3500, "police"],
  ["en", "Organisers reported 60,000 marchers in Leeds (22,000 according to the city council), 30,000 in York and 9,000 in Hull.", 30000, "organisers"],
  ["fr", "Ils étaient 5 000 (selon la police) à Caen.", 5000, "police"],
  // An anaphor of a kind ("la préfecture", "the ministry") points back to a speaker of that kind, else names its own.
  ["fr", "Le cabinet Comptages Express a relevé 7 000 personnes. Il y avait 4 500 manifestants selon la préfecture.", 4500, "prefecture"],
  ["fr", "La préfecture du Rhône a compté 3 000 manifestants. Selon la préfecture, 12 personnes ont été interpellées.", 12, "prefecture-du-rhone"],
  ["en", "The consultancy Crowd Metrics counted 8,000 people. Another 2,000 people joined later, according to the ministry.", 2000, "ministry"],
  ["en", "The Chilean health ministry said 40 people died. According to the ministry, 200 people were injured.", 200, "chilean-health-ministry"],
  // A report goes on through the figures it credited, and across a sentence with neither figure nor speaker when
  // the figure says it adds to it ("également", "also"); without that word the article speaks in its own voice.
  ["fr", "Selon un bilan de la protection civile, l'incendie a fait 14 morts. Les communes les plus touchées sont Aubagne et Cassis. Le feu a également fait 63 blessés.", 63, "protection-civile"],
  ["en", "The regional fire service said 14 people had died. The worst-hit towns are Riverton and Oakley. It further left 63 people injured.", 63, "regional-fire-service"],
  ["fr", "Selon la préfecture, 14 personnes sont mortes dans l'incendie. La ville reste sous le choc. Des milliers d'habitants ont dormi dehors.", 1000, null],
  ["en", "Police said 12 people were arrested. The march ended at dusk near the river. Thousands of people gathered in the square afterwards.", 1000, null],
  ["en", "The regional fire service said 14 people had died. Another 30 people were injured in Riverton. Some 120 homes were destroyed in the valley.", 120, "regional-fire-service"],
  ["en", "The regional fire service said 14 people had died. Another 30 people were injured in Riverton.\nSome 120 homes were destroyed in the valley.", 120, null],
  // An adverb between the speaker and a past verb leaves it a verb; "a new report" stays a noun.
  ["en", "The state fire service earlier reported that 340 homes had burned down near Millbrook.", 340, "state-fire-service"],
  ["en", "The coast guard first said 17 migrants were missing off the island.", 17, "coast-guard"],
  ["en", "Some 5,000 people fled, according to a new report by the Danube Refugee Council.", 5000, "danube-refugee-council"],
  ["en", "Rights groups report that 52 protesters have been detained since Monday.", 52, "rights-groups"],
  ["en", "The researchers calculate that 1,200 households lost their homes.", 1200, "researchers"],
  // "the regional ministry" after "the regional ministry's crisis unit" is the whole, not the unit.
  ["en", "The regional ministry's crisis unit said 80 homes were destroyed. According to the regional ministry, 14 people died.", 14, "regional-ministry"],
  // A headline that opens with its speaker and a colon, or ends on it after a dash; a place or an event before the colon is a topic.
  ["en", "Chilean health ministry: wildfires killed at least 112 in Valparaiso", 112, "chilean-health-ministry"],
  ["en", "Police count: 4,200 marchers in Bristol", 4200, "police"],
  ["fr", "La préfecture : 3 400 manifestants à Rennes", 3400, "prefecture"],
  ["en", "Flood death toll climbs to 64 — officials", 64, "officials"],
  ["fr", "Incendie à Marseille : 14 morts", 14, null],
  ["en", "Chile: 112 dead in wildfires", 112, null],
  ["en", "The fire service counts 112 dead in Valparaiso.", 112, "fire-service"],
  // An inverted speaker after a day of the month or after whom it spoke to; a place opening the sentence is no subject.
  ["fr", "En Bolivie, le bilan des inondations est passé à 51 morts, a indiqué mardi 4 mars la protection civile.", 51, "protection-civile"],
  ["fr", "« Nous comptons 230 disparus », a déclaré à l'AFP la directrice de la Croix-Rouge locale.", 230, "croix-rouge-locale"],
  ["fr", "Au Pérou, 18 personnes sont bloquées dans la mine, a annoncé le ministère des Mines.", 18, "ministere-des-mines"],
  // A place after the subject's head belongs to the subject: "the head of the delegation in X".
  ["en", "The head of the Red Cross delegation in Lima said 64 people were missing.", 64, "red-cross-delegation-in-lima"],
  // A generic head the article names with a person speaks for its institution.
  ["fr", "« Il y a 300 blessés », a précisé le porte-parole du ministère de la Santé Ahmed Benali.", 300, "health-ministry"],
  // A document speaks for whoever issued it: "the statement" points back; "X's survey" is X's; "a study of X" is about X.
  ["en", "The coast guard said 12 boats sank. The statement said 340 migrants had been rescued.", 340, "coast-guard"],
  ["fr", "La préfecture a compté 3 000 manifestants. Le communiqué précise que 12 personnes ont été interpellées.", 12, "prefecture"],
  ["en", "The charity's survey found that 2,300 families had lost their homes.", 2300, "charity"],
  ["en", "A study of hospital records counted 1,900 deaths.", 1900, "study-of-hospital-records"],
  ["en", "A study published in May counted 1,900 deaths.", 1900, null],
  // A document no one is named for speaks itself: "a study says", "selon une étude", "new report says".
  ["en", "Floods have killed at least 300 people in the province, a study says.", 300, "study"],
  ["en", "Wildfires burned 1,200 homes in the hills, new report says", 1200, "report"],
  ["en", "According to a survey, 900 families lost their homes.", 900, "survey"],
  ["fr", "Les crues ont fait au moins 140 morts dans la vallée, selon une étude.", 140, "etude"],
  ["fr", "Au moins 140 personnes sont mortes dans la vallée, indique un rapport publié lundi.", 140, "rapport"],
  // A relative pronoun after a comma speaks for the phrase before it, unless that phrase is a time.
  ["en", "A survey by the Alder Institute, which estimated 300 deaths in the valley, was published on Monday.", 300, "alder-institute"],
  ["fr", "Une enquête de l'Observatoire des Alpes, qui a recensé 300 morts dans la vallée, a été publiée lundi.", 300, "observatoire-des-alpes"],
  ["en", "The toll is higher than the estimate published earlier in the summer, which counted 300 deaths.", 300, null],
  ["fr", "Le bilan est plus lourd que celui publié au printemps, qui a recensé 300 morts.", 300, null],
  // An English title after its institution credits the institution; "confirmed dead" is the state of the counted, not speech.
  ["en", "The toll rose to 212 on Monday, police spokesman Dan Okoro said.", 212, "police"],
  ["en", "Interior Ministry spokeswoman Lena Vos said 15 nationals were among the dead.", 15, "interior-ministry"],
  ["en", "The number of people confirmed dead stands at 58.", 58, null],
  ["en", "Some government officials said 300 people had died.", 300, "government-officials"],
  // Who revises a toll gives it; an event that raises a toll never speaks.
  ["en", "The health ministry revised the death toll down to 180.", 180, "health-ministry"],
  ["fr", "Les autorités ont ensuite révisé le bilan à 180 morts.", 180, "autorites"],
  ["en", "The cyclone raised the death toll to 40.", 40, null],
  ["fr", "La tempête a fait 40 morts.", 40, null],
  // "regional authorities" alone are any country's, not the seed story's Ukrainian ones.
  ["en", "In Murcia, 14 people died in the floods, the regional authorities said.", 14, "regional-authorities"],
  ["fr", "En Catalogne, 14 personnes sont mortes, selon les autorités régionales.", 14, "autorites-regionales"],
  // "en" between the subject and its verb: "la police en a compté 25 000".
  ["fr", "Les organisateurs ont revendiqué 90 000 participants, la police en a compté 25 000.", 25000, "police"],
  ["en", "Organisers estimated the crowd at 90,000, while police put it at 25,000.", 25000, "police"],
  // Speakers that need no determiner, joined: "les policiers et gendarmes".
  ["fr", "Dans tout le pays, les policiers et gendarmes ont compté 41 000 manifestants, contre 90 000 pour les syndicats.", 41000, "policiers-et-gendarmes"],
  ["en", "Police and firefighters said 30 people were rescued.", 30, "police-and-firefighters"],
  // A report of people does not go on to a count of things in the sentence after it.
  ["fr", "Selon la préfecture, 12 000 personnes ont défilé. Au total, 40 rassemblements étaient organisés.", 40, null],
  ["en", "Police said 12,000 people marched. In all, 40 rallies were held across the country.", 40, null],
  ["en", "Police said 12,000 people marched. Another 3,000 people gathered in the park.", 3000, "police"],
  // A figure noun qualified by an adverb and a participle keeps its author; "un nouveau décompte" is a noun, no verb.
  ["fr", "Les combats ont fait 900 morts, selon un bilan très sous-estimé de l'ONG Vigilance Sahel.", 900, "ong-vigilance-sahel"],
  ["fr", "Une agence de l'ONU a évoqué un nouveau décompte de 2 300 disparus.", 2300, "un"],
  // A participle with its agent after a figure noun names who made the figure; an adjective may follow the noun.
  ["fr", "Selon un comptage indépendant pour un groupe de journaux réalisé par le cabinet Trajectoires, 9 000 personnes ont défilé.", 9000, "trajectoires"],
  ["en", "According to a count for several newspapers conducted by the firm Crowdsense, 9,000 people marched.", 9000, "crowdsense"],
  ["fr", "Selon un comptage indépendant de la Ligue des droits, 2 000 personnes étaient présentes.", 2000, "ligue-des-droits"],
  // A short name in parentheses after the long one, written as a word.
  ["fr", "Le Bureau régional des secours (Bures) a rapporté que 400 personnes étaient mortes.", 400, "bures"],
  ["en", "The Regional Relief Bureau (Rerb) said that 400 people had died.", 400, "rerb"],
  // Official figures with no author named: the officials, unnamed.
  ["en", "Official estimates have placed the number of dead at 64.", 64, "official-estimates"],
  ["fr", "Selon les chiffres officiels, 1 200 personnes ont été évacuées.", 1200, "chiffres-officiels"],
  ["fr", "Les combats ont déplacé 20 000 personnes, a déploré jeudi l'Office régional des réfugiés.", 20000, "office-regional-des-refugies"],
  // A quotation that runs over several sentences speaks with the voice named where it closes.
  ["fr", "« Nous avons compté 5 200 grévistes ce matin. C'est du jamais vu », a déclaré le syndicat Sud-Santé.", 5200, "sud-sante"],
  ["en", "\"We counted 5,200 marchers this morning. It has never been this big,\" said the Riverside Tenants Union.", 5200, "riverside-tenants-union"],
  ["fr", "Le syndicat Sud-Santé a recensé 300 grévistes. « Demain, ce sont 800 grévistes qui sont attendus. Le mouvement grandit », a-t-il précisé.", 800, "sud-sante"],
  ["en", "\"We counted 5,200 marchers this morning.\" The city council put the crowd at 2,000.", 5200, null],
  // An official figure with no speaker named is the authorities', unnamed.
  ["en", "The official death toll, which stood at 80 people on Monday, has since doubled.", 80, "officials"],
  ["fr", "Le bilan officiel s'établit désormais à 300 morts.", 300, "autorites"],
  ["en", "The official opening of the bridge drew 2,000 people.", 2000, null],
  // An acronym is a name: it does not stand for the last source of its kind ("l’ONU" is the United Nations, not the WFP).
  ["fr", "Le Programme alimentaire mondial estime que 3 000 familles ont faim. Plus de 40 000 personnes ont fui, selon l’ONU.", 40000, "un"],
];

describe("speakers in less plain frames of attribution", () => {
  it.each(ROWS)("(%s) %s → %d", (language, text, value, id) => {
    const claim = claimOfValue(language, text, value);
    expect(claim.source?.id ?? null).toBe(id);
  });
});
