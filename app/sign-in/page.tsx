import type { Metadata } from "next";
import { z } from "zod";
import { getCurrentUser } from "@/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { roleSchema } from "@/lib/auth/roles";
import type { SearchParamsRecord } from "@/lib/filters/claim-filters";

export const metadata: Metadata = { title: "Sign in" };

const paramsSchema = z.object({
  next: z.string().optional().catch(undefined),
  need: roleSchema.optional().catch(undefined),
});

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { next, need } = paramsSchema.parse(await searchParams);
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-sm space-y-4 py-8">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {need && (
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {user
            ? `That page needs the ${need} role; you are signed in as ${user.email}, a ${user.role}. Sign in with another account, or ask an admin.`
            : `That page needs an account with the ${need} role.`}
        </p>
      )}
      {!need && user && <p className="text-sm text-slate-700">You are signed in as {user.email} ({user.role}).</p>}
      <SignInForm next={safeNextPath(next)} />
      <p className="text-sm text-slate-600">Accounts are made by an admin; there is no sign-up.</p>
    </div>
  );
}
