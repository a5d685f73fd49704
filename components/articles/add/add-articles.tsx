"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type DragEvent } from "react";
import { refuseBeforeUpload, tooManyFiles, UPLOAD_EXTENSIONS } from "@/lib/articles/upload-limits";
import { prefillFromText, type Prefill } from "./prefill";
import { sendUpload, type UploadResult } from "./send-upload";

interface Item {
  key: string;
  file: File;
  meta: Prefill;
  /** The fields the person typed in: only these are sent, so that what the file says of itself is marked as the file's. */
  edited: (keyof Prefill)[];
  /** Refused before sending (too large, empty). */
  refused: string | null;
  progress: number;
  result: UploadResult | null;
}

const field = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
let counter = 0;

async function toItem(file: File): Promise<Item> {
  const refused = refuseBeforeUpload(file);
  const head = refused ? "" : await file.slice(0, 64 * 1024).text();
  return { key: `f${++counter}`, file, meta: prefillFromText(file.name, head), edited: [], refused, progress: 0, result: null };
}

function ResultLine({ item }: { item: Item }) {
  const r = item.result;
  if (item.refused) return <p className="text-sm text-red-800">Refused: {item.refused}.</p>;
  if (!r) return item.progress > 0 ? <progress className="w-full" max={1} value={item.progress} aria-label={`${item.file.name} sent`} /> : null;
  switch (r.status) {
    case "added":
    case "updated":
      return (
        <p className="text-sm text-green-900">
          {r.status === "added" ? "Added" : "Updated"}: {r.claims} claim{r.claims === 1 ? "" : "s"}
          {r.claims === 0 && r.language && !["fr", "en"].includes(r.language) ? ` (language ${r.language}: not supported for extraction)` : ""}
          {" · "}<Link className="underline" href={`/articles/${r.articleId}`}>open the article</Link>
          {" · "}<Link className="underline" href={`/claims?article=${r.articleId}`}>its claims</Link>
        </p>
      );
    case "unchanged":
      return <p className="text-sm text-slate-700">Already there: <Link className="underline" href={`/articles/${r.articleId}`}>{r.title}</Link></p>;
    case "refused":
      return <p className="text-sm text-red-800">Refused: {r.reason}.</p>;
  }
}

export function AddArticles() {
  const router = useRouter();
  const [items, setItems] = useState<Item[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [pasted, setPasted] = useState("");
  const [phase, setPhase] = useState<"idle" | "sending" | "processing" | "done">("idle");
  const input = useRef<HTMLInputElement>(null);

  async function addFiles(list: FileList | File[]) {
    const files = [...list];
    const tooMany = tooManyFiles(files.length + items.filter((i) => !i.result && !i.refused).length);
    if (tooMany) return setNotice(`Nothing added: ${tooMany}.`);
    setNotice(null);
    const added = await Promise.all(files.map(toItem));
    setItems((current) => [...current.filter((i) => !i.result), ...added]);
    setPhase("idle");
  }

  function addPasted() {
    if (!pasted.trim()) return setNotice("Paste the article's text first.");
    const name = `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}-${counter + 1}.txt`;
    void addFiles([new File([pasted], name, { type: "text/plain" })]);
    setPasted("");
  }

  function edit(key: string, name: keyof Prefill, value: string) {
    setItems((current) => current.map((i) => (i.key === key ? { ...i, meta: { ...i.meta, [name]: value }, edited: [...new Set([...i.edited, name])] } : i)));
  }

  async function send() {
    const toSend = items.filter((i) => !i.refused && !i.result);
    if (!toSend.length) return;
    setPhase("sending");
    const answer = await sendUpload(toSend.map((i) => ({ file: i.file, metadata: Object.fromEntries(i.edited.map((name) => [name, i.meta[name]])) })), (perFile) => {
      setItems((current) => current.map((i) => { const k = toSend.findIndex((s) => s.key === i.key); return k === -1 ? i : { ...i, progress: perFile[k]! }; }));
      if (perFile.every((p) => p >= 1)) setPhase("processing");
    });
    if (!answer.ok) {
      setNotice(answer.message);
      setPhase("idle");
      return;
    }
    setItems((current) => current.map((i) => { const k = toSend.findIndex((s) => s.key === i.key); return k === -1 ? i : { ...i, result: answer.results[k]! }; }));
    setPhase("done");
    router.refresh();
  }

  const drop = (e: DragEvent) => {
    e.preventDefault();
    void addFiles(e.dataTransfer.files);
  };
  const waiting = items.filter((i) => !i.refused && !i.result).length;

  return (
    <div className="space-y-4">
      <div onDragOver={(e) => e.preventDefault()} onDrop={drop} className="rounded border-2 border-dashed border-slate-300 bg-white p-6 text-center">
        <p className="text-slate-700">Drop .txt, .md or .html files here, or</p>
        <label className="mt-2 inline-block cursor-pointer rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white">
          Choose files
          <input ref={input} type="file" multiple accept={UPLOAD_EXTENSIONS.join(",")} className="sr-only" onChange={(e) => { if (e.target.files) void addFiles(e.target.files); e.target.value = ""; }} />
        </label>
      </div>
      <div className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <label htmlFor="pasted" className="block text-sm font-medium">Or paste an article&apos;s text</label>
        <textarea id="pasted" className={`${field} h-28`} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" onClick={addPasted} className="rounded border border-slate-300 px-3 py-1.5 text-sm">Add the pasted text</button>
      </div>
      {notice && <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{notice}</p>}
      {items.length > 0 && (
        <ol aria-label="Articles to add" className="space-y-3">
          {items.map((item) => (
            <li key={item.key} aria-label={item.file.name} className="space-y-2 rounded border border-slate-200 bg-white p-4">
              <p className="font-medium">{item.file.name}</p>
              {!item.refused && !item.result && (
                <fieldset disabled={phase !== "idle"} className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
                  <legend className="sr-only">Metadata of {item.file.name}</legend>
                  {(["title", "publisher", "url"] as const).map((name) => (
                    <label key={name} className="flex flex-col gap-1 text-sm font-medium capitalize">{name}
                      <input className={field} value={item.meta[name] ?? ""} type={name === "url" ? "url" : "text"} onChange={(e) => edit(item.key, name, e.target.value)} />
                    </label>
                  ))}
                  <label className="flex flex-col gap-1 text-sm font-medium">Published
                    <input className={field} type="date" value={item.meta.published ?? ""} onChange={(e) => edit(item.key, "published", e.target.value)} />
                  </label>
                  <label className="flex flex-col gap-1 text-sm font-medium">Language
                    <select className={field} value={item.meta.language ?? ""} onChange={(e) => edit(item.key, "language", e.target.value)}>
                      <option value="">detect</option><option value="fr">French</option><option value="en">English</option>
                    </select>
                  </label>
                </fieldset>
              )}
              <div role="status" aria-label={`Result for ${item.file.name}`}>
                {phase === "processing" && !item.result && !item.refused ? <p className="text-sm text-slate-700">Reading and extracting…</p> : <ResultLine item={item} />}
              </div>
            </li>
          ))}
        </ol>
      )}
      {waiting > 0 && (
        <button type="button" onClick={send} disabled={phase !== "idle"} className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {phase === "idle" ? `Add ${waiting} article${waiting === 1 ? "" : "s"}` : "Adding…"}
        </button>
      )}
    </div>
  );
}
