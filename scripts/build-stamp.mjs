// Whether the production build in .next/ is older than the sources it was
// built from, so that `npm start` rebuilds only after a change (a build takes
// about a minute). Plain Node, no dependencies: it runs before they exist.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What `next build` reads: the app's folders and its configuration files. */
export const BUILD_INPUTS = ["app", "components", "lib", "db", "auth", "proxy.ts", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package.json", "package-lock.json"];

/** Written by `next build` partway: a build stopped after it leaves it behind with no manifests. */
export const BUILD_ID = ".next/BUILD_ID";
/**
 * Written by `buildDashboard` once `next build` has exited cleanly: its time is
 * the build's. It is removed before each build, so an interrupted build
 * (Ctrl-C, a timeout) leaves none and the next start builds again.
 */
export const BUILD_COMPLETE = ".next/build-complete";

const SKIPPED = new Set(["node_modules", ".next"]);

/** The newest modification time under a file or folder, 0 when it does not exist. */
function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows as its folder's change
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** null when the build is current, else why it is not (for the message). */
export function staleBuildReason(root = ".") {
  const built = path.join(root, BUILD_COMPLETE);
  if (!existsSync(built)) return existsSync(path.join(root, BUILD_ID)) ? "the last build did not finish" : "no build yet";
  const builtAt = statSync(built).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(root, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

/** Runs `next build` and stamps the build complete; false when the build failed. */
export function buildDashboard(env = process.env, root = ".") {
  rmSync(path.join(root, BUILD_COMPLETE), { force: true });
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) return false;
  writeFileSync(path.join(root, BUILD_COMPLETE), `${new Date().toISOString()}\n`);
  return true;
}
