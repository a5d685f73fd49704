// A JSON object whose one big array is written item by item, so a long export
// starts at once and never holds the whole array in memory. What is only known
// at the end (the count) goes after the array.

/**
 * Yields `{"<key>":[item,…],<trailer fields>}` in chunks, one per batch.
 * `trailer` receives how many items were written.
 */
export async function* jsonArrayObjectChunks<T>(
  key: string,
  batches: AsyncIterable<T[]>,
  trailer: (count: number) => Record<string, unknown>,
): AsyncGenerator<string> {
  yield `{${JSON.stringify(key)}:[`;
  let count = 0;
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield (count ? "," : "") + batch.map((item) => JSON.stringify(item)).join(",");
    count += batch.length;
  }
  const fields = JSON.stringify(trailer(count)).slice(1, -1);
  yield `]${fields ? `,${fields}` : ""}}`;
}
