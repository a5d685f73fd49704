import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-600">There is nothing at this address. The article or question may have been removed, or the link is mistyped.</p>
      <Link href="/" className="text-blue-800 underline">Back to the overview</Link>
    </div>
  );
}
