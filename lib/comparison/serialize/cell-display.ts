import { formatNumber } from "../../format/group-digits";
import type { TableCell } from "../types";

/** A cell as text for a page or a paste: numbers grouped, empty as a dash. */
export function cellDisplay(cell: TableCell): string {
  if (cell === null) return "–";
  return typeof cell === "number" ? formatNumber(cell) : cell;
}
