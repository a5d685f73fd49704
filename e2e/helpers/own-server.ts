// A second server over a database of its own, for specs whose data would
// change what the other specs see (the shared one holds the seeds alone). It
// serves the build the main server made.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { test } from "@playwright/test";

/**
 * The configured 60 s applies to a beforeAll hook whatever its describe block
 * sets; migrating, loading and starting a server took longer than that on a
 * loaded machine, which failed the whole spec before any test ran.
 */
const START_TIMEOUT_MS = 240_000;

export interface OwnServer {
  base: string;
  /** The database file, relative to the project, for commands the spec runs against it. */
  database: string;
  stop(): void;
}

/** `offset` keeps each spec's port apart from the main server's (E2E_PORT) and from the other specs'. */
export async function startOwnServer(name: string, offset: number, loads: string[][], serverEnv: Record<string, string> = {}): Promise<OwnServer> {
  test.setTimeout(START_TIMEOUT_MS);
  const port = Number(process.env.E2E_PORT ?? 3100) + offset;
  const db = `data/e2e-${name}.db`;
  const env = { ...process.env, DATABASE_URL: `file:./${db}`, NEXT_TELEMETRY_DISABLED: "1" };
  const run = (args: string[]) => {
    const result = spawnSync(args[0]!, args.slice(1), { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  };
  const base = `http://127.0.0.1:${port}`;
  // A server left on the port (by an earlier run, say) would answer for this database with its own data: stop rather than test it.
  if (await fetch(`${base}/sign-in`).then(() => true, () => false)) throw new Error(`port ${port} already answers: stop the server on it and run again`);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  run(["npm", "run", "-s", "db:migrate"]);
  for (const args of loads) run(["npm", "run", "-s", ...args]);
  // A process group of its own: stopping it stops everything the server started.
  const server: ChildProcess = spawn(process.execPath, ["scripts/server.mjs", "--hostname", "127.0.0.1", "--port", String(port)], { env: { ...env, ...serverEnv }, stdio: "ignore", detached: true });
  const stop = () => {
    if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  // A spec whose beforeAll timed out never gets the server to stop: it would hold the port for the next run.
  process.once("exit", stop);
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/sign-in`).then((r) => r.ok, () => false)) return { base, database: db, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`the server over ${db} did not start on port ${port}`);
}
