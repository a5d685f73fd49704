// Accounts for the browser tests, made the way an admin would: through `npm run user`,
// against the database the test server reads (scripts/e2e-server.mjs).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";

export interface TestAccount {
  email: string;
  password: string;
  role: Role;
}

const TSX = path.resolve("node_modules/.bin/tsx");

/** `database` is the file the server under test reads: the shared one unless a spec runs a server of its own. */
export function runUserCommand(args: string[], database = "data/e2e.db") {
  const result = spawnSync(TSX, ["scripts/user.ts", ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:./${database}` }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function createTestAccount(role: Role, database?: string): TestAccount {
  const email = `${role}-${randomBytes(4).toString("hex")}@example.org`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const result = runUserCommand(["add", email, "--role", role, "--password", password], database);
  if (result.code !== 0) throw new Error(`Could not create ${email}: ${result.stderr || result.stdout}`);
  return { email, password, role };
}

export async function signIn(page: Page, account: TestAccount, next = "/") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner")).toContainText(account.email);
}
