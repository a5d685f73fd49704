import type { IncomingMessage, Server, ServerResponse } from "node:http";

export declare const KEEP_ALIVE_TIMEOUT_MS: number;
export declare const HEADERS_TIMEOUT_MS: number;
export declare function createGuardedServer(handle: (req: IncomingMessage, res: ServerResponse) => unknown): Server;
export declare function closeGracefully(server: Server, graceMs?: number): Promise<void>;
