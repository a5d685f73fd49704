import Link from "next/link";
import { signOut } from "@/app/sign-in/actions";
import type { CurrentUser } from "@/auth/session";

export function AccountMenu({ user }: { user: CurrentUser | null }) {
  if (!user) {
    return (
      <Link href="/sign-in" className="rounded px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
        Sign in
      </Link>
    );
  }
  return (
    <form action={signOut} className="flex items-center gap-2 text-sm">
      <span className="text-slate-600">
        {user.email} <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{user.role}</span>
      </span>
      <button type="submit" className="rounded px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
