// English headlines, subheads, page furniture and filler sentences. The fillers
// carry numbers that are not claims (years, distances, ages, times, article
// numbers, other armies) so that an extractor has to tell them apart.
import { cap } from "./grammar";
import type { Rng } from "./prng";
import type { ClaimText } from "./types";

export const EN_HEADLINES: readonly ((c: ClaimText) => string)[] = [
  (c) => `${cap(c.qty)} ${c.pred} ${c.place}, ${c.src.np} says`,
  (c) => `Ukraine war: ${c.qty} ${c.part} ${c.place}`,
  (c) => `${cap(c.qty)} ${c.cond} ${c.place}`,
  (c) => `North Korea: ${c.src.np} cites ${c.qty} ${c.part}`,
  (c) => `${cap(c.src.np)}: "${c.qty} ${c.pred}"`,
];

export const EN_TITLES: readonly string[] = [
  "North Korean troops in Russia: what we know",
  "Moscow and Pyongyang: an alliance that worries the West",
  "North Korean troops: the numbers that divide",
  "Kursk front becomes a training ground for Pyongyang",
];

export const EN_SUBHEADS: readonly string[] = [
  "An unprecedented deployment", "How Kyiv and Washington reacted", "Moscow denies", "Mounting losses", "What we know",
  "A worrying alliance", "Disputed numbers", "Seoul's role", "On the Kursk front", "Desertions", "A strategic partnership",
  "Estimates diverge",
];

export const EN_CHROME: readonly ((r: Rng) => string)[] = [
  () => "World",
  () => "Advertisement",
  () => "Share this article",
  (r) => `${r.int(2, 9)} min read`,
  (r) => `Updated ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, "0")} ${r.pick(["AM", "PM"])} GMT`,
];

export const EN_FILLERS: readonly ((r: Rng) => string)[] = [
  () => "The mutual defence pact signed on June 19, 2024, provides in its Article 4 for \"immediate military assistance\" in case of aggression.",
  (r) => `The Kursk region lies about ${r.pick([55, 60, 62])} miles from the Ukrainian border.`,
  () => "It was the first time since 1990 that a Russian naval flotilla had entered North Korean waters.",
  (r) => `Most of the soldiers are aged between ${r.int(18, 20)} and ${r.int(24, 28)} and have no combat experience.`,
  (r) => `The press conference began at ${r.int(1, 11)}:${String(r.int(0, 5) * 10).padStart(2, "0")} a.m. Kyiv time.`,
  () => "Ukraine's incursion into the Kursk region began on August 6, 2024.",
  (r) => `Kyiv has warned that Russia massed some ${r.pick(["50,000", "45,000"])} troops to retake the area.`,
  () => "Russia launched its full-scale invasion of Ukraine on February 24, 2022.",
  () => "NATO leaders met in The Hague on June 24-25, 2025.",
  (r) => `Kim Jong Un, ${r.int(40, 41)}, has made a series of gestures towards Moscow.`,
  (r) => `The front line stretches for more than ${r.pick(["1,000", "1,200", "600"])} miles.`,
  () => "North Korea's army has about 1.2 million active-duty personnel.",
  () => "The border between Russia and North Korea is just 11 miles long.",
  () => "Vladivostok is some 4,000 miles from Moscow.",
  (r) => `In a poll of ${r.pick(["1,000", "1,002", "2,000"])} people, ${r.int(55, 72)}% of South Koreans said they were worried.`,
  () => "UN Security Council Resolution 1718, adopted in 2006, bans North Korean arms sales.",
  (r) => `South Korean President Yoon Suk Yeol said on ${r.pick(["Monday", "Tuesday", "Thursday"])} he would step up intelligence sharing with NATO.`,
  (r) => `Satellite images taken on October ${r.int(2, 28)} show Russian ships in the port of Chongjin.`,
  () => "More than 6 million Ukrainians have sought refuge abroad since 2022.",
  () => "Pyongyang has not fought in a war since 1953.",
  () => "Washington sees the move as a sign of Moscow's desperation.",
  () => "The involvement could change the dynamics of the war and have major geopolitical repercussions.",
  (r) => `Ukraine's 47th Mechanized Brigade said it repelled ${r.int(2, 6)} assaults overnight.`,
  () => "Until now no country had sent front-line combatants to support either Moscow or Kyiv.",
  (r) => `The train journey from Pyongyang to Moscow takes about ${r.int(7, 10)} days.`,
  () => "The Kremlin did not immediately respond to a request for comment.",
  (r) => `The UN Security Council is due to meet on the ${r.pick(["4th", "12th", "15th", "21st"])} of next month.`,
  () => "Analysts caution that the estimates are hard to verify independently.",
];

export const EN_CHROME_TAIL: readonly ((r: Rng) => string)[] = [
  (r) => `Read more: ${r.int(3, 5)} questions about North Korea's role in the war`,
  () => "Sign up for our daily newsletter.",
  (r) => `© ${r.pick([2024, 2025])} All rights reserved`,
];
