// Sends one batch with XMLHttpRequest, whose upload events give the bytes
// sent so far: the files go in order, so that count tells each file's share.
import type { Prefill } from "./prefill";

export type UploadResult =
  | { status: "added" | "updated"; articleId: number; title: string; claims: number; language: string }
  | { status: "unchanged"; articleId: number; title: string }
  | { status: "refused"; reason: string };

export type UploadAnswer = { ok: true; results: UploadResult[] } | { ok: false; message: string };

export function sendUpload(items: { file: File; metadata: Partial<Prefill> }[], onProgress: (perFile: number[]) => void): Promise<UploadAnswer> {
  const form = new FormData();
  for (const { file, metadata } of items) {
    form.append("file", file);
    form.append("metadata", JSON.stringify(metadata));
  }
  const sizes = items.map((i) => i.file.size + 400);
  const total = sizes.reduce((a, b) => a + b, 0);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/articles");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      let left = (e.loaded / (e.lengthComputable ? e.total : total)) * total;
      onProgress(sizes.map((size) => { const part = Math.max(0, Math.min(1, left / size)); left -= size; return part; }));
    };
    xhr.upload.onload = () => onProgress(sizes.map(() => 1));
    xhr.onload = () => {
      const body = xhr.response as { results?: UploadResult[]; error?: { message?: string } } | null;
      if (xhr.status === 200 && body?.results) resolve({ ok: true, results: body.results });
      else resolve({ ok: false, message: body?.error?.message ?? `The server answered ${xhr.status}; nothing was added. Try again.` });
    };
    xhr.onerror = () => resolve({ ok: false, message: "The server could not be reached; nothing was added. Check the connection and try again." });
    xhr.send(form);
  });
}
