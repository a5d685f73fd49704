import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from "node:http";
import type { AnswerStore } from "./answer-store.mjs";

export declare const KEY_HEADERS: string[];
export declare function cookieNames(cookieHeader: string | undefined): string[];
export declare function hasSessionCookie(cookieHeader: string | undefined): boolean;
export declare function requestIsCacheable(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean;
export declare function requestWantsFresh(headers: IncomingHttpHeaders): boolean;
export declare function cacheKey(revision: string, url: string | undefined, headers: IncomingHttpHeaders): string;
export declare function addressKey(url: string | undefined, headers: IncomingHttpHeaders): string;
export declare function responseIsCacheable(status: number, headers: OutgoingHttpHeaders, bodyBytes: number): boolean;
export declare function recordAnswer(res: ServerResponse, done: (answer: { status: number; headers: OutgoingHttpHeaders; body: Buffer } | null) => void): void;
export interface ResponseCache {
  serve(req: IncomingMessage, res: ServerResponse, handle: () => unknown): unknown;
  stats: { hits: number; misses: number; shared: number; stale: number; refreshed: number };
  store: AnswerStore;
}
export declare function keyHeadersOf(headers: IncomingHttpHeaders): Record<string, string | string[]>;
export declare function refreshThrough(server: { address(): ReturnType<Server["address"]> }, options?: { timeoutMs?: number }): (url: string, headers: Record<string, string | string[]>) => Promise<void>;
export declare function createResponseCache(revision: () => string | null, options?: { store?: AnswerStore; refresh?: ((url: string, headers: Record<string, string | string[]>) => Promise<unknown>) | null }): ResponseCache;
