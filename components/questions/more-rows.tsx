import Link from "next/link";

/** Under a table cut short: how many rows it lists of how many, and the link to the same page with every row. */
export function MoreRows({ shown, total, what, which = "", href }: { shown: number; total: number; what: string; which?: string; href: string }) {
  if (shown >= total) return null;
  return (
    <p className="text-sm text-slate-700" data-testid="more-rows">
      {`${shown} of ${total} ${what} are listed${which}. `}
      <Link href={href} className="text-blue-800 underline">
        List all {total} {what}
      </Link>
    </p>
  );
}
