"use client";

import { useId, useState, type ReactNode } from "react";

interface Props {
  /** How many filters are set, said on the button so a closed panel still tells. */
  activeCount: number;
  /** Layout of the fields when they show (always from the md width up). */
  className: string;
  children: ReactNode;
}

/**
 * A filter form's fields behind a "Filters" button on a phone, so the first
 * result is on the first screen; from the md width up the button is gone and
 * the fields always show.
 */
export function PhoneCollapsible({ activeCount, className, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center justify-between rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium md:hidden"
      >
        Filters{activeCount > 0 ? ` (${activeCount} active)` : ""}
        <span aria-hidden>{open ? "▴" : "▾"}</span>
      </button>
      <div id={id} className={`${open ? "" : "max-md:hidden"} ${className}`}>
        {children}
      </div>
    </>
  );
}
