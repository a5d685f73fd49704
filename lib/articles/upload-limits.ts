// What one upload from the browser may hold. The per-file limit is the ingest
// command's own; a batch is bounded so that one request can never hold the
// server's memory or the write lock for long.
import { MAX_ARTICLE_BYTES } from "./read-article";

export const MAX_FILES_PER_UPLOAD = 100;
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;
export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
export { MAX_ARTICLE_BYTES };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file cannot be sent at all, before a byte of it goes out; null when it may be sent. */
export function refuseBeforeUpload(file: { name: string; size: number }): string | null {
  if (file.size > MAX_ARTICLE_BYTES) return `the file is ${formatBytes(file.size)}; an article may be at most ${formatBytes(MAX_ARTICLE_BYTES)} (split it, or save only the article's text)`;
  if (file.size === 0) return "the file is empty (no text to read)";
  return null;
}

export function tooManyFiles(count: number): string | null {
  return count > MAX_FILES_PER_UPLOAD ? `${count.toLocaleString("en")} files were chosen; add at most ${MAX_FILES_PER_UPLOAD} at a time (a folder of more can be loaded with \`npm run ingest\`)` : null;
}
