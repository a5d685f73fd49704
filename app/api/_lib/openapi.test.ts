import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

/** Every route handler under app/api, as the OpenAPI path it serves: [id] → {id}, [...all] → {path}. */
function apiRoutes(dir = "app/api", prefix = "/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "route.ts") return [prefix];
    if (!entry.isDirectory() || entry.name.startsWith("_")) return [];
    const segment = entry.name.startsWith("[...") ? "{path}" : entry.name.replace(/^\[(.+)\]$/, "{$1}");
    return apiRoutes(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

describe("the OpenAPI description", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(openApiDocument() as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("names every route the API serves, and no other", () => {
    const routes = apiRoutes().sort();
    expect(routes).toContain("/api/claims/{id}");
    expect(Object.keys(openApiDocument().paths).sort()).toEqual(routes);
  });

  it("describes every parameter the claims filter reads", () => {
    const names = openApiDocument().paths["/api/claims"].get.parameters.map((p) => (p as { name: string }).name);
    for (const name of ["source", "q", "stance", "ownVoice", "qualifier", "unit", "language", "hasAsOf", "sort", "cursor", "facet"]) expect(names).toContain(name);
  });
});
