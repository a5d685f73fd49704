// Every claim the explorer shows for some filters, in the explorer's order, read
// in batches so that an export of any size runs in bounded memory. Batches
// follow the last row seen (keyset) rather than an offset: no batch re-reads
// the rows before it, and a claim added or removed during a long export does
// not make another row repeat or go missing.
import type { ClaimFilters } from "../../lib/filters/claim-filters";
import type { ExportItem } from "../../lib/export/columns";
import type { Prisma } from "../generated/client";
import { prisma } from "../client";
import { fromClaimRow } from "../claim-row";
import { claimOrder, claimWhere } from "./claim-where";

export const EXPORT_BATCH_SIZE = 1000;

const exportInclude = {
  article: { select: { fileName: true, title: true, published: true } },
} satisfies Prisma.ClaimInclude;
type ExportRow = Prisma.ClaimGetPayload<{ include: typeof exportInclude }>;

type Direction = "asc" | "desc";
type KeyField = "dateForSort" | "valueBest" | "sourceName" | "outlet";
/** The shape every explorer order has: one nullable column, then the id to break ties. */
interface KeysetOrder {
  field: KeyField;
  direction: Direction;
  nullsLast: boolean;
  idDirection: Direction;
}

const KEY_FIELDS: readonly string[] = ["dateForSort", "valueBest", "sourceName", "outlet"] satisfies KeyField[];

/** Reads claimOrder's answer; null when it is not the shape keyset paging understands. */
function keysetOrder(order: Prisma.ClaimOrderByWithRelationInput[]): KeysetOrder | null {
  const [primary, tieBreak] = order;
  if (order.length !== 2 || !primary || !tieBreak) return null;
  const entries = Object.entries(primary);
  const idDirection = tieBreak.id;
  if (entries.length !== 1 || (idDirection !== "asc" && idDirection !== "desc")) return null;
  const [field, spec] = entries[0]!;
  if (!KEY_FIELDS.includes(field)) return null;
  const direction = typeof spec === "string" ? spec : (spec as { sort?: Direction }).sort;
  if (direction !== "asc" && direction !== "desc") return null;
  // SQLite sorts nulls as the smallest value unless told otherwise.
  const nulls = typeof spec === "object" ? (spec as { nulls?: "first" | "last" }).nulls : undefined;
  return { field: field as KeyField, direction, nullsLast: nulls ? nulls === "last" : direction === "desc", idDirection };
}

const beyond = (direction: Direction) => (direction === "asc" ? "gt" : "lt");

interface Query {
  where: Prisma.ClaimWhereInput;
  orderBy: Prisma.ClaimOrderByWithRelationInput[];
}
/** The queries that, read in turn, continue the order after `last` (from the start when there is none). */
type Continuation = (last: ExportRow | undefined) => Query[];

/**
 * The explorer's order as two runs read one after the other: the rows that
 * have a value in the sort column, and the rows that do not (last or first).
 * Each query is a single range on the column's index (a value and the ids
 * beyond the last one, or the values beyond it), so SQLite walks the index
 * from the last row seen instead of sorting every remaining row per batch,
 * even when thousands of rows share one value.
 */
function runs({ field, direction, nullsLast, idDirection }: KeysetOrder): Continuation[] {
  const byId = [{ id: idDirection }];
  const idsAfter = (last: ExportRow) => ({ id: { [beyond(idDirection)]: last.id } });
  const withValues: Continuation = (last) => {
    const byValue = [{ [field]: direction }, { id: idDirection }];
    if (!last) return [{ where: { [field]: { not: null } }, orderBy: byValue }];
    return [
      { where: { AND: [{ [field]: last[field] }, idsAfter(last)] }, orderBy: byId },
      { where: { [field]: { [beyond(direction)]: last[field] } }, orderBy: byValue },
    ];
  };
  const withoutValues: Continuation = (last) => [{ where: last ? { AND: [{ [field]: null }, idsAfter(last)] } : { [field]: null }, orderBy: byId }];
  return nullsLast ? [withValues, withoutValues] : [withoutValues, withValues];
}

async function* readRun(where: Prisma.ClaimWhereInput, continuation: Continuation, batchSize: number): AsyncGenerator<ExportRow[]> {
  let last: ExportRow | undefined;
  for (;;) {
    const batch: ExportRow[] = [];
    for (const query of continuation(last)) {
      if (batch.length === batchSize) break;
      const rows = await prisma.claim.findMany({
        where: { AND: [where, query.where] },
        orderBy: query.orderBy,
        take: batchSize - batch.length,
        include: exportInclude,
      });
      batch.push(...rows);
    }
    if (batch.length) yield batch;
    if (batch.length < batchSize) return;
    last = batch[batch.length - 1];
  }
}

/** Any other order, read by offset: slower on big exports, same rows in the same order. */
async function* readByOffset(where: Prisma.ClaimWhereInput, orderBy: Prisma.ClaimOrderByWithRelationInput[], batchSize: number) {
  for (let skip = 0; ; skip += batchSize) {
    const rows = await prisma.claim.findMany({ where, orderBy, skip, take: batchSize, include: exportInclude });
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
  }
}

/**
 * Claims matching the filters in the explorer's order, every page, one batch
 * (array) at a time. `page` and `pageSize` are ignored.
 */
export async function* iterateExportRows(filters: ClaimFilters, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportItem[]> {
  const where = claimWhere(filters);
  const orderBy = claimOrder(filters.sort);
  const keyset = keysetOrder(orderBy);
  if (!keyset) {
    for await (const rows of readByOffset(where, orderBy, batchSize)) yield rows.map(toExportItem);
    return;
  }
  for (const continuation of runs(keyset)) {
    for await (const rows of readRun(where, continuation, batchSize)) yield rows.map(toExportItem);
  }
}

function toExportItem(row: ExportRow): ExportItem {
  return { claim: fromClaimRow(row), outlet: row.outlet, articleTitle: row.article.title, published: row.article.published };
}
