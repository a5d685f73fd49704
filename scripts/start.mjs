// `npm start`: set everything up, build when the sources changed since the
// last build, then serve the dashboard. `npm run serve` only serves.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { BUILD_COMPLETE, buildDashboard, staleBuildReason } from "./build-stamp.mjs";
import { serverNodeOptions } from "./server-options.mjs";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npm start            set up (dependencies, database, seed articles), build if the sources changed, serve
       npm run serve        serve the last build as it is (no set-up, no build)
       npm run build        build now (next build, stamped complete)
Serves on http://localhost:$PORT (default 3000).
  --serve-only   what \`npm run serve\` passes: skip set-up and build
  --help         this text
`);

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";
const serveOnly = process.argv.includes("--serve-only");

function step(args, what) {
  if (what) console.log(`\n▶ ${what}`);
  const result = spawnSync(args[0], args.slice(1), { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status || 1);
}

if (serveOnly) {
  if (!existsSync(BUILD_COMPLETE)) {
    console.error("✖ There is no finished build to serve yet: run `npm start` (sets up and builds) or `npm run build` first.");
    process.exit(1);
  }
} else {
  step([process.execPath, "scripts/setup.mjs"]);
  const stale = staleBuildReason();
  if (stale) {
    console.log(`\n▶ Building the dashboard (${stale})`);
    if (!buildDashboard(env)) process.exit(1);
  } else console.log("\n▶ The build is up to date with the sources: not rebuilding (`npm run build` forces it)");
}
console.log(`\n▶ Serving the dashboard on http://localhost:${port}`);
env.NODE_OPTIONS = serverNodeOptions();
step([process.execPath, "scripts/server.mjs", "--port", port]);
