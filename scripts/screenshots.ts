// `npx tsx scripts/screenshots.ts [BASE_URL]`: the README's screenshots, taken
// from a running server (npm start) in the same Chromium the tests use.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

const SHOTS = [
  { path: "/", file: "overview.png" },
  { path: "/questions/deployed-soldiers-north-korean-russia", file: "question.png" },
  { path: "/claims?source=gur", file: "claims.png" },
];

async function main() {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
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
