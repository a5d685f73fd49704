// French claim sentences: attribution in the sentence, carried from the previous
// one, older estimates recalled, split estimates, and denials. Empty slots are
// tidied away by the generator (double spaces, " ,").
import { cap, de, que, v } from "./grammar";
import { frStressed, frSubject } from "./pronouns";
import type { CarriedTemplate, ClaimTemplate, DenialTemplate, SplitTemplate } from "./types";

const lw = (when: string): string => (when ? `${cap(when)}, ` : "");

export const FR_CLAIMS: readonly ClaimTemplate[] = [
  (c) => `Selon ${c.src.np}, ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `${cap(c.qty)} ${c.pred} ${c.place}, selon ${c.src.np}.`,
  (c) => `D'après ${c.src.np}, ${c.qty} ${c.cond} ${c.place}.`,
  (c) => `${lw(c.when)}${c.src.np} ${v(c.src.pl, "a", "ont")} affirmé ${que(c.qty)} ${c.pred} ${c.place}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "estime", "estiment")} à ${c.fig} le nombre ${de(c.noun)} ${c.part} ${c.place}.`,
  (c) => `« ${cap(c.qty)} ${c.pred} ${c.place} », ${v(c.src.pl, "a", "ont")} déclaré ${c.src.np} ${c.when}.`,
  (c) => `${c.place ? `${cap(c.place)}, ` : ""}${c.qty} ${c.pred}, ${v(c.src.pl, "a", "ont")} indiqué ${c.src.np} ${c.when}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "a", "ont")} fait état ${de(c.qty)} ${c.part} ${c.place}.`,
  (c) => `Interrogé ${c.when} par la presse, ${c.src.np} ${v(c.src.pl, "a", "ont")} évoqué ${c.qty} ${c.part} ${c.place}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "dit", "disent")} disposer d'informations selon lesquelles ${c.qty} ${c.pred} ${c.place}.`,
  (c) =>
    c.src.person
      ? `Cité par ${c.outlet}, ${c.src.np} a affirmé ${que(c.qty)} ${c.cond} ${c.place}.`
      : `Un responsable ${de(c.src.np)} cité par ${c.outlet} a affirmé, sous couvert d'anonymat, ${que(c.qty)} ${c.cond} ${c.place}.`,
  (c) => `${cap(c.outlet)} rapporte, citant ${c.src.np}, ${que(c.qty)} ${c.pred} ${c.place}.`,
  (c) => `Ce chiffre, avancé ${c.when} par ${c.src.np}, porte à ${c.fig} le nombre ${de(c.noun)} ${c.part} ${c.place}.`,
  (c) => `${lw(c.when)}${c.src.np} ${v(c.src.pl, "a", "ont")} revu son estimation : ${c.qty} ${c.cond} désormais ${c.place}.`,
  (c) => `Toujours selon ${c.src.np}, ${c.qty} ${c.cond} ${c.place}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "évoque", "évoquent")} ${c.qty} ${c.part} ${c.place}, un chiffre qui ne cesse d'augmenter.`,
  (c) => `Selon les estimations ${de(c.src.np)}, publiées ${c.when}, ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `Pour ${c.src.np}, ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "avance", "avancent")} le chiffre ${de(c.qty)} ${c.part} ${c.place}.`,
  (c) => `À en croire ${c.src.np}, ${c.qty} ${c.cond} ${c.place}.`,
  (c) => `${lw(c.when)}${c.src.np} ${v(c.src.pl, "a", "ont")} confirmé ${que(c.qty)} ${c.pred} ${c.place}.`,
  (c) => `Dans son dernier bilan, ${c.src.np} ${v(c.src.pl, "recense", "recensent")} ${c.qty} ${c.part} ${c.place}.`,
  (c) => `${cap(c.qty)} : c'est le chiffre avancé ${c.when} par ${c.src.np}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "chiffre", "chiffrent")} à ${c.fig} le nombre ${de(c.noun)} ${c.part} ${c.place}.`,
  (c) => `Il y aurait ${c.place} ${c.qty} ${c.part}, ${v(c.src.pl, "a", "ont")} assuré ${c.src.np} ${c.when}.`,
  (c) => `${lw(c.when)}${c.src.np} ${v(c.src.pl, "a", "ont")} averti ${que(c.qty)} ${c.cond} ${c.place}.`,
  (c) => `Les données ${de(c.src.np)} font état ${de(c.qty)} ${c.part} ${c.place}.`,
  (c) => `${cap(c.src.np)}${c.when ? `, ${c.when},` : ""} ${v(c.src.pl, "a", "ont")} parlé ${de(c.qty)} ${c.part} ${c.place}.`,
];

