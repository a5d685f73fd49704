import { existsSync } from "node:fs";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** A system Chromium when one is named (CHROMIUM_PATH) or found, else undefined: Playwright's own browser. */
export function systemChromium(): string | undefined {
  return process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((p) => existsSync(p));
}

/** Without the networking flags Chromium floods a closed network with refused connections. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];
