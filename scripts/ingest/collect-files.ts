import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import { describeKind } from "./read-bounded";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

export interface Refused {
  path: string;
  reason: string;
}

export interface CollectedFiles {
  files: string[];
  /** Arguments that are neither article files nor folders: reported, not fatal. */
  missing: string[];
  /** Entries that look like articles but are not read (links, pipes, devices): each a failure. */
  refused: Refused[];
  /** Links inside folders that do not look like articles: said, not followed. */
  skipped: Refused[];
}

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

const LINK_REASON = "is a symbolic link, not followed: name the file it points to instead";

/**
 * The article files named on the command line, with folders expanded
 * (recursively, in name order). Nothing is followed through a symbolic link:
 * a link named `p.txt` may point anywhere, /etc/passwd or /dev/zero.
 */
export async function collectFiles(args: string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], missing: [], refused: [], skipped: [] };
  for (const arg of args) {
    const info = await lstat(arg).catch(() => null);
    if (!info) collected.missing.push(arg);
    else if (info.isSymbolicLink()) collected.refused.push({ path: arg, reason: LINK_REASON });
    else if (info.isDirectory()) await listArticleFiles(arg, collected);
    // A pipe or device named on purpose is passed on: reading refuses it, with its kind.
    else collected.files.push(arg);
  }
  collected.files = [...new Set(collected.files.map((f) => path.resolve(f)))];
  return collected;
}

async function listArticleFiles(dir: string, into: CollectedFiles): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const sorted = entries.map((e) => ({ entry: e, file: path.join(e.parentPath, e.name) })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { entry, file } of sorted) {
    if (entry.isFile()) {
      if (isArticleFile(entry.name)) into.files.push(file);
    } else if (entry.isSymbolicLink()) {
      (isArticleFile(entry.name) ? into.refused : into.skipped).push({ path: file, reason: LINK_REASON });
    } else if (!entry.isDirectory() && isArticleFile(entry.name)) {
      const info = await lstat(file).catch(() => null);
      into.refused.push({ path: file, reason: `is ${info ? describeKind(info) : "not a regular file"}, not a regular file: only article files are read` });
    }
  }
}
