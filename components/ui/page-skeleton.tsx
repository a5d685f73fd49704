/** The whole-page placeholder that list pages show while their data loads. */
export function PageSkeleton() {
  return (
    <div data-placeholder role="status" aria-live="polite" className="animate-pulse space-y-3 py-6">
      <div className="h-7 w-64 rounded bg-slate-200" />
      <div className="h-4 w-96 rounded bg-slate-200" />
      <div className="h-64 rounded bg-slate-200" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
