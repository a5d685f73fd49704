import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { WARM_UP_PATHS, warmUp, warmUpHandler } from "./warm-up.mjs";

/** A handler that answers the list APIs as the dashboard does and records every address asked. */
function fakeDashboard(lists: Record<string, string>, failing: readonly string[] = []) {
  const asked: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    asked.push(url);
    if (failing.includes(url)) {
      res.writeHead(500).end("{}");
      return;
    }
    const list = Object.entries(lists).find(([prefix]) => url.startsWith(prefix));
    res.writeHead(200, { "content-type": list ? "application/json" : "text/html" }).end(list ? list[1] : "<html></html>");
  };
  return { asked, handle };
}

describe("the warm-up before the server listens", () => {
  it("renders the main addresses, then the most contested question and the latest article they name", async () => {
    const { asked, handle } = fakeDashboard({
      "/api/questions?": JSON.stringify({ questions: [{ id: "troupes déployées/nord" }] }),
      "/api/articles?": JSON.stringify({ articles: [{ id: 603 }] }),
    });
    const answers = await warmUpHandler(handle);
    expect(asked).toEqual([...WARM_UP_PATHS, "/questions/troupes%20d%C3%A9ploy%C3%A9es%2Fnord", "/api/questions/troupes%20d%C3%A9ploy%C3%A9es%2Fnord", "/articles/603"]);
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it("goes on past failing addresses and an empty database, and never throws", async () => {
    const { asked, handle } = fakeDashboard({ "/api/questions?": JSON.stringify({ questions: [] }), "/api/articles?": "not json" }, ["/", "/sources"]);
    const answers = await warmUpHandler(handle);
    expect(asked).toEqual([...WARM_UP_PATHS]);
    expect(answers.filter((a) => a.status === 500).map((a) => a.target)).toEqual(["/", "/sources"]);
  });

  it("counts an address that cannot be reached as status 0", async () => {
    const refused = () => Promise.reject(new Error("ECONNREFUSED"));
    const answers = await warmUp("http://127.0.0.1:9", { fetchImpl: refused as typeof fetch });
    expect(answers.map((a) => a.status)).toEqual(WARM_UP_PATHS.map(() => 0));
  });
});
