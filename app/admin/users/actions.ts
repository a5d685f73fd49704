"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AccountError, createAccount, removeAccount, setAccountRole } from "@/auth/accounts";
import { AuthorizationError, requireRole } from "@/auth/session";
import { describeAccountIssue, emailSchema, newAccountSchema } from "@/lib/auth/account-input";
import { roleSchema } from "@/lib/auth/roles";

export interface AccountActionState {
  ok: boolean;
  message: string | null;
  /** Shown once, right after an account is made without a chosen password. */
  oneTimePassword?: string;
}

/** Runs an admin's change; refusals and account problems come back as a message, anything else is a real failure. */
async function asAdmin(change: () => Promise<AccountActionState>): Promise<AccountActionState> {
  try {
    await requireRole("admin");
    const state = await change();
    revalidatePath("/admin/users");
    return state;
  } catch (error) {
    if (error instanceof AuthorizationError || error instanceof AccountError) return { ok: false, message: error.message };
    throw error;
  }
}

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export async function addAccount(_previous: AccountActionState, form: FormData): Promise<AccountActionState> {
  return asAdmin(async () => {
    const parsed = newAccountSchema.safeParse({ email: text(form, "email") ?? "", name: text(form, "name"), role: text(form, "role"), password: text(form, "password") });
    if (!parsed.success) return { ok: false, message: `Cannot add the account: ${describeAccountIssue(parsed.error)}.` };
    const { account, generatedPassword } = await createAccount(parsed.data);
    return { ok: true, message: `Added ${account.email} (${account.role}).`, ...(generatedPassword ? { oneTimePassword: generatedPassword } : {}) };
  });
}

const roleChangeSchema = z.object({ email: emailSchema, role: roleSchema });

export async function changeRole(_previous: AccountActionState, form: FormData): Promise<AccountActionState> {
  return asAdmin(async () => {
    const parsed = roleChangeSchema.safeParse({ email: text(form, "email"), role: text(form, "role") });
    if (!parsed.success) return { ok: false, message: `Cannot change the role: ${describeAccountIssue(parsed.error)}.` };
    await setAccountRole(parsed.data.email, parsed.data.role);
    return { ok: true, message: `${parsed.data.email} is now ${parsed.data.role === "admin" ? "an" : "a"} ${parsed.data.role}.` };
  });
}

export async function deleteAccount(_previous: AccountActionState, form: FormData): Promise<AccountActionState> {
  return asAdmin(async () => {
    const parsed = emailSchema.safeParse(text(form, "email"));
    if (!parsed.success) return { ok: false, message: "Cannot remove the account: no e-mail address given." };
    await removeAccount(parsed.data);
    return { ok: true, message: `Removed ${parsed.data}.` };
  });
}
