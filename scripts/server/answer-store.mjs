// The answers the response cache keeps (response-cache.mjs), bounded in
// bytes with the least recently used out first, each with a time to live.

export const CACHE_MAX_BYTES = 64 << 20;
/**
 * An answer larger than this is streamed on and forgotten: a few of them would
 * fill the cache. Above the first page of /api/questions on a few thousand
 * articles (4.5 MB on 3,000): an answer that is never kept is rendered again
 * for every client that asks, and those renders hold up every other request.
 */
export const ENTRY_MAX_BYTES = 8 << 20;
export const ENTRY_TTL_MS = 30_000;
/**
 * Each entry lives between ENTRY_TTL_MS and (1 + this) times it, drawn when it
 * is kept. The addresses a crowd asks for are rendered together (after a
 * start or a write) and kept together: with one time to live they also
 * expired together, every 30 s, and rendered again all at once, holding up
 * every request behind that burst (1 s of server CPU on 3,000 articles) with
 * nothing written. Spread, they come back one by one.
 */
export const ENTRY_TTL_SPREAD = 0.5;

/** Least recently used entries leave first once the total passes maxBytes; an entry older than its time to live (ttlMs, spread up to ttlSpread more) is not a hit (see peek). */
export class AnswerStore {
  constructor({ maxBytes = CACHE_MAX_BYTES, ttlMs = ENTRY_TTL_MS, ttlSpread = ENTRY_TTL_SPREAD, now = () => Date.now(), random = Math.random } = {}) {
    this.maxBytes = maxBytes;
    this.ttlMs = ttlMs;
    this.ttlSpread = ttlSpread;
    this.now = now;
    this.random = random;
    this.entries = new Map();
    this.bytes = 0;
  }

  /** The entry kept for key if still within its time to live, else undefined (an expired one stays, as peek's stale copy, until replaced or pushed out). */
  get(key) {
    const entry = this.peek(key);
    return entry && this.isFresh(entry) ? entry : undefined;
  }

  /** The entry kept for key, expired or not (and now the most recently used). */
  peek(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Whether an entry is still within its time to live. */
  isFresh(entry) {
    return this.now() <= entry.expiresAt;
  }

  delete(key) {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.size;
  }

  set(key, status, headers, body, revision = null) {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.size;
    }
    const size = body.length + key.length + 1024;
    if (size > this.maxBytes) return;
    const storedAt = this.now();
    const entry = { status, headers, body, size, revision, storedAt, expiresAt: storedAt + this.ttlMs * (1 + this.ttlSpread * this.random()) };
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, { size: oldSize }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= oldSize;
    }
  }
}
