import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractedClaimSchema } from "../lib/claims/claim";
import { runScript } from "../test/run-cli";

const SEED = "seeds/004_d65a453aca90a03a.txt";

describe("npm run extract", () => {
  it("prints the claims of the files as JSON in the shared contract, offsets into the text", async () => {
    const result = runScript("scripts/extract.ts", ["--manifest", "seeds/manifest.json", SEED], "file:/nonexistent/never-opened.db");
    expect(result.code, result.stderr).toBe(0);
    const { claims } = z.object({ claims: z.array(extractedClaimSchema) }).parse(JSON.parse(result.stdout));
    const text = (await import("node:fs")).readFileSync(SEED, "utf8");
    expect(claims.length).toBeGreaterThan(3);
    for (const c of claims) {
      expect(c.file).toBe("004_d65a453aca90a03a.txt");
      expect(text.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(claims.find((c) => c.value.best === 10_000)?.source?.id).toBe("nis");
    expect(claims.find((c) => c.stance === "denies")?.source?.id).toBe("north_korea");
  });

  it("reports an unreadable file on stderr and exits non-zero, still printing the others", () => {
    const result = runScript("scripts/extract.ts", [SEED, "seeds/missing.txt"], "file:/nonexistent/never-opened.db");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.txt/);
    expect(JSON.parse(result.stdout).claims.length).toBeGreaterThan(3);
  });
});
