import type { Metadata } from "next";
import { requirePageRole } from "@/auth/session";
import { ReextractForm } from "@/components/admin/reextract-form";
import { openSqlite } from "@/db/sqlite";
import { countOutdatedArticles } from "@/db/write/reextract";
import { EXTRACTION_VERSION } from "@/lib/extract/version";

export const metadata: Metadata = { title: "Extraction" };

export default async function ExtractionPage() {
  await requirePageRole("admin", "/admin/extraction");
  const db = openSqlite({ readonly: true });
  const { outdated, total } = (() => {
    try {
      return countOutdatedArticles(db);
    } finally {
      db.close();
    }
  })();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Extraction</h1>
      <p className="text-slate-700">
        The extractor is at version {EXTRACTION_VERSION}. <span data-testid="outdated-count">{outdated}</span> of {total} articles were extracted with an older version.
        Extracting again replaces the machine&apos;s claims, keeps the analysts&apos; decisions and added claims, and regroups the questions. `npm start` does it by itself after an upgrade.
      </p>
      <ReextractForm outdated={outdated ?? 0} />
    </div>
  );
}
