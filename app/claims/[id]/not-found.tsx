import Link from "next/link";

export default function ClaimNotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">No such claim</h1>
      <p className="text-slate-700">
        There is no claim with this id. It may belong to an article that was removed. <Link href="/claims" className="text-blue-800 underline">Find claims in the explorer</Link>.
      </p>
    </div>
  );
}
