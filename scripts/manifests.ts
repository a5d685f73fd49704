import { existsSync } from "node:fs";
import path from "node:path";
import { parseManifest, type ManifestEntry, type ParsedManifest } from "../lib/articles/manifest";
import { readBounded } from "./ingest/read-bounded";

export type ManifestLookup =
  | { kind: "entry"; entry: ManifestEntry }
  | { kind: "none" }
  | { kind: "invalid"; reason: string };

/** A manifest lists metadata, not text: far more than this is a mistake, not a manifest. */
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

export interface UnmatchedEntry {
  manifestPath: string;
  file: string;
}

function describeUnreadable(read: { reason: string; missing?: boolean }): string {
  if (read.missing) return "does not exist";
  if (read.reason.startsWith("file is")) return `is too large to be a manifest (over ${MAX_MANIFEST_BYTES} bytes)`;
  return read.reason;
}

/**
 * Finds each file's manifest entry: in the manifest named with --manifest, else
 * in a manifest.json beside the file. Manifests are read once each.
 */
export class Manifests {
  private readonly cache = new Map<string, Promise<ParsedManifest | null>>();
  private readonly looked = new Set<string>();

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
    this.looked.add(name);
    const invalid = manifest.invalid.get(name);
    if (invalid) return { kind: "invalid", reason: `manifest entry is malformed: ${invalid}` };
    const entry = manifest.entries.get(name);
    return entry ? { kind: "entry", entry } : { kind: "none" };
  }

  /**
   * Entries of the manifests read so far that name no file of this run and no
   * file beside the manifest: a typo in a name would otherwise go unseen.
   */
  async unmatched(): Promise<UnmatchedEntry[]> {
    const found: UnmatchedEntry[] = [];
    for (const [manifestPath, pending] of this.cache) {
      const manifest = await pending;
      for (const file of manifest?.entries.keys() ?? []) {
        if (!this.looked.has(file) && !existsSync(path.join(path.dirname(manifestPath), file))) found.push({ manifestPath, file });
      }
    }
    return found;
  }

  private load(manifestPath: string): Promise<ParsedManifest | null> {
    let pending = this.cache.get(manifestPath);
    if (!pending) {
      pending = readBounded(manifestPath, MAX_MANIFEST_BYTES).then((read) => {
        if (read.ok) return parseManifest(new TextDecoder().decode(read.bytes));
        if (read.missing && manifestPath !== this.explicit) return null;
        const unreadable: ParsedManifest = { entries: new Map(), invalid: new Map(), warnings: [], errors: [] };
        unreadable.errors.push({ entry: "manifest", message: describeUnreadable(read) });
        return unreadable;
      });
      pending.then((parsed) => parsed && this.onFirstRead(manifestPath, parsed));
      this.cache.set(manifestPath, pending);
    }
    return pending;
  }
}
