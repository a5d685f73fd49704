"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

const field = "w-full rounded border border-slate-300 bg-white px-3 py-2";

/** Why a sign-in failed, in words: a rate limit or the throttle says how long to wait, anything else is one plain message. */
function failureMessage(status: number, body: { error?: { message?: unknown; code?: unknown } } | null): string {
  if (status === 429) return typeof body?.error?.message === "string" ? body.error.message : "Too many sign-in attempts from here: wait a minute and try again.";
  if (status === 401 || status === 400) return "That e-mail address and password do not match an account.";
  return "Signing in did not work just now. Try again in a moment.";
}

/**
 * Posts to Better Auth's own sign-in route, so that every attempt goes through
 * its rate limit, origin check and the failed-sign-in throttle.
 */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") }),
      });
      if (response.ok) {
        router.replace(next);
        router.refresh();
        return;
      }
      setError(failureMessage(response.status, await response.json().catch(() => null)));
    } catch {
      setError("The server could not be reached. Check the connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded border border-slate-200 bg-white p-6" aria-busy={pending}>
      <label className="block space-y-1 text-sm font-medium">
        <span>E-mail</span>
        <input className={field} type="email" name="email" autoComplete="username" required />
      </label>
      <label className="block space-y-1 text-sm font-medium">
        <span>Password</span>
        <input className={field} type="password" name="password" autoComplete="current-password" required maxLength={128} />
      </label>
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
