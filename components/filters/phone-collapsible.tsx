import type { ReactNode } from "react";

interface Props {
  /** How many filters are set, said on the toggle so a closed panel still tells. */
  activeCount: number;
  /** Layout of the fields when they show (always from the md width up). */
  className: string;
  children: ReactNode;
}

/**
 * A filter form's fields behind a "Filters" toggle on a phone, so the first
 * result is on the first screen; from the md width up the toggle is gone and
 * the fields always show (globals.css). A native <details>, so a tap works
 * before the page's scripts have loaded, and the browser says open or closed.
 */
export function PhoneCollapsible({ activeCount, className, children }: Props) {
  return (
    <details className="phone-collapsible group">
      <summary className="flex w-full cursor-pointer list-none items-center justify-between rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium md:hidden [&::-webkit-details-marker]:hidden">
        Filters{activeCount > 0 ? ` (${activeCount} active)` : ""}
        <span aria-hidden className="group-open:rotate-180">▾</span>
      </summary>
      <div className={`max-md:mt-3 ${className}`}>{children}</div>
    </details>
  );
}
