// The overview's search params, read forgivingly: a bad value falls back to its
// default and the page names the parameter it ignored.
import { z } from "zod";
import { CATEGORIES, type Category } from "@/lib/claims/claim";

export const OVERVIEW_PAGE_SIZE = 20;

const sourceList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().min(1).max(100)).max(50));

/** Each field falls back to its default with `.catch`, and records its name so the page can say what it ignored. */
function overviewSchema(ignored: string[]) {
  const fallback = <T,>(key: string, value: T) => () => {
    ignored.push(key);
    return value;
  };
  return z.object({
    source: sourceList.catch(fallback("source", [])),
    category: z.enum(CATEGORIES).optional().catch(fallback("category", undefined)),
    page: z.coerce.number().int().min(1).max(100_000).default(1).catch(fallback("page", 1)),
  });
}

export interface OverviewFilters {
  source: string[];
  category?: Category;
  page: number;
}

export const OVERVIEW_PARAM_HELP: Record<keyof OverviewFilters, string> = {
  source: "agency ids (repeatable), e.g. source=gur&source=nis",
  category: `one of ${CATEGORIES.join(", ")}`,
  page: "a whole number from 1",
};

export function parseOverviewParams(params: Record<string, string | string[] | undefined>): { filters: OverviewFilters; ignored: string[] } {
  const ignored: string[] = [];
  const parsed = overviewSchema(ignored).parse(params);
  return { filters: { ...parsed, source: [...new Set(parsed.source)] }, ignored };
}

/** The overview URL for these filters, defaults left out. */
export function overviewHref(filters: OverviewFilters): string {
  const params = new URLSearchParams();
  for (const s of filters.source) params.append("source", s);
  if (filters.category) params.set("category", filters.category);
  if (filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
