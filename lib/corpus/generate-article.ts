// One generated article: its text, file name and manifest entry, fixed by
// (seed, index) alone, so articles can be produced one at a time in any order.
import { buildClaim, buildContingent, buildDenial, buildSplit, type ClaimContext } from "./claims";
import { olderWhen, recentWhen } from "./dates";
import { pickSeparator } from "./figures";
import { cap } from "./grammar";
import { hash32, Rng } from "./prng";
import { articleUrl, PUBLISHERS_BY_LANG } from "./publishers";
import { dayOf, isoOf, LAST_DAY, liveTopics } from "./timeline";
import type { GeneratedArticle, Lang, Topic } from "./types";
import { LANGUAGE_TEXTS } from "./language-texts";

export const MIN_BYTES = 1500;
export const MAX_BYTES = 5000;
const BUSY_FROM = dayOf("2024-10-15");
const BUSY_TO = dayOf("2025-02-28");
const TOPIC_WEIGHT: Record<Topic, number> = { deployed: 5, casualties: 3, killed: 1.2, deserters: 0.6, captured: 0.6, shells: 0.8, missiles: 0.6 };

export function articleFileName(index: number): string {
  return `${String(index).padStart(6, "0")}.txt`;
}

function tidy(s: string): string {
  let out = s.includes("  ") ? s.replace(/ {2,}/g, " ") : s;
  if (out.includes(" ,") || out.includes(" .")) out = out.replace(/ ([,.])/g, "$1");
  if (out.includes(",,") || out.includes(", ,")) out = out.replace(/,\s*,/g, ",");
  return cap(out.trim());
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function pickDay(rng: Rng): number {
  return rng.chance(0.45) ? rng.int(0, LAST_DAY) : rng.int(BUSY_FROM, BUSY_TO);
}

/** A paragraph of sentences, or a one-line subhead. */
type Block = { kind: "subhead" | "para"; lines: string[] };

export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rng = new Rng(hash32(seed, index, 0x5eed));
  const lang: Lang = rng.chance(0.6) ? "fr" : "en";
  const t = LANGUAGE_TEXTS[lang];
  const publisher = rng.weighted(PUBLISHERS_BY_LANG[lang], (p) => p.weight);
  const published = pickDay(rng);
  const outlets = PUBLISHERS_BY_LANG[lang].filter((p) => p !== publisher).map((p) => p.name);
  const ctx: ClaimContext = { seed, lang, rng, outlets, sep: pickSeparator(lang, rng) };
  const live = liveTopics(published);
  const mainTopic = rng.weighted(live, (topic) => TOPIC_WEIGHT[topic]);
  const topicFor = (): Topic => (rng.chance(0.6) ? mainTopic : rng.weighted(live, (topic) => TOPIC_WEIGHT[topic]));

  const main = buildClaim(ctx, mainTopic, recentWhen(published, lang, rng)) ?? buildClaim(ctx, "deployed", { text: "", day: published });
  const headline = tidy(main && rng.chance(0.75) ? rng.pick(t.headlines)(main) : rng.pick(t.titles));
  const top: string[] = [];
  if (rng.chance(0.15)) top.push(rng.pick(t.chrome)(rng));
  top.push(headline);
  if (rng.chance(0.05)) top.push(headline);

  const lead: string[] = [];
  if (main) lead.push(tidy(rng.pick(t.claims)(main)));
  lead.push(tidy(rng.pick(t.fillers)(rng)));
  const blocks: Block[] = [{ kind: "para", lines: lead }];

  const target = rng.int(MIN_BYTES + 150, MAX_BYTES - 400);
  const paraSep = rng.chance(0.7) ? "\n\n" : "\n";
  const bullets = rng.chance(0.08);
  const usedFillers = new Set<number>();
  let denials = 0;
  let bytes = utf8Length(top.join("\n")) + utf8Length(lead.join(" ")) + 4;

  const nextItem = (): string[] => {
    const roll = rng.next();
    if (roll < 0.34) {
      const c = buildClaim(ctx, topicFor(), recentWhen(published, lang, rng));
      if (c) return [tidy(rng.pick(t.claims)(c))];
    } else if (roll < 0.42) {
      const c = buildClaim(ctx, topicFor(), recentWhen(published, lang, rng));
      if (c) return rng.pick(t.carried)(c).map(tidy);
    } else if (roll < 0.5) {
      const when = olderWhen(published, lang, rng);
      const c = buildClaim(ctx, topicFor(), when);
      if (c && when.day > 0) return [tidy(rng.pick(t.recall)(c))];
    } else if (roll < 0.57 && denials < 2 && live.includes("deployed")) {
      denials++;
      return [tidy(rng.pick(t.denials)(buildDenial(ctx, recentWhen(published, lang, rng))))];
    } else if (roll < 0.6 && published < BUSY_TO) {
      const s = buildSplit(ctx, recentWhen(published, lang, rng));
      if (s) return [tidy(rng.pick(t.split)(s))];
    } else if (roll < 0.63) {
      const c = buildContingent(ctx, recentWhen(published, lang, rng));
      if (c) return [tidy(rng.pick(t.contingent)(c))];
    }
    const i = rng.int(0, t.fillers.length - 1);
    if (usedFillers.has(i)) return [];
    usedFillers.add(i);
    return [tidy((t.fillers[i] as (r: Rng) => string)(rng))];
  };

  let guard = 0;
  while (bytes < target && guard++ < 200) {
    if (rng.chance(0.35)) {
      const subhead = rng.pick(t.subheads);
      blocks.push({ kind: "subhead", lines: [subhead] });
      bytes += utf8Length(subhead) + 2;
    }
    const para: string[] = [];
    const size = rng.int(2, 4);
    while (para.length < size && guard++ < 200) {
      const item = nextItem();
      const itemBytes = utf8Length(item.join(" ")) + 1;
      if (bytes + itemBytes > MAX_BYTES - 120) break;
      para.push(...item);
      bytes += itemBytes;
    }
    if (para.length > 0) blocks.push({ kind: "para", lines: para });
    if (bytes > MAX_BYTES - 400) break;
  }
  if (rng.chance(0.2)) blocks.push({ kind: "subhead", lines: [rng.pick(t.tail)(rng)] });

  const body = blocks.map((b) => (b.kind === "para" && bullets ? `  • ${b.lines.join(" ")}` : b.lines.join(" ")));
  const text = `${top.join(paraSep)}${paraSep}${body.join(paraSep)}\n`;
  const file = articleFileName(index);
  const publishedIso = isoOf(published);
  return {
    file,
    text,
    manifestEntry: {
      file,
      publisher: publisher.name,
      url: rng.chance(0.9) ? articleUrl(publisher, publishedIso, headline, index) : null,
      published: publishedIso,
      language: lang,
      dateSource: "given",
      dateNote: null,
    },
  };
}
