// An article ready to store: its text, where it came from, and what is known
// about it. Shared by the command-line ingest and uploads from the browser.
import type { DateSource } from "./manifest";

export interface NewArticle {
  fileName: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** ISO 639-1 code where one exists ("fr", "en", "de" …); claims are read only in French and English. */
  language: string;
  published: string | null;
  dateSource: DateSource;
  dateNote: string | null;
  /** Which of the metadata a page gave about itself, in words; null for plain text. */
  metadataNote?: string | null;
  text: string;
  contentHash: string;
  byteLength: number;
}

/** The metadata that, when it differs for a known text, makes an ingest update the stored article. */
export function metadataKey(a: Pick<NewArticle, "title" | "publisher" | "url" | "language" | "published" | "dateSource" | "dateNote">): string {
  return JSON.stringify([a.title, a.publisher, a.url, a.language, a.published, a.dateSource, a.dateNote]);
}
