import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

/** The project's own commands: `node scripts/….mjs` or `tsx scripts/….ts`, not next, vitest or eslint. */
const ownCommands = Object.entries(scripts).flatMap(([name, command]) => {
  const match = /^(node|tsx) (scripts\/\S+\.(?:mjs|ts))/.exec(command);
  return match ? [{ name, runner: match[1]!, script: match[2]! }] : [];
});

const NEVER_OPENED = "file:/nonexistent/never-opened.db";

function run(runner: string, script: string, args: string[]) {
  const bin = runner === "node" ? process.execPath : path.resolve("node_modules/.bin/tsx");
  const result = spawnSync(bin, [script, ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, DATABASE_URL: NEVER_OPENED, PORT: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("every command", () => {
  it("is found in package.json", () => {
    expect(ownCommands.map((c) => c.name)).toEqual(expect.arrayContaining(["start", "serve", "ingest", "extract", "eval", "db:migrate", "db:generate", "bench", "gen:corpus"]));
  });

  it.each(ownCommands)("$name --help prints its usage and does nothing else", ({ runner, script }) => {
    const result = run(runner, script, ["--help"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: /);
    expect(result.stdout).not.toMatch(/^▶|Applied migrations|^Summary: |^\{|^Generating \d|^claims +questions/m);
  });

  it("the e2e server and the screenshots take --help too", () => {
    for (const [runner, script] of [["node", "scripts/e2e-server.mjs"], ["tsx", "scripts/screenshots.ts"], ["node", "scripts/setup.mjs"]] as const) {
      const result = run(runner, script, ["--help"]);
      expect(result.code, script).toBe(0);
      expect(result.stdout, script).toMatch(/^Usage: /);
    }
  });
});

describe("npm run -s extract", () => {
  it("prints JSON alone on stdout, as the README says to run it", () => {
    const result = spawnSync("npm", ["run", "-s", "extract", "--", "seeds/004_d65a453aca90a03a.txt"], { encoding: "utf8", timeout: 120_000, env: { ...process.env, DATABASE_URL: NEVER_OPENED } });
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { claims: unknown[] }).claims.length).toBeGreaterThan(3);
  });
});
