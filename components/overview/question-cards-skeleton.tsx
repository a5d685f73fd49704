export function QuestionCardsSkeleton({ cards = 3 }: { cards?: number }) {
  return (
    <div data-placeholder role="status" aria-label="Loading questions" className="space-y-4">
      {Array.from({ length: cards }, (_, i) => (
        <div key={i} className="animate-pulse space-y-3 rounded border border-slate-200 bg-white p-4">
          <div className="h-6 w-96 max-w-full rounded bg-slate-200" />
          <div className="h-4 w-64 rounded bg-slate-100" />
          <div className="h-40 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
