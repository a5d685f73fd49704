import type { Metadata } from "next";
import { listAccounts } from "@/auth/accounts";
import { requirePageRole } from "@/auth/session";
import { AccountRowActions, AddAccountForm } from "@/components/auth/account-forms";
import { ROLE_DESCRIPTIONS, ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const me = await requirePageRole("admin", "/admin/users");
  const accounts = await listAccounts();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <p className="text-sm text-slate-600">{ROLES.map((r) => `${r}: ${ROLE_DESCRIPTIONS[r]}`).join(" · ")}</p>
      <AddAccountForm />
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts and their roles</caption>
          <thead className="bg-slate-50">
            <tr><th scope="col" className="px-3 py-2">E-mail</th><th scope="col" className="px-3 py-2">Name</th><th scope="col" className="px-3 py-2">Role</th><th scope="col" className="px-3 py-2">Change</th></tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2">{a.email}{a.id === me.id && " (you)"}</td>
                <td className="px-3 py-2">{a.name}</td>
                <td className="px-3 py-2">{a.role}</td>
                <td className="px-3 py-2"><AccountRowActions email={a.email} role={a.role} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
