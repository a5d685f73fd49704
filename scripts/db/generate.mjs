// `prisma generate` never runs the schema engine, but the CLI still tries to
// download it first; naming any existing file as the engine stops that download.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { exitWithUsageOnHelp } from "../usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run db:generate
Generates the Prisma client into db/generated/ from prisma/schema.prisma, without downloading an engine.
`);

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? require.resolve("prisma/package.json"), PRISMA_HIDE_UPDATE_MESSAGE: "1" };
execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], { stdio: "inherit", env });
