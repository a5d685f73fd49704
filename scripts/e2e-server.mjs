// The server the browser tests run against: a fresh SQLite file loaded with the
// seed articles, and a production build of the app.
import { spawnSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { buildDashboard } from "./build-stamp.mjs";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: node scripts/e2e-server.mjs [PORT]
What the browser tests run: a fresh data/e2e.db with the seed articles, a production build (skipped with E2E_SKIP_BUILD=1), then the server on 127.0.0.1:PORT (default 3100).
`);

const port = process.argv[2] ?? "3100";
const dbFile = "data/e2e.db";
// Every browser test signs in from 127.0.0.1: the per-address sign-in limit would cut a fast run short.
const env = { ...process.env, DATABASE_URL: `file:./${dbFile}`, NEXT_TELEMETRY_DISABLED: "1", AUTH_SIGN_INS_PER_MINUTE: "1000" };

function run(args) {
  const result = spawnSync(args[0], args.slice(1), { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status || 1);
}

for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
run(["npm", "run", "db:migrate"]);
// The tests make their own accounts (e2e/helpers/accounts.ts); this admin only proves the first-run step works.
run(["npm", "run", "user", "--", "first-admin"]);
run(["npm", "run", "ingest", "--", "seeds"]);
if (!process.env.E2E_SKIP_BUILD && !buildDashboard(env)) process.exit(1);
const server = spawn(process.execPath, ["scripts/server.mjs", "--hostname", "127.0.0.1", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
