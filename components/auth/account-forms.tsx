"use client";

import { useActionState } from "react";
import { addAccount, changeRole, deleteAccount, type AccountActionState } from "@/app/admin/users/actions";
import { ROLES } from "@/lib/auth/roles";

const initial: AccountActionState = { ok: false, message: null };
const field = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";

function Outcome({ state }: { state: AccountActionState }) {
  if (!state.message) return null;
  return (
    <div role="status" className={`rounded px-3 py-2 text-sm ${state.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}>
      <p>{state.message}</p>
      {state.oneTimePassword && (
        <p className="mt-1">
          One-time password (shown once): <code className="select-all rounded bg-white px-1 font-mono">{state.oneTimePassword}</code>
        </p>
      )}
    </div>
  );
}

export function AddAccountForm() {
  const [state, action, pending] = useActionState(addAccount, initial);
  return (
    <form action={action} aria-label="Add an account" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">Add an account</h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">E-mail<input className={field} type="email" name="email" required /></label>
        <label className="flex flex-col gap-1 text-sm font-medium">Name<input className={field} name="name" /></label>
        <label className="flex flex-col gap-1 text-sm font-medium">Role
          <select className={field} name="role" defaultValue="viewer">{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">Password (empty: make one)<input className={field} type="password" name="password" autoComplete="new-password" /></label>
        <button type="submit" disabled={pending} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">Add</button>
      </div>
      <Outcome state={state} />
    </form>
  );
}

export function AccountRowActions({ email, role }: { email: string; role: string }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRole, initial);
  const [removeState, removeAction, removePending] = useActionState(deleteAccount, initial);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <form action={roleAction} className="flex gap-1">
          <input type="hidden" name="email" value={email} />
          <label className="sr-only" htmlFor={`role-${email}`}>Role of {email}</label>
          <select id={`role-${email}`} className={field} name="role" defaultValue={role}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
          <button type="submit" disabled={rolePending} className="rounded border border-slate-300 px-2 py-1 text-sm">Change role</button>
        </form>
        <form action={removeAction} onSubmit={(e) => { if (!confirm(`Remove ${email}?`)) e.preventDefault(); }}>
          <input type="hidden" name="email" value={email} />
          <button type="submit" disabled={removePending} className="rounded border border-red-300 px-2 py-1 text-sm text-red-800" aria-label={`Remove ${email}`}>Remove</button>
        </form>
      </div>
      <Outcome state={roleState} />
      <Outcome state={removeState} />
    </div>
  );
}
