import type { NextRequest } from "next/server";
import { z } from "zod";
import { fetchArticlesPage } from "../../../db/read/articles";
import { ARTICLE_LIST_FIELDS, ARTICLE_LIST_PARAM_HELP } from "../../../lib/filters/article-list-params";
import { searchParamsToRecord } from "../_lib/params";
import { answering, invalidParameterFromZod, jsonResponse } from "../_lib/responses";
import { authorizeRequest } from "@/auth/session";
import { openSqlite } from "@/db/sqlite";
import { ingestUploads, type Upload, type UploadOutcome } from "@/db/write/ingest-uploads";
import { parseUploadMetadata } from "@/lib/articles/upload-metadata";
import { formatBytes, MAX_UPLOAD_BYTES, refuseBeforeUpload, tooManyFiles } from "@/lib/articles/upload-limits";
import { readBoundedBody } from "../_lib/bounded-body";

export const dynamic = "force-dynamic";

const articleListSchema = z.object(ARTICLE_LIST_FIELDS);

/** The article list as JSON: the same params as /articles (q, page, pageSize), newest first. */
export function GET(request: NextRequest) {
  return answering(async () => {
    const params = searchParamsToRecord(request.nextUrl.searchParams);
    const parsed = articleListSchema.safeParse(params);
    if (!parsed.success) return invalidParameterFromZod(parsed.error, ARTICLE_LIST_PARAM_HELP, params);
    const { articles, total } = await fetchArticlesPage(parsed.data);
    return jsonResponse({ articles, total, page: parsed.data.page, pageSize: parsed.data.pageSize });
  });
}

function refusal(status: number, code: string, message: string) {
  return jsonResponse({ error: { code, message } }, status);
}

/**
 * Adds articles (analysts): multipart form data with one `file` per article
 * and, in the same order, one `metadata` JSON object per file. Answers one
 * result per file: added, updated, unchanged (already there) or refused.
 */
export function POST(request: Request) {
  return answering(async () => {
    const authorized = await authorizeRequest(request, "analyst");
    if (authorized.response) return authorized.response;
    if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) {
      return refusal(415, "unsupported_media_type", "Send the articles as multipart/form-data, one `file` field per article.");
    }
    const body = await readBoundedBody(request, MAX_UPLOAD_BYTES);
    if (!body.ok) return refusal(413, "too_large", `This upload is ${body.size === null ? "over" : formatBytes(body.size) + ", over"} the ${formatBytes(MAX_UPLOAD_BYTES)} one upload may hold: add the files in smaller groups.`);
    let form: FormData;
    try {
      form = await new Response(body.bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    } catch {
      return refusal(400, "invalid_form", "The upload could not be read as form data; send it again.");
    }
    const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
    const metadata = form.getAll("metadata");
    if (files.length === 0) return refusal(400, "no_files", "The upload holds no file: add at least one `file` field.");
    const tooMany = tooManyFiles(files.length);
    if (tooMany) return refusal(413, "too_many_files", `${tooMany[0]!.toUpperCase()}${tooMany.slice(1)}.`);

    const results: (UploadOutcome | null)[] = files.map(() => null);
    const uploads: { index: number; upload: Upload }[] = [];
    for (const [index, file] of files.entries()) {
      const early = refuseBeforeUpload(file);
      if (early) {
        results[index] = { status: "refused", reason: early };
        continue;
      }
      let raw: unknown = {};
      try {
        raw = typeof metadata[index] === "string" ? JSON.parse(metadata[index] as string) : {};
      } catch {
        results[index] = { status: "refused", reason: "its metadata is not valid JSON" };
        continue;
      }
      const parsed = parseUploadMetadata(raw);
      if (!parsed.ok) {
        results[index] = { status: "refused", reason: parsed.reason };
        continue;
      }
      uploads.push({ index, upload: { fileName: file.name || `article-${index + 1}.txt`, bytes: new Uint8Array(await file.arrayBuffer()), metadata: parsed.metadata } });
    }
    const db = openSqlite();
    try {
      const stored = uploads.length ? ingestUploads(db, uploads.map((u) => u.upload)) : [];
      stored.forEach((outcome, k) => (results[uploads[k]!.index] = outcome));
    } finally {
      db.close();
    }
    return jsonResponse({ results: results.map((r, index) => ({ index, fileName: files[index]!.name, ...r! })) });
  });
}
