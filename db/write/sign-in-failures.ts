// Failed sign-ins per e-mail address, kept in the database so that a restart
// or a second server process does not forget them.
import { prisma } from "../client";

export interface FailureRecord {
  count: number;
  lastFailure: Date;
}

export async function findSignInFailures(email: string): Promise<FailureRecord | null> {
  return prisma.signInFailure.findUnique({ where: { email }, select: { count: true, lastFailure: true } });
}

export async function recordSignInFailure(email: string, at = new Date()): Promise<void> {
  await prisma.signInFailure.upsert({
    where: { email },
    create: { email, count: 1, lastFailure: at },
    update: { count: { increment: 1 }, lastFailure: at },
  });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { email } });
}
