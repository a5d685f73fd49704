import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { parseCsv, tableAfterHeader } from "./helpers/csv";

const LABEL = "North Korean troops in Russia";

async function openQuestion(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: LABEL, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: LABEL })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
}

async function download(page: Page, link: Locator): Promise<Download> {
  const event = page.waitForEvent("download");
  await link.click();
  return event;
}

/** The visible table's rows as [header cell, data cells...] texts. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
}

test.describe("comparison tables", () => {
  test("a question's table on the page and in its CSV and XLSX say the same", async ({ page }) => {
    const id = await openQuestion(page);
    const section = page.getByRole("region", { name: "Who says what" });
    const table = section.getByRole("table", { name: `Sources compared: ${LABEL}` });
    await expect(table.getByRole("row").filter({ hasText: /\(GUR\)/ })).toContainText("11,000");
    await expect(table.getByRole("row").filter({ hasText: /^North Korean government/ })).toContainText("denies it");
    const onPage = await rowsOf(table);
    expect(onPage.length).toBeGreaterThanOrEqual(5);

    const csvFile = await download(page, section.getByRole("link", { name: "CSV" }));
    expect(csvFile.suggestedFilename()).toMatch(new RegExp(`^triangulate-comparison-${id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = parseCsv(await readFile((await csvFile.path())!, "utf8"));
    expect(csv[0]![0]).toBe(`Comparison: ${LABEL}`);
    const { header, body } = tableAfterHeader(csv, "Source");
    const col = (name: string) => header.indexOf(name);
    expect(body.map((r) => [r[col("Source")], r[col("Figure as stated")], r[col("Against the consensus")]])).toEqual(onPage.map((r) => [r[0], r[1], r[6]]));

    const xlsxFile = await download(page, section.getByRole("link", { name: "Excel (XLSX)" }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsxFile.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Comparison")!;
    const fromSheet = onPage.map((_, i) => [1, 2, 9].map((c) => String(sheet.getRow(i + 2).getCell(c).value ?? "")));
    expect(fromSheet).toEqual(onPage.map((r) => [r[0], r[1], r[6]]));
    expect(workbook.title).toBe(`Comparison: ${LABEL}`);
  });

  test("copies the question's table as Markdown", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openQuestion(page);
    const section = page.getByRole("region", { name: "Who says what" });
    await section.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(section.getByRole("status")).toHaveText("Copied as Markdown.");
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).toContain("| Source | Figure as stated |");
    expect(pasted).toMatch(/\| [^|]*GUR[^|]* \| [^|]*11,000/);
  });

  test("on a phone the table's rows are cards that fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openQuestion(page);
    const cards = page.getByRole("list", { name: `Sources compared: ${LABEL}` });
    await expect(cards.getByRole("listitem").filter({ hasText: /\(GUR\)/ })).toBeVisible();
    const box = await cards.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });

  test("the sources page's table, filtered, matches its export", async ({ page }) => {
    await page.goto("/sources");
    const form = page.getByRole("form", { name: "Filter the sources" });
    await form.getByLabel(/\(GUR\)/).check();
    await form.getByLabel(/\(NIS\)/).check();
    await form.getByLabel("Category").selectOption("deployed");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/source=gur/);
    await expect(page).toHaveURL(/category=deployed/);
    const table = page.getByTestId("cross-table").getByRole("table");
    // The address changes before the filtered table has streamed in: wait for it, as a reader does.
    await expect(table.locator("tbody tr")).toHaveCount(2);
    const onPage = await rowsOf(table);
    const names = onPage.map((r) => r[0]);
    expect(names).toHaveLength(2);
    expect(names.join(" ")).toMatch(/\(GUR\).*\(NIS\)|\(NIS\).*\(GUR\)/);

    const file = await download(page, page.getByRole("region", { name: "Sources and questions side by side" }).getByRole("link", { name: "CSV" }));
    const csv = parseCsv(await readFile((await file.path())!, "utf8"));
    expect(csv.find((r) => r[0] === "Filters")?.[1]).toContain("category deployed");
    const { body } = tableAfterHeader(csv, "Source");
    // A page cell shows the figure and, under it, its standing; the file says "figure (standing)".
    const pageCells = await table.locator("tbody tr").evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => {
        const spans = [...c.querySelectorAll("span.block")].map((s) => (s.textContent ?? "").trim());
        return spans.length === 2 ? `${spans[0]} (${spans[1]})` : spans.length ? "" : (c.textContent ?? "").trim();
      })),
    );
    expect(body.map((r) => r.map((cell) => cell))).toEqual(pageCells.map((r) => r.map((cell) => (cell === "–" ? "" : cell))));
  });

  test("the printable brief fits its table on A4 and Letter", async ({ page }) => {
    const id = await openQuestion(page);
    await page.getByRole("link", { name: "Printable brief" }).click();
    await expect(page).toHaveURL(new RegExp(`/questions/${id}/brief$`));
    await expect(page.getByRole("heading", { level: 1, name: LABEL })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    for (const format of ["A4", "Letter"] as const) {
      // The printable width of the page at 96 px an inch, less the 12 mm margins.
      const width = Math.floor(((format === "A4" ? 210 : 215.9) - 24) * (96 / 25.4));
      await page.setViewportSize({ width, height: 1000 });
      const table = page.getByTestId("brief").getByRole("table", { name: `Sources compared: ${LABEL}` });
      await expect(table).toBeVisible();
      const fits = await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0) + 1);
      expect(fits, `${format}: the table is wider than the page`).toBe(true);
      const pdf = await page.pdf({ format, printBackground: true, margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
      // Every page of the PDF is of the paper asked for (A4 595 × 842 pt, Letter 612 × 792 pt).
      const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      expect(boxes.length).toBeGreaterThanOrEqual(1);
      for (const box of boxes) expect(box).toEqual(format === "A4" ? [596, 843] : [612, 792]);
    }
  });
});
