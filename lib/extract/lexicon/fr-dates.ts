// French calendar words.
import type { DateLexicon } from "./types";

export const FR_MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  "janv.": 1, "févr.": 2, "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12,
};

/** 0 = Sunday, as Date.getUTCDay counts. */
export const FR_WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

export const FR_DATES: DateLexicon = {
  today: ["aujourd'hui", "ce jour", "dans la nuit", "cette nuit", "la nuit dernière", "ce matin"],
  yesterday: ["hier"],
  weekend: ["ce week-end", "ce weekend", "durant le week-end", "pendant le week-end"],
  lastWeekend: ["le week-end dernier", "le weekend dernier", "le week-end précédent", "au week-end dernier", "du week-end dernier"],
  dayAfter: ["au lendemain de", "au lendemain du", "au lendemain des", "au lendemain d'", "au lendemain d’"],
  numericDayBefore: ["le", "du", "au", "ce"],
  lastWeek: ["la semaine dernière", "la semaine passée"],
  pastWeekday: { before: [], after: ["dernier", "passé"] },
  lastMonth: ["le mois dernier", "le mois passé"],
  earlyMonth: ["début", "au début de", "au début du mois de", "début du mois de"],
  midMonth: ["mi", "à la mi", "courant", "au milieu du mois de"],
  lateMonth: ["fin", "à la fin de", "fin du mois de", "à la fin du mois de"],
  daysAgo: { before: ["il y a", "cela faisait", "ça faisait", "voilà"], after: [] },
  daysLater: ["plus tard", "après"],
  daysEarlier: ["plus tôt", "auparavant", "avant"],
  dayUnits: { jour: 1, jours: 1, semaine: 7, semaines: 7 },
  // "3 000 de ces combattants": a part of a figure given before takes that statement's date.
  then: ["alors", "à l'époque", "à ce moment-là", "de ces", "d'entre eux", "d'entre elles"],
  clockTime: "(?:à|a|vers|dès|peu avant|peu après)[\\s\\u00A0]+\\d{1,2}[\\s\\u00A0]?(?:h|heures?)(?:[\\s\\u00A0]?\\d{2})?(?![\\p{L}\\d])",
  prospective: [
    "d'ici", "dès", "à partir de", "à partir du", "à partir d'", "jusqu'à", "jusqu'au", "jusqu'en", "depuis",
    "avant", "avant le", "après", "prévu pour", "d'ici à", "au plus tard", "entre",
  ],
  articles: ["le", "la", "l'", "les", "du", "de", "d'", "fin", "début", "mi", "en", "au", "mois"],
};
