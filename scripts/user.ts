// `npm run user -- add|role|remove|password|list …`: accounts from the command line.
import { parseArgs } from "node:util";
import type { z } from "zod";
import { describeAccountIssue, emailSchema, newAccountSchema, passwordSchema } from "../lib/auth/account-input";
import { ROLE_DESCRIPTIONS, ROLES, roleSchema } from "../lib/auth/roles";

const HELP = `Usage: npm run user -- COMMAND [ARGS]

  add EMAIL --role ROLE [--name NAME] [--password PASSWORD]
                       create an account; without --password a one-time password is printed once
  role EMAIL ROLE      change an account's role
  remove EMAIL         delete an account and sign it out everywhere
  password EMAIL [--password PASSWORD]
                       set a new password (printed once when not given) and sign out everywhere
  list                 every account with its role
  first-admin          on a database with no account yet: create an admin from ADMIN_EMAIL and
                       ADMIN_PASSWORD, or admin@localhost with a one-time password (npm start runs it)

Roles: ${ROLES.map((r) => `${r} (${ROLE_DESCRIPTIONS[r]})`).join("; ")}.
A password given with --password can be seen by other users of this machine while the command runs.`;

class UsageError extends Error {}

function arg(values: string[], index: number, what: string): string {
  const value = values[index];
  if (!value) throw new UsageError(`Missing ${what}.`);
  return value;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${what} ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
  return parsed.data;
}

function printPassword(email: string, password: string) {
  console.log(`One-time password for ${email} (shown once, write it down now):\n\n    ${password}\n`);
}

// Loaded only once a command needs it, so that --help opens no database and no key file.
const accounts = () => import("../auth/accounts");

async function firstAdmin() {
  const { countAccounts, createAccount } = await accounts();
  if ((await countAccounts()) > 0) return;
  const parsed = newAccountSchema.safeParse({ email: process.env.ADMIN_EMAIL || "admin@localhost.localdomain", password: process.env.ADMIN_PASSWORD || undefined, role: "admin", name: "Admin" });
  if (!parsed.success) throw new UsageError(`ADMIN_EMAIL / ADMIN_PASSWORD: ${describeAccountIssue(parsed.error)}.`);
  const { account, generatedPassword } = await createAccount(parsed.data);
  console.log(`Created the first admin account, ${account.email}.`);
  if (generatedPassword) printPassword(account.email, generatedPassword);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: "string" }, name: { type: "string" }, password: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) return console.log(HELP);
  const { createAccount, listAccounts, removeAccount, resetAccountPassword, setAccountRole } = await accounts();
  switch (command) {
    case "add": {
      const parsed = newAccountSchema.safeParse({ email: arg(rest, 0, "EMAIL"), role: values.role, name: values.name, password: values.password });
      if (!parsed.success) throw new UsageError(`Cannot add the account: ${describeAccountIssue(parsed.error)}.`);
      const { account, generatedPassword } = await createAccount(parsed.data);
      console.log(`Added ${account.email} (${account.role}).`);
      if (generatedPassword) printPassword(account.email, generatedPassword);
      return;
    }
    case "role": {
      const email = parse(emailSchema, arg(rest, 0, "EMAIL"), "EMAIL");
      const role = parse(roleSchema, arg(rest, 1, "ROLE"), "ROLE");
      await setAccountRole(email, role);
      return console.log(`${email} is now ${role === "admin" ? "an" : "a"} ${role}.`);
    }
    case "remove": {
      const email = parse(emailSchema, arg(rest, 0, "EMAIL"), "EMAIL");
      await removeAccount(email);
      return console.log(`Removed ${email}.`);
    }
    case "password": {
      const email = parse(emailSchema, arg(rest, 0, "EMAIL"), "EMAIL");
      const password = values.password === undefined ? undefined : parse(passwordSchema, values.password, "--password");
      const generated = await resetAccountPassword(email, password);
      console.log(`New password set for ${email}; its sessions are signed out.`);
      if (generated) printPassword(email, generated);
      return;
    }
    case "list": {
      const accounts = await listAccounts();
      if (!accounts.length) return console.log("No accounts yet.");
      for (const a of accounts) console.log(`${a.email}\t${a.role}\t${a.name}`);
      return;
    }
    case "first-admin":
      return firstAdmin();
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${HELP}`);
  else if (error instanceof Error && error.name === "AccountError") console.error(error.message);
  else console.error(`npm run user failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
