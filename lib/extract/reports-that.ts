// "…, contrary to reports that more than 20 people have been confirmed dead",
// "amid reports that …", "des informations selon lesquelles …": a figure in
// the clause that reports, unnamed, introduce is the reports'. It speaks only
// for what follows it, so the figures before keep the sentence's speaker.
import type { Language } from "../claims/claim";
import type { FoundSources } from "../sources/found-sources";
import type { SentenceReading } from "./sentence-reading";

const REPORTS_THAT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])((?:media|news|press|local|unconfirmed|earlier)[\s\u00A0]+)?(reports)[\s\u00A0]+that(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:des|les|d['’])[\s\u00A0]*((?:premières|dernières)[\s\u00A0]+)?(informations)([\s\u00A0]+de[\s\u00A0]+presse)?[\s\u00A0]+selon[\s\u00A0]+lesquelles(?![\p{L}])/giu,
};

/** Unnamed reports the sentence credits a clause to, as an attribution of their own. */
export function reportsThat(reading: SentenceReading, found: FoundSources): void {
  const regex = REPORTS_THAT[reading.language];
  regex.lastIndex = 0;
  for (let m = regex.exec(reading.sentence); m; m = regex.exec(reading.sentence)) {
    const cueEnd = m.index + m[0].length;
    if (reading.attributions.some((a) => a.cueStart < cueEnd && m!.index < a.cueEnd)) continue;
    const name = reading.language === "en" ? `${m[1] ?? ""}${m[2]}` : `${m[1] ?? ""}${m[2]}${m[3] ?? ""}`;
    const agency = found.resolve(name.trim(), name.trim());
    if (agency) reading.attributions.push({ agency, cueStart: m.index, cueEnd, contentAfter: true });
  }
}
