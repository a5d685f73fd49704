// `npm run build`: a production build now, stamped complete (see build-stamp.mjs).
import { buildDashboard } from "./build-stamp.mjs";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run build
Builds the dashboard for production (next build) and marks the build complete, so that \`npm start\` and \`npm run serve\` use it.
`);

process.exit(buildDashboard({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" }) ? 0 : 1);
