// Renders the dashboard's main addresses once before the server takes
// requests. A route's first rendering in a new process costs about four times
// a later one (its chunks load, Prisma starts, the JIT is cold): on 3,000
// articles the twelve addresses of the load mix take 3.5 s of CPU the first
// time and 0.85 s after. Left to the first visitors, that cost lands all at
// once (fifty clients ask for twelve addresses together) and every request,
// however small, waits behind it.
//
// The requests go to a loopback listener of Next's handler itself, not
// through the response cache: their answers (under a loopback host) would be
// kept and never served to anyone. This warms code, not data.
import { createGuardedServer, closeGracefully } from "./http-server.mjs";

/** Addresses whose code every visitor reaches: the overview, the lists and the APIs behind them. */
export const WARM_UP_PATHS = ["/api/claims?pageSize=1", "/", "/claims", "/articles", "/sources", "/api/questions?pageSize=1", "/api/articles?pageSize=1"];

const REQUEST_TIMEOUT_MS = 30_000;

/** The first id a list answer names (`{ questions: [{ id }] }`), or null. */
function firstId(body, key) {
  try {
    const id = JSON.parse(body)?.[key]?.[0]?.id;
    return typeof id === "string" || typeof id === "number" ? String(id) : null;
  } catch {
    return null;
  }
}

/**
 * Requests the main addresses one after the other, then the most contested
 * question's page and API answer and the latest article's page. Best effort:
 * an address that fails is skipped. Returns the addresses asked and their status.
 */
export async function warmUp(baseUrl, { fetchImpl = fetch, timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
  const asked = [];
  const get = async (target) => {
    try {
      const response = await fetchImpl(`${baseUrl}${target}`, { signal: AbortSignal.timeout(timeoutMs) });
      const body = await response.text();
      asked.push({ target, status: response.status });
      return response.ok ? body : "";
    } catch {
      asked.push({ target, status: 0 });
      return "";
    }
  };
  const bodies = {};
  for (const target of WARM_UP_PATHS) bodies[target] = await get(target);
  const question = firstId(bodies["/api/questions?pageSize=1"], "questions");
  const article = firstId(bodies["/api/articles?pageSize=1"], "articles");
  if (question) {
    await get(`/questions/${encodeURIComponent(question)}`);
    await get(`/api/questions/${encodeURIComponent(question)}`);
  }
  if (article) await get(`/articles/${encodeURIComponent(article)}`);
  return asked;
}

/** Runs warmUp against `handle` on a loopback port of its own, closed afterwards. */
export async function warmUpHandler(handle, options) {
  const server = createGuardedServer(handle);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  try {
    return await warmUp(`http://127.0.0.1:${server.address().port}`, options);
  } finally {
    await closeGracefully(server, 1000);
  }
}
