import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScript } from "../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../test/temp-database";

const accounts = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT u."email", u."role", a."password" FROM "User" u JOIN "Account" a ON a."userId" = u."id" ORDER BY u."email"`).all() as { email: string; role: string; password: string }[];
  } finally {
    db.close();
  }
};

// Each command starts its own Node process (1–4 s on a busy machine).
describe("npm run user", { timeout: 120_000 }, () => {
  let db: TempDatabase;
  const user = (...args: string[]) => runScript("scripts/user.ts", args, db.url);
  beforeEach(async () => {
    db = await createTempDatabase();
  });
  afterEach(() => db.remove());

  it("makes the first admin once, with a one-time password printed once", () => {
    const first = user("first-admin");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/One-time password for admin@localhost\.localdomain[^\n]*\n\n {4}[A-Za-z0-9]{20}\n/);
    const again = user("first-admin");
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("");
    const stored = accounts(db.file);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.role).toBe("admin");
    // Stored as a salted scrypt hash, never as the password itself.
    expect(stored[0]!.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(first.stdout).not.toContain(stored[0]!.password);
  });

  it("takes the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, and refuses a short password in words", () => {
    process.env.ADMIN_EMAIL = "Chief@Example.org";
    process.env.ADMIN_PASSWORD = "short";
    try {
      const refused = user("first-admin");
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("ADMIN_EMAIL / ADMIN_PASSWORD: password must be at least 10 characters.");
      process.env.ADMIN_PASSWORD = "a-long-enough-password";
      const made = user("first-admin");
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toBe("Created the first admin account, chief@example.org.\n");
    } finally {
      delete process.env.ADMIN_EMAIL;
      delete process.env.ADMIN_PASSWORD;
    }
    expect(accounts(db.file).map((a) => [a.email, a.role])).toEqual([["chief@example.org", "admin"]]);
  });

  it("adds, changes and removes accounts, and never removes the last admin", () => {
    expect(user("add", "boss@example.org", "--role", "admin", "--password", "0123456789ab").code).toBe(0);
    const added = user("add", "ana@example.org", "--role", "analyst");
    expect(added.stdout).toContain("Added ana@example.org (analyst).");
    expect(added.stdout).toContain("One-time password for ana@example.org");
    expect(user("add", "ana@example.org", "--role", "viewer").stderr).toContain("An account for ana@example.org already exists.");

    expect(user("role", "ana@example.org", "viewer").stdout).toContain("ana@example.org is now a viewer.");
    const badRole = user("role", "ana@example.org", "boss");
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("ROLE must be one of viewer, analyst, admin.");

    const lastAdmin = user("role", "boss@example.org", "analyst");
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.stderr).toContain("boss@example.org is the only admin: make another admin first.");
    expect(user("remove", "boss@example.org").stderr).toContain("is the only admin");

    expect(user("remove", "ana@example.org").stdout).toContain("Removed ana@example.org.");
    expect(user("remove", "nobody@example.org").stderr).toContain("No account for nobody@example.org.");
    expect(accounts(db.file).map((a) => [a.email, a.role])).toEqual([["boss@example.org", "admin"]]);
  });

  it("explains itself with --help", () => {
    const help = user("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: npm run user -- COMMAND");
    expect(help.stdout).toContain("Roles: viewer");
  });
});
