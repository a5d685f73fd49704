import Link from "next/link";
import { getCurrentUser } from "@/auth/session";
import { AccountMenu } from "@/components/auth/account-menu";
import { roleAllows, type Role } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";

const LINKS: { href: string; label: string; role?: Role }[] = [
  { href: "/", label: "Overview" },
  { href: "/claims", label: "Claims" },
  { href: "/articles", label: "Articles" },
  { href: "/sources", label: "Sources" },
  { href: "/articles/add", label: "Add articles", role: "analyst" },
  { href: "/review", label: "Review", role: "analyst" },
  { href: "/log", label: "Log" },
  { href: "/admin/users", label: "Accounts", role: "admin" },
  { href: "/admin/extraction", label: "Extraction", role: "admin" },
];

export async function SiteHeader() {
  const user = await getCurrentUser();
  const links = LINKS.filter((link) => !link.role || roleAllows(user?.role, link.role));
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
          Triangulate
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto">
          <AccountMenu user={user} />
        </div>
      </div>
    </header>
  );
}
