// Reads a CSV as a spreadsheet would (RFC 4180: quoted cells, "" for a quote,
// line breaks inside quotes), for tests that compare a download with the page.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted && ch === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      endCell();
    } else if (!quoted && ch === "\r" && body[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += ch;
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** The rows after the header row whose first cell is `firstHeader`, up to the first blank row. */
export function tableAfterHeader(rows: string[][], firstHeader: string): { header: string[]; body: string[][] } {
  const at = rows.findIndex((r) => r[0] === firstHeader);
  if (at < 0) throw new Error(`No header row starting with ${firstHeader}`);
  const end = rows.findIndex((r, i) => i > at && r.length === 1 && r[0] === "");
  return { header: rows[at]!, body: rows.slice(at + 1, end < 0 ? undefined : end) };
}
