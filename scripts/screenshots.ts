// `npx tsx scripts/screenshots.ts [BASE_URL]`: the README's screenshots, taken
// from a running server (npm start) in the same Chromium the tests use.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "../e2e/helpers/chromium";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npx tsx scripts/screenshots.ts [BASE_URL]
Retakes the README's screenshots (desktop and phone width) from a running dashboard (default http://localhost:3000).
`);

const base = process.argv[2] ?? "http://localhost:3000";

const SHOTS = [
  { path: "/", file: "overview.png" },
  { path: "/questions/deployed-soldiers-north-korean-russia", file: "question.png" },
  { path: "/claims?source=gur", file: "claims.png" },
];

async function main() {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  for (const shot of SHOTS) {
    await page.goto(base + shot.path, { waitUntil: "networkidle" });
    await page.screenshot({ path: `docs/screenshots/${shot.file}`, fullPage: false });
    console.log(`docs/screenshots/${shot.file}`);
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
