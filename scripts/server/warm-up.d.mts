import type { IncomingMessage, ServerResponse } from "node:http";

export interface WarmUpRequest {
  target: string;
  /** The answer's status, 0 when the request failed. */
  status: number;
}
export interface WarmUpOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}
export declare const WARM_UP_PATHS: readonly string[];
export declare function warmUp(baseUrl: string, options?: WarmUpOptions): Promise<WarmUpRequest[]>;
export declare function warmUpHandler(handle: (req: IncomingMessage, res: ServerResponse) => unknown, options?: WarmUpOptions): Promise<WarmUpRequest[]>;
