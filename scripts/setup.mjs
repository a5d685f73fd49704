// Brings a fresh clone (or a stale one) to a runnable state: dependencies, the
// generated Prisma client, the database with its migrations, and the seed
// articles. Plain Node with no dependencies, since it runs before they exist.
// Usage: node scripts/setup.mjs [--no-seed]
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: node scripts/setup.mjs [--no-seed]
Installs dependencies when package.json or the lock changed, generates the Prisma client, applies the migrations and loads seeds/.
  --no-seed   skip loading the seed articles
  --help      this text
`);

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args, what) {
  console.log(`\n▶ ${what}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`\n✖ ${what} failed (exit code ${result.status ?? result.signal}). See the messages above.`);
    process.exit(result.status || 1);
  }
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function dependenciesStale() {
  const installed = mtime("node_modules/.package-lock.json");
  return installed === 0 || mtime("package-lock.json") > installed || mtime("package.json") > installed;
}

if (dependenciesStale()) {
  run(npm, ["install", "--loglevel=warn", "--no-audit", "--no-fund"], "Installing dependencies");
}
if (!existsSync("db/generated/client.ts") || mtime("prisma/schema.prisma") > mtime("db/generated/client.ts")) {
  run(npm, ["run", "db:generate"], "Generating the Prisma client");
}
run(npm, ["run", "db:migrate"], "Applying database migrations");
// On a database with no account yet: the first admin, from ADMIN_EMAIL / ADMIN_PASSWORD or with a one-time password.
run(npm, ["run", "user", "--", "first-admin"], "Checking for an admin account");
// After an upgrade of the extractor, the stored articles are read again (a no-op when none is outdated).
run(npm, ["run", "reextract"], "Checking the stored articles' extraction version");
if (!process.argv.includes("--no-seed")) {
  run(npm, ["run", "ingest", "--", "seeds"], "Loading the seed articles");
}
