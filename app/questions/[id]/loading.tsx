export default function LoadingQuestion() {
  return (
    <div role="status" aria-label="Loading the question" className="animate-pulse space-y-6 py-2">
      <div className="h-4 w-24 rounded bg-slate-200" />
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="h-4 w-80 rounded bg-slate-100" />
      <div className="h-56 rounded border border-slate-200 bg-white" />
      <div className="h-72 rounded border border-slate-200 bg-white" />
    </div>
  );
}
