// English claim sentences: attribution in the sentence, carried from the previous
// one, older estimates recalled, split estimates, and denials. Empty slots are
// tidied away by the generator (double spaces, " ,").
import { cap, v } from "./grammar";
import { enObject, enPossessive, enRelative, enSubject } from "./pronouns";
import type { CarriedTemplate, ClaimTemplate, DenialTemplate, SplitTemplate } from "./types";

const lw = (when: string): string => (when ? `${cap(when)}, ` : "");

export const EN_CLAIMS: readonly ClaimTemplate[] = [
  (c) => `According to ${c.src.np}, ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `${cap(c.qty)} ${c.pred} ${c.place}, ${c.src.np} said ${c.when}.`,
  (c) => `${cap(c.src.np)} said ${c.when} that ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `${cap(c.qty)} ${c.cond} ${c.place}, according to ${c.src.np}.`,
  (c) => `${lw(c.when)}${c.src.np} estimated the number of ${c.noun} ${c.part} ${c.place} at ${c.fig}.`,
  (c) => `"${cap(c.qty)} ${c.pred} ${c.place}," ${c.src.np} told reporters ${c.when}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "puts", "put")} the number of ${c.noun} ${c.part} ${c.place} at ${c.fig}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "has", "have")} reported ${c.qty} ${c.part} ${c.place}.`,
  (c) => `In a briefing ${c.when}, ${c.src.np} said ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "believes", "believe")} ${c.qty} ${c.pred} ${c.place}.`,
  (c) =>
    c.src.person
      ? `${cap(c.src.np)} told ${c.outlet} that ${c.qty} ${c.cond} ${c.place}.`
      : `An official from ${c.src.np}, speaking on condition of anonymity to ${c.outlet}, said ${c.qty} ${c.cond} ${c.place}.`,
  (c) => `${cap(c.outlet)} reported, citing ${c.src.np}, that ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `That figure, given ${c.when} by ${c.src.np}, brings the number of ${c.noun} ${c.part} ${c.place} to ${c.fig}.`,
  (c) => `${lw(c.when)}${c.src.np} revised ${enPossessive(c.src)} estimate: ${c.qty} ${c.cond} ${c.place}.`,
  (c) => `${cap(c.src.np)} also said ${c.qty} ${c.cond} ${c.place}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "speaks", "speak")} of ${c.qty} ${c.part} ${c.place}, a figure that keeps rising.`,
  (c) => `Estimates released ${c.when} by ${c.src.np} show ${c.qty} ${c.part} ${c.place}.`,
  (c) => `For ${c.src.np}, ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `${cap(c.src.np)} ${v(c.src.pl, "gives", "give")} a figure of ${c.fig} ${c.noun} ${c.part} ${c.place}.`,
  (c) => `If ${c.src.np} ${v(c.src.pl, "is", "are")} right, ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `${lw(c.when)}${c.src.np} confirmed that ${c.qty} ${c.pred} ${c.place}.`,
  (c) => `In ${enPossessive(c.src)} latest assessment, ${c.src.np} counted ${c.qty} ${c.part} ${c.place}.`,
  (c) => `${cap(c.qty)}: that is the figure given ${c.when} by ${c.src.np}.`,
  (c) => `There are ${c.qty} ${c.part} ${c.place}, ${c.src.np} ${v(c.src.pl, "says", "say")}.`,
  (c) => `${lw(c.when)}${c.src.np} warned that ${c.qty} ${c.cond} ${c.place}.`,
  (c) => `Data from ${c.src.np} points to ${c.qty} ${c.part} ${c.place}.`,
  (c) => `${cap(c.src.np)}${c.when ? ` ${c.when}` : ""} spoke of ${c.qty} ${c.part} ${c.place}.`,
  (c) => `${cap(c.qty)} ${c.pred} ${c.place}, ${c.src.np} told ${c.outlet}.`,
];

export const EN_CARRIED: readonly CarriedTemplate[] = [
  (c) => [`The information was released ${c.when} by ${c.src.np}.`, `According to ${enObject(c.src)}, ${c.qty} ${c.cond} ${c.place}.`],
  (c) => [`${lw(c.when)}${c.src.np} gave a new assessment of the situation.`, `${cap(enSubject(c.src))} said ${c.qty} ${c.pred} ${c.place}.`],
  (c) => [`${cap(c.src.np)} briefed journalists ${c.when}.`, `${cap(enSubject(c.src))} estimated that ${c.qty} ${c.pred} ${c.place}.`],
  (c) => [`The claim comes from ${c.src.np}.`, `${cap(enSubject(c.src))} ${v(c.src.pl, "says", "say")} ${c.qty} ${c.cond} ${c.place}.`],
  (c) => [`${cap(c.src.np)} published a new report ${c.when}.`, `The document lists ${c.qty} ${c.part} ${c.place}.`],
];

/** Older estimates, with `when` such as "in late November". */
export const EN_RECALL: readonly ClaimTemplate[] = [
  (c) => `${lw(c.when)}${c.src.np} had put the number of ${c.noun} ${c.part} ${c.place} at ${c.fig}.`,
  (c) => `${lw(c.when)}${c.src.np} had spoken of only ${c.qty} ${c.part} ${c.place}.`,
  (c) => `That is up from the estimate by ${c.src.np}, ${enRelative(c.src)} ${c.when} cited ${c.qty} ${c.part}.`,
  (c) => `For the record, ${c.src.np} had reported ${c.qty} ${c.part} ${c.place} ${c.when}.`,
];

export const EN_CONTINGENT: readonly ClaimTemplate[] = [
  (c) => `A first contingent of ${c.fig} soldiers will be deployed ${c.place || "in the Kursk region"}, according to ${c.src.np}.`,
  (c) => `${cap(c.src.np)} said a first group of ${c.fig} troops arrived ${c.place || "in Russia"} ${c.when}.`,
];

export const EN_SPLIT: readonly SplitTemplate[] = [
  (s) => `According to ${s.src.np}, ${s.now} of these troops are already in Russia and ${s.later} more are expected by ${s.by}.`,
  (s) => `${cap(s.src.np)} expects ${s.total} troops in all: ${s.now} are already there and ${s.later} will follow by ${s.by}.`,
];

export const EN_DENIALS: readonly DenialTemplate[] = [
  (d) => `${lw(d.when)}${d.src.np} denied the reports, calling them "groundless rumours".`,
  (d) => `${cap(d.src.np)} ${d.when} dismissed the reports as "stereotyped, groundless rumours aimed at tarnishing the image" of North Korea.`,
  (d) => `Asked about the figures, ${d.src.np} declined to confirm the presence of North Korean troops.`,
  (d) => `${cap(d.src.np)} called reports of ${d.qty || "North Korean troops in Russia"} "a provocation".`,
  (d) => `${cap(d.src.np)} flatly ${v(d.src.pl, "denies", "deny")} that ${d.qty || "any North Korean troops"} are on Russian soil.`,
  (d) => `${cap(d.src.np)} neither confirmed nor denied the reports, calling the matter "a sovereign affair".`,
];
