"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/app/sign-in/actions";

const field = "w-full rounded border border-slate-300 bg-white px-3 py-2";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { error: null, email: "" });
  return (
    <form action={action} className="space-y-4 rounded border border-slate-200 bg-white p-6" aria-busy={pending}>
      <input type="hidden" name="next" value={next} />
      <label className="block space-y-1 text-sm font-medium">
        <span>E-mail</span>
        <input className={field} type="email" name="email" autoComplete="username" required defaultValue={state.email} />
      </label>
      <label className="block space-y-1 text-sm font-medium">
        <span>Password</span>
        <input className={field} type="password" name="password" autoComplete="current-password" required />
      </label>
      {state.error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
