export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div data-placeholder role="status" aria-label="Loading" className="animate-pulse space-y-2 rounded border border-slate-200 bg-white p-4">
      <div className="h-5 w-80 rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, i) => <div key={i} className="h-8 rounded bg-slate-100" />)}
    </div>
  );
}
