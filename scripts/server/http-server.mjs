// The HTTP server around Next's request handler: the guards of guard.mjs on
// every request and on the parser's errors, keep-alive timing and a shutdown
// that lets requests in flight finish. Kept apart from the entry point so
// that tests can put any handler inside it.
import http from "node:http";
import { clientErrorProblem, errorAnswer, fillEmptyErrorBodies, rawAnswer, refusal, sendAnswer, targetInRawRequest } from "./guard.mjs";

/**
 * Longer than any client's idle time on a kept-alive connection. Node's 5 s
 * default closes idle sockets while clients (browsers, agents, proxies) still
 * count on them; and after the event loop was held up for longer than the
 * timeout, the timer fires before the request waiting on the socket is read,
 * so the server closes a socket with a request on it: the client sees a reset.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Above the keep-alive timeout, as Node requires, so a slow client's headers still have their own limit. */
export const HEADERS_TIMEOUT_MS = 66_000;

/** An http.Server that runs `handle(req, res)` for every request it lets through. */
export function createGuardedServer(handle) {
  const server = http.createServer(async (req, res) => {
    const refused = refusal(req.method, req.url);
    if (refused) return sendAnswer(req, res, errorAnswer(req.url, refused));
    fillEmptyErrorBodies(req, res);
    try {
      await handle(req, res);
    } catch (error) {
      console.error(`Request failed: ${req.method} ${req.url}`, error);
      if (!res.headersSent) sendAnswer(req, res, errorAnswer(req.url, { status: 500, code: "internal_error", message: "Something went wrong on the server. Please try again." }));
      else res.destroy();
    }
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.on("clientError", (error, socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
    socket.end(rawAnswer(errorAnswer(targetInRawRequest(error.rawPacket), clientErrorProblem(error))));
  });
  // CONNECT (a proxy tunnel) never reaches the request handler: Node hands over the socket.
  server.on("connect", (req, socket) => {
    socket.on("error", () => socket.destroy());
    socket.end(rawAnswer(errorAnswer(req.url, refusal("CONNECT", "/"))));
  });
  return server;
}

/** Stops taking connections, lets requests in flight finish (up to graceMs), then closes what is left. */
export function closeGracefully(server, graceMs = 10_000) {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