export const FR_CARRIED: readonly CarriedTemplate[] = [
  (c) => [`Une information révélée ${c.when} par ${c.src.np}.`, `Selon ${frStressed(c.src)}, ${c.qty} ${c.cond} ${c.place}.`],
  (c) => [
    `${lw(c.when)}${c.src.np} ${v(c.src.pl, "a", "ont")} livré une nouvelle évaluation de la situation.`,
    `D'après ${frStressed(c.src)}, ${c.qty} ${c.pred} ${c.place}.`,
  ],
  (c) => [
    `${cap(c.src.np)} ${v(c.src.pl, "a", "ont")} pris la parole ${c.when} devant la presse.`,
    `${cap(frSubject(c.src))} ${v(c.src.pl, "estime", "estiment")} ${que(c.qty)} ${c.pred} ${c.place}.`,
  ],
  (c) => [
    `L'information provient ${de(c.src.np)}.`,
    `${cap(frSubject(c.src))} ${v(c.src.pl, "affirme", "affirment")} ${que(c.qty)} ${c.cond} ${c.place}.`,
  ],
  (c) => [
    `${cap(c.src.np)} ${v(c.src.pl, "a", "ont")} publié ${c.when} un nouveau rapport.`,
    `Le document fait état ${de(c.qty)} ${c.part} ${c.place}.`,
  ],
];

/** Older estimates, with `when` such as "fin novembre". */
export const FR_RECALL: readonly ClaimTemplate[] = [
  (c) => `${lw(c.when)}${c.src.np} ${v(c.src.pl, "avait", "avaient")} quant à ${frStressed(c.src)} estimé à ${c.fig} le nombre ${de(c.noun)} ${c.part} ${c.place}.`,
  (c) => `${cap(c.when)}, ${c.src.np} ne ${v(c.src.pl, "parlait", "parlaient")} encore que ${de(c.qty)} ${c.part} ${c.place}.`,
  (c) => `Ce chiffre est en hausse par rapport à l'estimation ${de(c.src.np)}, qui ${v(c.src.pl, "évoquait", "évoquaient")} ${c.when} ${c.qty} ${c.part}.`,
  (c) => `Pour mémoire, ${c.src.np} ${v(c.src.pl, "avait", "avaient")} fait état ${c.when} ${de(c.qty)} ${c.part} ${c.place}.`,
];

export const FR_CONTINGENT: readonly ClaimTemplate[] = [
  (c) => `Le premier contingent ${de(c.fig)} soldats sera déployé ${c.place || "dans la région de Koursk"}, selon ${c.src.np}.`,
  (c) => `Selon ${c.src.np}, un premier contingent ${de(c.fig)} hommes est arrivé ${c.when} ${c.place || "en Russie"}.`,
];

export const FR_SPLIT: readonly SplitTemplate[] = [
  (s) => `Selon ${s.src.np}, ${s.now} de ces combattants se trouvent déjà en Russie et ${s.later} devraient y être envoyés d'ici ${s.by}.`,
  (s) => `${cap(s.src.np)} ${v(s.src.pl, "estime", "estiment")} à ${s.total} le nombre total de soldats attendus : ${s.now} sont déjà sur place, ${s.later} suivront d'ici ${s.by}.`,
];

export const FR_DENIALS: readonly DenialTemplate[] = [
  (d) => `${lw(d.when)}${d.src.np} ${v(d.src.pl, "a", "ont")} démenti ces informations, les qualifiant de « rumeurs sans fondement ».`,
  (d) => `${cap(d.src.np)} ${v(d.src.pl, "a", "ont")} rejeté ${d.when} des « rumeurs stéréotypées sans fondement visant à diffamer l'image de la Corée du Nord ».`,
  (d) => `Interrogé sur ces chiffres, ${d.src.np} ${v(d.src.pl, "a", "ont")} refusé de confirmer la présence de soldats nord-coréens.`,
  (d) => `${cap(d.src.np)} ${v(d.src.pl, "a", "ont")} qualifié de « provocation » les informations faisant état ${de(d.qty || "soldats nord-coréens en Russie")}.`,
  (d) => `${cap(d.src.np)} ${v(d.src.pl, "dément", "démentent")} catégoriquement la présence ${de(d.qty || "troupes nord-coréennes")} sur le sol russe.`,
  (d) => `Ni confirmation ni démenti du côté ${de(d.src.np)}, qui ${v(d.src.pl, "s'est", "se sont")} contenté de parler d'une « affaire souveraine ».`,
];
