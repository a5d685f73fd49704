// `npm start`: set everything up, then build and serve the dashboard.
import { spawnSync } from "node:child_process";
import { serverNodeOptions } from "./server-options.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";

function step(args, what) {
  if (what) console.log(`\n▶ ${what}`);
  const result = spawnSync(args[0], args.slice(1), { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status || 1);
}

step([process.execPath, "scripts/setup.mjs"]);
step(["npx", "next", "build"], "Building the dashboard");
console.log(`\n▶ Serving the dashboard on http://localhost:${port}`);
env.NODE_OPTIONS = serverNodeOptions();
step(["npx", "next", "start", "--port", port]);
