// What kind of source a speaker is, from the words of its name, French and
// English together, written folded (lowercase, no accents, apostrophes as
// spaces). Checked in this order: the first kind with a word in the name wins.
import type { AgencyKind } from "../agencies";

export const KIND_WORDS: [AgencyKind, string[]][] = [
  ["unnamed", []], // decided by GENERIC_HEADS below: the head word, not any word
  ["un_agency", [
    "nations unies", "united nations", "onu", "un s", "un agency", "unhcr", "hcr", "haut commissariat", "ocha", "unicef", "oms", "who", "pam", "wfp",
    "unrwa", "oim", "iom", "fao", "unesco", "world health organization", "organisation mondiale de la sante", "world food programme",
  ]],
  ["health", ["sante", "health", "hopital", "hopitaux", "hospital", "hospitals", "sanitaire", "sanitaires", "medical", "ars", "samu"]],
  ["police", ["police", "prefecture", "prefet", "gendarmerie", "policiers", "policier", "prefect", "pp", "forces de l ordre", "commissariat", "policieres", "policiere"]],
  ["union", [
    "syndicat", "syndicats", "syndicale", "syndicales", "intersyndicale", "confederation", "union", "unions", "cgt", "cfdt", "fo", "unsa",
    "fsu", "sud", "solidaires", "cfe cgc", "cftc", "snuipp", "force ouvriere", "trade union", "labor union", "labour union", "teamsters",
  ]],
  ["party", ["parti", "party", "lfi", "france insoumise", "rassemblement national", "republicains", "ps", "renaissance", "ecologistes", "democrats", "republicans", "labour", "tories"]],
  ["ngo", [
    "ong", "ngo", "ngos", "association", "croix rouge", "red cross", "red crescent", "croissant rouge", "amnesty", "human rights watch", "msf",
    "medecins sans frontieres", "white helmets", "casques blancs", "civil defense", "civil defence", "defense civile", "observatoire",
    "observatory", "rescue", "secours", "humanitarian", "humanitaire", "collectif", "fondation", "foundation", "charity", "oxfam", "caritas",
  ]],
  ["media", [
    "journal", "newspaper", "agence de presse", "news agency", "television", "tv", "chaine", "radio", "media", "medias", "broadcaster",
    "anadolu", "xinhua", "sana", "tass", "ria", "state run", "quotidien", "magazine", "reporters",
  ]],
  ["ministry", ["ministere", "ministry", "ministre", "minister", "department", "departement", "secretariat"]],
  ["military", ["armee", "army", "military", "militaire", "militaires", "forces armees", "armed forces", "etat major", "navy", "air force"]],
  ["government", [
    "gouvernement", "government", "presidence", "presidency", "president", "presidente", "premier ministre", "prime minister", "mairie",
    "maire", "mayor", "city hall", "conseil", "council", "parlement", "parliament", "governor", "gouverneur", "parquet", "prosecutor",
    "procureur", "procureure", "agency", "agence", "protection civile", "civil protection", "emergency", "disaster", "authority", "autorite",
    "administration", "region", "office", "bureau", "commission", "committee", "comite", "directorate", "direction", "prefectoral", "senat", "senate", "assemblee", "congress", "white house", "elysee", "matignon", "pompiers", "firefighters",
  ]],
  ["company", ["societe", "entreprise", "company", "groupe", "group", "firm", "cabinet", "inc", "ltd", "sncf", "ratp", "corp", "corporation"]],
];

/** Head words of speakers who stay unnamed: "les organisateurs", "a US official", "des sources policières". */
export const GENERIC_HEADS = [
  "organisateurs", "organisatrices", "organizers", "organisers", "organizer", "organiser", "autorites", "authorities", "responsables",
  "responsable", "officials", "official", "sources", "source", "temoins", "witnesses", "witness", "habitants", "residents", "secouristes",
  "rescuers", "experts", "expert", "analysts", "analyst", "observateurs", "observers", "manifestants", "protesters", "militants",
  "activists", "diplomats", "diplomates", "diplomate", "diplomat", "medecins", "doctors", "medics", "specialistes", "chercheurs",
  "researchers", "elus", "lawmakers", "lawmaker", "participants", "people", "personnes", "proches", "entourage", "aides", "aide",
  "staff", "employes", "employees", "workers", "travailleurs", "volunteers", "benevoles", "journalistes", "journalists", "reporters",
  "analystes", "police sources", "insiders", "spokesperson", "spokesman", "spokeswoman", "porte parole", "conseiller", "adviser", "advisor",
];
