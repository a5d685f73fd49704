import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseManifest, type ManifestEntry, type ParsedManifest } from "../lib/articles/manifest";

export type ManifestLookup =
  | { kind: "entry"; entry: ManifestEntry }
  | { kind: "none" }
  | { kind: "invalid"; reason: string };

/**
 * Finds each file's manifest entry: in the manifest named with --manifest, else
 * in a manifest.json beside the file. Manifests are read once each.
 */
export class Manifests {
  private readonly cache = new Map<string, Promise<ParsedManifest | null>>();

  constructor(
    private readonly explicit: string | null,
    private readonly onFirstRead: (manifestPath: string, manifest: ParsedManifest) => void,
  ) {}

  async lookup(file: string): Promise<ManifestLookup> {
    const manifestPath = this.explicit ?? path.join(path.dirname(file), "manifest.json");
    const manifest = await this.load(manifestPath);
    if (!manifest) return { kind: "none" };
    if (manifest.errors.some((e) => e.entry === "manifest")) {
      return { kind: "invalid", reason: `${manifestPath} ${manifest.errors[0]?.message}` };
    }
    const name = path.basename(file);
    const invalid = manifest.invalid.get(name);
    if (invalid) return { kind: "invalid", reason: `manifest entry is malformed: ${invalid}` };
    const entry = manifest.entries.get(name);
    return entry ? { kind: "entry", entry } : { kind: "none" };
  }

  private load(manifestPath: string): Promise<ParsedManifest | null> {
    let pending = this.cache.get(manifestPath);
    if (!pending) {
      pending = readFile(manifestPath, "utf8").then(parseManifest, (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT" && manifestPath !== this.explicit) return null;
        const unreadable: ParsedManifest = { entries: new Map(), invalid: new Map(), warnings: [], errors: [] };
        unreadable.errors.push({ entry: "manifest", message: `cannot be read (${error.code ?? error.message})` });
        return unreadable;
      });
      pending.then((parsed) => parsed && this.onFirstRead(manifestPath, parsed));
      this.cache.set(manifestPath, pending);
    }
    return pending;
  }
}
