import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from "node:http";

export interface KeptAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  size: number;
  /** The data's revision it was rendered at. */
  revision: string | null;
  storedAt: number;
  /** When it stops being served: storedAt plus its time to live, spread. */
  expiresAt: number;
}
export declare const CACHE_MAX_BYTES: number;
export declare const ENTRY_MAX_BYTES: number;
export declare const ENTRY_TTL_MS: number;
export declare const ENTRY_TTL_SPREAD: number;
export declare const KEY_HEADERS: string[];
export declare function cookieNames(cookieHeader: string | undefined): string[];
export declare function hasSessionCookie(cookieHeader: string | undefined): boolean;
export declare function requestIsCacheable(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean;
export declare function requestWantsFresh(headers: IncomingHttpHeaders): boolean;
export declare function cacheKey(revision: string, url: string | undefined, headers: IncomingHttpHeaders): string;
export declare function addressKey(url: string | undefined, headers: IncomingHttpHeaders): string;
export declare function responseIsCacheable(status: number, headers: OutgoingHttpHeaders, bodyBytes: number): boolean;
export declare class AnswerStore {
  constructor(options?: { maxBytes?: number; ttlMs?: number; ttlSpread?: number; now?: () => number; random?: () => number });
  bytes: number;
  entries: Map<string, KeptAnswer>;
  get(key: string): KeptAnswer | undefined;
  isFresh(entry: KeptAnswer): boolean;
  delete(key: string): void;
  peek(key: string): KeptAnswer | undefined;
  set(key: string, status: number, headers: OutgoingHttpHeaders, body: Buffer, revision?: string | null): void;
}
export declare function recordAnswer(res: ServerResponse, done: (answer: { status: number; headers: OutgoingHttpHeaders; body: Buffer } | null) => void): void;
export declare function databaseFileOf(env?: NodeJS.ProcessEnv, cwd?: string): string | null;
export declare function openDataRevision(file: string | null): Promise<(() => string | null) | null>;
export interface ResponseCache {
  serve(req: IncomingMessage, res: ServerResponse, handle: () => unknown): unknown;
  stats: { hits: number; misses: number; shared: number; stale: number; refreshed: number };
  store: AnswerStore;
}
export declare function keyHeadersOf(headers: IncomingHttpHeaders): Record<string, string | string[]>;
export declare function refreshThrough(server: { address(): ReturnType<Server["address"]> }, options?: { timeoutMs?: number }): (url: string, headers: Record<string, string | string[]>) => Promise<void>;
export declare function createResponseCache(revision: () => string | null, options?: { store?: AnswerStore; refresh?: ((url: string, headers: Record<string, string | string[]>) => Promise<unknown>) | null }): ResponseCache;
