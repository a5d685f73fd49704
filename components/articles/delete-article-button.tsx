"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export function DeleteArticleButton({ id, title }: { id: number; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function remove() {
    if (!confirm(`Delete "${title}" and its claims? The questions are regrouped without them.`)) return;
    setPending(true);
    const response = await fetch(`/api/articles/${id}`, { method: "DELETE" }).catch(() => null);
    if (response?.ok) {
      router.push("/articles");
      router.refresh();
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setError(body?.error?.message ?? "The article could not be deleted just now. Try again.");
    setPending(false);
  }

  return (
    <div className="space-y-1">
      <button type="button" onClick={remove} disabled={pending} className="rounded border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 disabled:opacity-60">
        {pending ? "Deleting…" : "Delete this article"}
      </button>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
    </div>
  );
}
