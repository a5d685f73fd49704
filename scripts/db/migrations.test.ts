import { expect, it } from "vitest";
import { runScript } from "../../test/run-cli";

// Replays every committed migration into a scratch database and compares the
// result with the schema: a model changed without its migration fails here.
it("the committed migrations build exactly the schema", () => {
  const result = runScript("scripts/db/migrate.ts", ["check"], "file:./data/unused.db");
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain("The schema matches the migrations.");
  expect(result.code).toBe(0);
});
