import Link from "next/link";

export default function QuestionNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">No such question</h1>
      <p className="text-slate-600">
        Questions are rebuilt each time articles are loaded, so an old link may point to one that has been merged or renamed.
      </p>
      <Link href="/" className="text-blue-800 underline">See all questions on the overview</Link>
    </div>
  );
}
