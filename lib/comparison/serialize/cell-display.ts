import { formatNumber } from "../../format/group-digits";
import { AS_OF_NOT_STATED } from "../../format/words";
import type { TableCell } from "../types";

/** A cell as text for a page or a paste: numbers grouped, an empty date "not stated" as everywhere else, any other gap a dash. */
export function cellDisplay(cell: TableCell, columnKey?: string): string {
  if (cell === null) return columnKey === "as_of" ? AS_OF_NOT_STATED : "–";
  return typeof cell === "number" ? formatNumber(cell) : cell;
}
