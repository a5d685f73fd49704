import { spawnSync } from "node:child_process";
import path from "node:path";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = path.resolve("node_modules/.bin/tsx");

/** Runs one of the project's command-line scripts as a user would, against the given database. */
export function runScript(script: string, args: string[], databaseUrl: string, env: Record<string, string> = {}): CliResult {
  const result = spawnSync(TSX, [script, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
