"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";

interface Outcome {
  ok: boolean;
  message: string;
  body?: Record<string, unknown>;
}

/**
 * Sends one review write to the API and refreshes the page's server data, so the page shows the decision at once;
 * or, for a decision that takes the page's subject away (a question merged into another), goes to `then`.
 */
export function useReviewRequest() {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const send = useCallback(
    async (url: string, body: unknown, success: string, then?: string): Promise<Outcome> => {
      setSending(true);
      setOutcome(null);
      let result: Outcome;
      try {
        const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        const json = (await response.json().catch(() => ({}))) as { error?: { message?: string } } & Record<string, unknown>;
        result = response.ok ? { ok: true, message: success, body: json } : { ok: false, message: json.error?.message ?? `The server answered ${response.status}.` };
      } catch {
        result = { ok: false, message: "The server could not be reached: check the connection and try again." };
      }
      setSending(false);
      setOutcome(result);
      if (result.ok) startRefresh(() => (then ? router.push(then) : router.refresh()));
      return result;
    },
    [router],
  );
  return { send, pending: sending || refreshing, outcome, clear: () => setOutcome(null) };
}
