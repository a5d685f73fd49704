"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { auth } from "@/auth/server";
import { safeNextPath } from "@/lib/auth/next-path";

export interface SignInState {
  error: string | null;
  email: string;
}

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your e-mail address."),
  password: z.string().min(1, "Enter your password.").max(128, "That password is too long."),
});

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = typeof form.get("email") === "string" ? String(form.get("email")) : "";
  if (!parsed.success) return { error: parsed.error.issues[0]!.message, email };
  try {
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const message = error.status === "TOO_MANY_REQUESTS" ? error.message : "That e-mail address and password do not match an account.";
    return { error: message, email };
  }
  redirect(safeNextPath(form.get("next")));
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
