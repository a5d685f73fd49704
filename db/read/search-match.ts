// The MATCH expression of a search box's text against one full-text index,
// with each word's beginning spelled out as the indexed words it begins
// (lib/search/search-text.ts says why). The indexed words are read from an
// fts5vocab table over the index, made in the connection's temporary schema
// (nothing in the database file, so nothing for the migrations to track). Its
// "instance" form is read one row at a time, so each indexed word costs one
// seek; the "row" form would count every row of each word first (7–45 ms a
// word at 1M claims, against 0.03–0.3 ms).
import { MAX_SPELLED_TERMS, searchWords, spelledFtsQuery, type WordTerms } from "../../lib/search/search-text";
import type { SqliteDatabase } from "../sqlite";
import { reader } from "./reader";
import { untilWrite } from "./until-write";

export type SearchIndex = "ClaimSearch" | "ArticleSearch";

const vocabularies = new WeakMap<SqliteDatabase, Set<SearchIndex>>();

/** The temporary fts5vocab table of an index on this connection, made on first use. */
function vocabulary(db: SqliteDatabase, index: SearchIndex): string {
  const name = `${index}Terms`;
  const made = vocabularies.get(db) ?? new Set<SearchIndex>();
  if (!made.has(index)) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp."${name}" USING fts5vocab(main, "${index}", instance)`);
    made.add(index);
    vocabularies.set(db, made);
  }
  return `temp."${name}"`;
}

/** The indexed words that begin with `word`, in order; null when there are more than MAX_SPELLED_TERMS. */
function termsBeginning(db: SqliteDatabase, index: SearchIndex, word: string): string[] | null {
  const firstFrom = db.prepare(`SELECT "term" FROM ${vocabulary(db, index)} WHERE "term" >= ? LIMIT 1`).pluck();
  const terms: string[] = [];
  // Terms come in byte order: the ones that begin with the word follow it. The next term after
  // one is the first from it plus U+0001 (no term holds a lower character), a seek past its rows.
  for (let term = firstFrom.get(word) as string | undefined; term !== undefined && term.startsWith(word); term = firstFrom.get(`${term}\u0001`) as string | undefined) {
    if (terms.length === MAX_SPELLED_TERMS) return null;
    terms.push(term);
  }
  return terms;
}

/** Whether a MATCH expression of searchMatch holds plain terms only (no prefix query, each of which would be merged in full on every look-up). */
export function isSpelledOut(match: string): boolean {
  return !match.includes(`"*`);
}

function spelledMatch(db: SqliteDatabase, index: SearchIndex, text: string): string | null {
  const words: WordTerms[] = searchWords(text).map((word) => ({ word, terms: termsBeginning(db, index, word) }));
  return spelledFtsQuery(words);
}

/**
 * The MATCH expression for the text (every word must occur, whole or as a word's beginning); null when it has no word.
 * On the shared reader it is kept until the next write (only a write adds or removes indexed words): one page asks
 * for it up to five times (its count, its plan, its rows, its facets), each a walk of the vocabulary.
 */
export function searchMatch(index: SearchIndex, text: string, db: SqliteDatabase = reader()): string | null {
  if (db !== reader()) return spelledMatch(db, index, text);
  return untilWrite(`match ${index} ${text}`, () => spelledMatch(db, index, text));
}
