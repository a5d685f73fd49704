// Managing accounts: the one path used by `npm run user`, the first-run admin of
// `npm start`, and the admin page. Passwords are hashed by Better Auth's own
// hasher (scrypt), so that its sign-in verifies them.
import { randomBytes, randomUUID } from "node:crypto";
import { prisma } from "../db/client";
import type { NewAccount } from "../lib/auth/account-input";
import type { Role } from "../lib/auth/roles";
import { auth } from "./server";

export interface AccountSummary {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Date;
}

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccountError";
  }
}

/** A password to hand over once: 20 characters from an alphabet without look-alikes (about 115 bits). */
export function oneTimePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(20), (b) => alphabet[b % alphabet.length]).join("");
}

export async function listAccounts(): Promise<AccountSummary[]> {
  return prisma.user.findMany({ select: { id: true, email: true, name: true, role: true, createdAt: true }, orderBy: { email: "asc" } });
}

export async function countAccounts(): Promise<number> {
  return prisma.user.count();
}

/** Creates an account with its password in one transaction; returns the password when it was made here. */
export async function createAccount(input: NewAccount): Promise<{ account: AccountSummary; generatedPassword: string | null }> {
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AccountError(`An account for ${input.email} already exists.`);
  }
  const generatedPassword = input.password ? null : oneTimePassword();
  const context = await auth.$context;
  const hash = await context.password.hash(input.password ?? generatedPassword!);
  const id = randomUUID();
  const account = await prisma.user.create({
    data: {
      id,
      email: input.email,
      name: input.name || input.email.split("@")[0]!,
      role: input.role,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: hash } },
    },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
  return { account, generatedPassword };
}

async function otherAdmins(email: string): Promise<number> {
  return prisma.user.count({ where: { role: "admin", NOT: { email } } });
}

async function existing(email: string) {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (!user) throw new AccountError(`No account for ${email}.`);
  return user;
}

/** Changes a role; the last admin cannot step down, or nobody could manage accounts any more. */
export async function setAccountRole(email: string, role: Role): Promise<void> {
  const user = await existing(email);
  if (user.role === "admin" && role !== "admin" && (await otherAdmins(email)) === 0) {
    throw new AccountError(`${email} is the only admin: make another admin first.`);
  }
  await prisma.user.update({ where: { id: user.id }, data: { role } });
}

/** Removes an account with its sessions (signed out everywhere at once); never the last admin. */
export async function removeAccount(email: string): Promise<void> {
  const user = await existing(email);
  if (user.role === "admin" && (await otherAdmins(email)) === 0) {
    throw new AccountError(`${email} is the only admin: make another admin first.`);
  }
  await prisma.user.delete({ where: { id: user.id } });
}

/** Sets a new password and signs the account out everywhere. */
export async function resetAccountPassword(email: string, password?: string): Promise<string | null> {
  const user = await existing(email);
  const generated = password ? null : oneTimePassword();
  const context = await auth.$context;
  const hash = await context.password.hash(password ?? generated!);
  await prisma.$transaction([
    prisma.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
  ]);
  return generated;
}
