// Pronouns that stand for an agency in the next sentence ("Selon eux", "it said").
import type { SourceName } from "./types";

export function frSubject(s: SourceName): string {
  if (s.pl) return s.fem ? "elles" : "ils";
  return s.fem ? "elle" : "il";
}

export function frStressed(s: SourceName): string {
  if (s.pl) return s.fem ? "elles" : "eux";
  return s.fem ? "elle" : "lui";
}

export function enSubject(s: SourceName): string {
  if (s.pl) return "they";
  if (!s.person) return "it";
  return s.fem ? "she" : "he";
}

export function enObject(s: SourceName): string {
  if (s.pl) return "them";
  if (!s.person) return "it";
  return s.fem ? "her" : "him";
}

export function enPossessive(s: SourceName): string {
  if (s.pl) return "their";
  if (!s.person) return "its";
  return s.fem ? "her" : "his";
}

export function enRelative(s: SourceName): string {
  return s.person ? "who" : "which";
}
