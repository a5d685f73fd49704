// The metadata form's first values, read from the file in the browser: a
// page's own title, publisher, date and address, or a text's first line. The
// server reads the same again; this only spares typing.
export interface Prefill {
  title: string;
  publisher: string;
  url: string;
  published: string;
  language: string;
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute("content")?.trim() ?? "";
}

export function prefillFromText(fileName: string, head: string): Prefill {
  const empty = { title: "", publisher: "", url: "", published: "", language: "" };
  if (/^\s*<(!doctype html|html|head|body)/i.test(head)) {
    // DOMParser builds an inert document: nothing in it runs or loads.
    const doc = new DOMParser().parseFromString(head, "text/html");
    const date = metaContent(doc, 'meta[property="article:published_time"]') || (doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? "");
    const url = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent(doc, 'meta[property="og:url"]');
    return {
      ...empty,
      title: metaContent(doc, 'meta[property="og:title"]') || (doc.querySelector("title")?.textContent?.trim() ?? ""),
      publisher: metaContent(doc, 'meta[property="og:site_name"]'),
      url: /^https?:\/\//.test(url) ? url : "",
      published: /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : "",
    };
  }
  const firstLine = head.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, "").trim()).find((l) => l.length >= 15) ?? "";
  return { ...empty, title: firstLine.slice(0, 160) || fileName.replace(/\.[^.]+$/, "") };
}
