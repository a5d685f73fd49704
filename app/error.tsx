"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="text-slate-600">
        Something went wrong while reading the data. Try again; if it keeps failing, check that the database exists
        (<code>npm start</code> creates it){error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <button type="button" onClick={reset} className="rounded bg-slate-900 px-4 py-2 text-white">Try again</button>
    </div>
  );
}
