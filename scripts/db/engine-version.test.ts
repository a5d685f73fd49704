import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

const json = (file: string) => JSON.parse(readFileSync(file, "utf8")) as { version: string; dependencies?: Record<string, string> };

// The migrations run Prisma's schema engine as WebAssembly, outside the CLI:
// it must be the engine build the installed Prisma ships with, not a newer one.
it("pins the WebAssembly schema engine to the installed Prisma's engine build", () => {
  const pinned = json("package.json").dependencies?.["@prisma/schema-engine-wasm"];
  const prismaEngines = json("node_modules/@prisma/engines-version/package.json").version;
  expect(pinned).toBe(prismaEngines);
  expect(json("node_modules/@prisma/schema-engine-wasm/package.json").version).toBe(prismaEngines);
  expect(prismaEngines.startsWith(`${json("node_modules/prisma/package.json").version}-`)).toBe(true);
});
