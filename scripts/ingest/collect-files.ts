import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

export interface CollectedFiles {
  files: string[];
  /** Arguments that are neither article files nor folders: reported, not fatal. */
  missing: string[];
}

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** The article files named on the command line, with folders expanded (recursively, in name order). */
export async function collectFiles(args: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (!info) missing.push(arg);
    else if (info.isDirectory()) files.push(...(await listArticleFiles(arg)));
    else files.push(arg);
  }
  return { files: [...new Set(files.map((f) => path.resolve(f)))], missing };
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && isArticleFile(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
