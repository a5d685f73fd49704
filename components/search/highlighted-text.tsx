import { splitByMatches } from "@/lib/search/search-text";

/** A text with the words a search found marked, as the search matched them (accents and case aside). */
export function HighlightedText({ text, query }: { text: string; query: string | undefined }) {
  return (
    <>
      {splitByMatches(text, query).map((piece, i) =>
        piece.match ? (
          <mark key={i} data-search-match className="rounded-sm bg-sky-200 px-0.5 text-inherit not-italic">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
