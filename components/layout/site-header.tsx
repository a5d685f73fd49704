import Link from "next/link";
import { NavLink } from "./nav-link";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/claims", label: "Claims" },
  { href: "/articles", label: "Articles" },
  { href: "/sources", label: "Sources" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
          Triangulate
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-1">
            {LINKS.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
