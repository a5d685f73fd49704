// Memoises a value by a short tuple of texts through nested Maps. Joining the
// texts into one key string would cost a string build and a hash per claim,
// which dominated the run time on a million claims.
export class PartsMemo<T> {
  private readonly root = new Map<string | null, unknown>();

  get(parts: readonly (string | null)[], make: () => T): T {
    let level: Map<string | null, unknown> = this.root;
    const last = parts.length - 1;
    for (let i = 0; i < last; i++) {
      const part = parts[i]!;
      let next = level.get(part) as Map<string | null, unknown> | undefined;
      if (!next) level.set(part, (next = new Map()));
      level = next;
    }
    const leaf = parts[last]!;
    if (level.has(leaf)) return level.get(leaf) as T;
    const value = make();
    level.set(leaf, value);
    return value;
  }
}
