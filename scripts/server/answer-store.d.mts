import type { OutgoingHttpHeaders } from "node:http";

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
