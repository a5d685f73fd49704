import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
export interface InFlight {
  url: string;
  startedAt: number;
}
export declare const STALL_MS: number;
export declare function trackInFlight(): { inFlight: Map<number, InFlight>; wrap(handle: Handler): Handler };
export declare function stallLine(endedAt: number, heldMs: number, inFlight: Map<number, InFlight>): string;
export declare function startStallLog(file: string, inFlight: Map<number, InFlight>, options?: { append?: (file: string, line: string) => void }): () => void;
