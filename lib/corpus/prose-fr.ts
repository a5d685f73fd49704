// French headlines, subheads, page furniture and filler sentences. The fillers
// carry numbers that are not claims (years, distances, ages, times, article
// numbers, other armies) so that an extractor has to tell them apart.
import { cap } from "./grammar";
import type { Rng } from "./prng";
import type { ClaimText } from "./types";

export const FR_HEADLINES: readonly ((c: ClaimText) => string)[] = [
  (c) => `${cap(c.qty)} ${c.pred} ${c.place}`,
  (c) => `Guerre en Ukraine : ${c.qty} ${c.part} ${c.place}, selon ${c.src.np}`,
  (c) => `${cap(c.qty)} ${c.cond} ${c.place}`,
  (c) => `Corée du Nord : ${c.src.np} évoque ${c.qty} ${c.part}`,
  (c) => `${cap(c.src.np)} : « ${c.qty} ${c.pred} »`,
];

export const FR_TITLES: readonly string[] = [
  `Soldats nord-coréens en Russie : ce que l'on sait`,
  `Moscou et Pyongyang, une alliance qui inquiète l'Occident`,
  `Troupes nord-coréennes : les chiffres qui divisent`,
  `Le front de Koursk, nouveau terrain d'entraînement pour Pyongyang`,
];

export const FR_SUBHEADS: readonly string[] = [
  "Un déploiement inédit", "Réaction de l'Ukraine et des États-Unis", "Moscou dément", "Des pertes importantes",
  "Ce que l'on sait", "Une alliance qui inquiète", "Les chiffres en débat", "Le rôle de Séoul", "Sur le front de Koursk",
  "Des déserteurs", "Un partenariat stratégique", "Préparations militaires en cours", "Des estimations divergentes",
];

export const FR_CHROME: readonly ((r: Rng) => string)[] = [
  () => "ActualitésInternational",
  () => "Table of Contents",
  () => "Partager l'article",
  (r) => `Lecture : ${r.int(2, 9)} min`,
  (r) => `Publié le ${r.int(1, 28)}/${String(r.int(1, 12)).padStart(2, "0")} à ${r.int(6, 22)}h${String(r.int(0, 59)).padStart(2, "0")}`,
];

export const FR_FILLERS: readonly ((r: Rng) => string)[] = [
  () => "Le pacte de défense mutuelle signé le 19 juin 2024 prévoit en son article 4 une « aide militaire immédiate » en cas d'agression.",
  (r) => `La région de Koursk se trouve à environ ${r.pick([90, 100, 110])} km de la frontière ukrainienne.`,
  () => "C'était la première fois depuis 1990 qu'une flotte navale russe pénétrait dans les eaux nord-coréennes.",
  (r) => `Les soldats, âgés pour la plupart de ${r.int(18, 20)} à ${r.int(24, 28)} ans, n'ont aucune expérience du combat.`,
  (r) => `La conférence de presse a débuté à ${r.int(9, 18)} h ${String(r.int(0, 5) * 10).padStart(2, "0")}, heure de Kiev.`,
  () => "L'incursion ukrainienne dans la région de Koursk a été lancée le 6 août 2024.",
  (r) => `Kiev a averti que la Russie avait massé quelque ${r.pick(["50 000", "50.000", "45 000"])} hommes pour reprendre la zone.`,
  () => "L'invasion à grande échelle de l'Ukraine a débuté le 24 février 2022.",
  () => "Le sommet de l'OTAN s'est tenu les 24 et 25 juin 2025 à La Haye.",
  (r) => `Kim Jong-un, ${r.int(40, 41)} ans, a multiplié les gestes envers Moscou.`,
  (r) => `La ligne de front s'étend sur plus de ${r.pick(["1 000", "1 200", "mille"])} kilomètres.`,
  () => "L'armée nord-coréenne compte environ 1,2 million de militaires d'active.",
  () => "La frontière entre la Russie et la Corée du Nord ne mesure que 17 km.",
  () => "Vladivostok se trouve à quelque 6 400 km de Moscou.",
  (r) => `Selon un sondage réalisé auprès de ${r.pick(["1 000", "1 002", "2 000"])} personnes, ${r.int(55, 72)} % des Sud-Coréens se disent inquiets.`,
  () => "La résolution 1718 du Conseil de sécurité de l'ONU, adoptée en 2006, interdit les ventes d'armes nord-coréennes.",
  (r) => `Le président sud-coréen Yoon Suk-yeol a déclaré qu'il allait intensifier le partage d'informations avec l'OTAN, ${r.pick(["lundi", "mardi", "jeudi"])}.`,
  (r) => `Les images satellites prises le ${r.int(2, 28)} octobre montrent des navires russes dans le port de Chongjin.`,
  () => "Plus de 6 millions d'Ukrainiens ont trouvé refuge à l'étranger depuis 2022.",
  (r) => `Le dernier conflit auquel Pyongyang a pris part remonte à ${r.pick([1953, "1953", "juillet 1953"])}.`,
  () => "Les États-Unis y voient un signe de la détresse de Moscou.",
  () => "Cette implication pourrait changer la dynamique du conflit et créer des répercussions géopolitiques majeures.",
  (r) => `La 11e brigade d'assaut ukrainienne a repoussé ${r.int(2, 6)} assauts dans la nuit, selon son commandant.`,
  () => "Aucun pays n'avait jusqu'ici envoyé de combattants de première ligne pour soutenir Moscou ou Kiev.",
  (r) => `Le trajet en train de Pyongyang à Moscou dure environ ${r.int(7, 10)} jours.`,
  () => "Le Kremlin n'a pas souhaité commenter ces chiffres dans l'immédiat.",
  (r) => `Le Conseil de sécurité de l'ONU doit se réunir le ${r.int(2, 27)} du mois prochain.`,
  () => "Les analystes restent prudents face à ces estimations, difficiles à vérifier de manière indépendante.",
];

export const FR_CHROME_TAIL: readonly ((r: Rng) => string)[] = [
  (r) => `Lire aussi : Guerre en Ukraine : ${r.int(3, 5)} questions sur l'engagement nord-coréen`,
  () => "Vous souhaitez réagir ? Connectez-vous.",
  (r) => `© ${r.pick([2024, 2025])} – Tous droits réservés`,
];
