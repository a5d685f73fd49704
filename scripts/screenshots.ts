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
  { path: "/", file: "overview" },
  { path: "/questions/deployed-soldiers-north-korean-russia", file: "question" },
  { path: "/claims?source=gur", file: "claims" },
];

/** Desktop and phone (390 px, as the phone tests use): docs/screenshots/NAME.png and NAME-phone.png. */
const WIDTHS = [
  { suffix: "", viewport: { width: 1280, height: 900 }, isMobile: false },
  { suffix: "-phone", viewport: { width: 390, height: 844 }, isMobile: true },
];

async function main() {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: width.viewport, isMobile: width.isMobile, hasTouch: width.isMobile, deviceScaleFactor: 1, reducedMotion: "reduce" });
    for (const shot of SHOTS) {
      await page.goto(base + shot.path, { waitUntil: "networkidle" });
      const file = `docs/screenshots/${shot.file}${width.suffix}.png`;
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
