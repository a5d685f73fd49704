// Quote marks of a sentence, for quotations that run over several sentences.

/** Quote marks and whether each opens a quotation; a straight quote opens after a space or at the start. */
function quoteMarks(text: string): { at: number; opens: boolean }[] {
  const marks: { at: number; opens: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "«" || c === "“") marks.push({ at: i, opens: true });
    else if (c === "»" || c === "”") marks.push({ at: i, opens: false });
    else if (c === '"') marks.push({ at: i, opens: i === 0 || /[\s\u00A0(]/u.test(text.charAt(i - 1)) });
  }
  return marks;
}

/** The sentence's last quote mark opens a quotation that runs past its end. */
export function opensQuotation(text: string): boolean {
  return quoteMarks(text).at(-1)?.opens ?? false;
}

/** Where the sentence closes a quotation opened before it (its first quote mark closes), or -1. */
export function closingQuotation(text: string): number {
  const first = quoteMarks(text)[0];
  return first && !first.opens ? first.at : -1;
}
