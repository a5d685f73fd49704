// Builds each dev set's gold.json from its annotations.mjs: finds each quote in
// its article and records exact UTF-16 offsets. A quote must occur exactly once
// in its file, so that its span is never a guess, unless the row says which
// occurrence it means (nth, from 1).
//   node eval/build-gold.mjs [SET...]      (default: every set with annotations.mjs)
//
// A row of annotations.mjs:
//   [file, quote, number_text, low, best, high, qualifier, category, unit, measure,
//    source, as_of, stance?, note?, nth?]
// source: the names a reader accepts for whom the article credits (null in the
// article's own voice); as_of: the day (or month, year) the text ties the figure
// to, else null; best: the single figure for exact, approx and one-sided
// qualifiers, null for ranges and vague amounts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

function locate(text, quote, nth, where) {
  const starts = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (!starts.length) throw new Error(`${where}: quote not found: «${quote}»`);
  if (starts.length > 1 && !nth) throw new Error(`${where}: quote occurs ${starts.length} times, lengthen it or give nth: «${quote}»`);
  const start = starts[(nth ?? 1) - 1];
  if (start === undefined) throw new Error(`${where}: quote occurs only ${starts.length} times, not ${nth}: «${quote}»`);
  return { start, end: start + quote.length };
}

async function build(set) {
  const dir = path.join(root, set);
  const { default: rows } = await import(pathToFileURL(path.join(dir, "annotations.mjs")).href);
  const texts = new Map();
  const gold = rows.map((row) => {
    const [file, quote, number_text, value_low, value_best, value_high, qualifier, category, unit, measure, source, as_of, stance = "asserts", note, nth] = row;
    if (!texts.has(file)) texts.set(file, readFileSync(path.join(dir, file), "utf8"));
    const claim = { file, quote, number_text, value_low, value_best, value_high, qualifier, category, unit, measure, source, as_of, stance };
    if (note) claim.note = note;
    return { ...claim, ...locate(texts.get(file), quote, nth, `${set}/${file}`) };
  });
  writeFileSync(path.join(dir, "gold.json"), `${JSON.stringify(gold, null, 1)}\n`);
  console.log(`${set}: ${gold.length} claims in ${texts.size} articles`);
}

const sets = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, "annotations.mjs"))).map((d) => d.name);
for (const set of sets.sort()) await build(set);
