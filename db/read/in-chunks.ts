// SQLite refuses a statement with more bound values than its limit (999 in
// the builds Prisma's adapter may meet: P2029), and Prisma turns `in: ids`
// into one bound value per id. Long lists are read in slices.
export const MAX_IN_LIST = 500;

export async function inChunks<T, R>(values: readonly T[], read: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const slices: T[][] = [];
  for (let i = 0; i < values.length; i += MAX_IN_LIST) slices.push(values.slice(i, i + MAX_IN_LIST));
  const results: R[][] = [];
  // One slice after another: they share the one connection anyway.
  for (const slice of slices) results.push(await read(slice));
  return results.flat();
}
