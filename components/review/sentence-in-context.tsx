const CONTEXT = 240;

/** The claim's words highlighted in the text around them, cut at word boundaries. */
export function SentenceInContext({ text, start, end }: { text: string; start: number; end: number }) {
  const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, start - CONTEXT)) + 1);
  const toSpace = text.indexOf(" ", Math.min(text.length, end + CONTEXT));
  const to = toSpace === -1 ? text.length : toSpace;
  return (
    <blockquote className="whitespace-pre-wrap rounded bg-slate-50 p-3 font-serif text-[17px] leading-relaxed text-slate-800">
      {from > 0 && "… "}
      {text.slice(from, start)}
      <mark className="rounded-sm bg-amber-200 px-0.5">{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length && " …"}
    </blockquote>
  );
}
