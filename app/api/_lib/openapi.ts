// The OpenAPI description of the HTTP API, built from the same zod schemas
// that validate each endpoint's parameters and shape its answers, so the two
// cannot drift apart. Served at /api/openapi.json and listed at /api-docs.
import { z } from "zod";
import { extractedClaimSchema } from "../../../lib/claims/claim";
import { ARTICLE_LIST_FIELDS, ARTICLE_LIST_PARAM_HELP } from "../../../lib/filters/article-list-params";
import { CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP } from "../../../lib/filters/claim-filters";
import { COMPARISON_FILTER_FIELDS, COMPARISON_FILTER_HELP } from "../../../lib/filters/comparison-filters";
import { CURSOR_HELP } from "../../../lib/filters/cursor";
import { FACETS } from "../../../lib/filters/facets";
import { EXPORT_FORMATS } from "../../../lib/export/formats";
import { LIST_CLAIMS_PER_QUESTION, LIST_RELATIONS_PER_TYPE } from "../../../lib/filters/question-api-params";
import { QUESTION_CLAIMS_HELP, QUESTION_LIST_HELP, questionClaimsSchema, questionListSchema } from "./question-params";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete json.$schema; // the document's own dialect applies
  return json;
};

/** A query parameter per field, repeatable where the field takes a list. */
function queryParameters(fields: Record<string, z.ZodType>, help: Record<string, string>) {
  return Object.entries(fields).map(([name, schema]) => {
    const repeatable = name === "source";
    return {
      name,
      in: "query",
      required: false,
      description: help[name],
      schema: repeatable ? { type: "array", items: { type: "string" } } : toSchema(schema),
      ...(repeatable ? { style: "form", explode: true } : {}),
    };
  });
}

const idParameter = (description: string, type: "integer" | "string") => ({ name: "id", in: "path", required: true, description, schema: { type } });

const storedClaimSchema = extractedClaimSchema.extend({
  id: z.number().int().describe("stable within a database; see README on re-extraction"),
  article: z.number().int(),
  question: z.string().nullable(),
});

const errorSchema = {
  type: "object",
  properties: { error: { type: "object", properties: { code: { type: "string" }, parameter: { type: "string" }, message: { type: "string" }, allowed: { type: "string" } }, required: ["code", "message"] } },
  required: ["error"],
};

const json = (schema: JsonSchema, description = "OK") => ({ description, content: { "application/json": { schema } } });
const authRefused = {
  400: json({ $ref: "#/components/schemas/Error" }, "The request is malformed or refused (a wrong password answers 401)"),
  429: { ...json({ $ref: "#/components/schemas/Error" }, "Too many requests from this address, or too many failed sign-ins for this account: the message and Retry-After say when to try again"), headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } } },
};
const badRequest = json({ $ref: "#/components/schemas/Error" }, "A parameter is malformed or names nothing: the answer names it and says what it accepts");
const notFound = json({ $ref: "#/components/schemas/Error" }, "Nothing has this id");

const relationSchema = { type: "object", properties: { type: { type: "string" }, claims: { type: "array", items: { type: "integer" } }, explanation: { type: "string" } }, required: ["type", "claims", "explanation"] };

/** What a question says of itself, in a list and in its own answer. */
const questionFields = {
  id: { type: "string" },
  label: { type: "string" },
  category: { type: "string" },
  unit: { type: "string" },
  claimCount: { type: "integer", description: "how many claims the question holds" },
  sourceCount: { type: "integer" },
  sources: { type: "array", items: { type: "object" }, description: "each independent source's latest figure" },
  relationCounts: { type: "object", additionalProperties: { type: "integer" }, description: "how many relations of each type" },
  relations: { type: "array", items: relationSchema },
};

const listedQuestion = {
  type: "object",
  properties: {
    ...questionFields,
    claims: { type: "array", items: { $ref: "#/components/schemas/Claim" }, description: `the latest ${LIST_CLAIMS_PER_QUESTION}; claimsUrl has them all` },
    claimsUrl: { type: "string", description: "/api/questions/{id}: the question with every claim, a page at a time" },
    relations: { type: "array", items: relationSchema, description: `the first ${LIST_RELATIONS_PER_TYPE} of each type; relationCounts has the full numbers` },
  },
  required: ["id", "label", "claimCount", "claims", "claimsUrl", "relations", "relationCounts"],
};

function get(summary: string, parameters: unknown[], responses: Record<string, unknown>) {
  return { get: { summary, parameters, responses } };
}

function reviewWrite(summary: string, withId: boolean) {
  const denied = json({ $ref: "#/components/schemas/Error" }, "Not signed in (401) or not an analyst or admin (403)");
  return {
    post: {
      summary,
      parameters: withId ? [{ name: "id", in: "path", required: true, schema: { type: "string" } }] : [],
      requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
      responses: { 200: json({ type: "object" }), 400: badRequest, 401: denied, 403: denied, 404: notFound },
    },
  };
}

const claimFilterParameters = queryParameters(CLAIM_FILTER_FIELDS, CLAIM_FILTER_HELP);
const exportParameters = [
  { name: "format", in: "query", required: false, description: `one of ${EXPORT_FORMATS.join(", ")}`, schema: { type: "string", enum: [...EXPORT_FORMATS], default: "csv" } },
  ...claimFilterParameters.filter((p) => p.name !== "page" && p.name !== "pageSize"),
];
const comparisonFormatParameter = { name: "format", in: "query", required: false, description: "json (default), csv, xlsx, md or html", schema: { type: "string" } };

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Triangulate API",
      version: "1",
      description: "Figures from news articles, who gives each, when, and which really conflict. Reading is open unless the server closes it; every list takes the same filters as its page.",
    },
    paths: {
      "/api/claims": get(
        "Claims matching the explorer's filters, a page at a time; `next` continues by keyset",
        [
          ...claimFilterParameters,
          { name: "cursor", in: "query", required: false, description: CURSOR_HELP, schema: { type: "string" } },
          { name: "facet", in: "query", required: false, description: `one of ${FACETS.join(", ")} (repeatable)`, schema: { type: "array", items: { type: "string", enum: [...FACETS] } }, style: "form", explode: true },
        ],
        {
          200: json({
            type: "object",
            properties: {
              claims: { type: "array", items: { $ref: "#/components/schemas/Claim" } },
              total: { type: "integer", description: "how many claims match; when totalIsLowerBound, at least how many (the count stops past 10,000)" },
              totalIsLowerBound: { type: "boolean", description: "true when more claims match than total says" },
              page: { type: ["integer", "null"], description: "null on a page reached by cursor" },
              pageSize: { type: "integer" },
              next: { type: ["string", "null"], description: "the next rows' link; null on the last page" },
              facets: { type: "object", additionalProperties: { type: "array", items: { type: "object", properties: { value: { type: ["string", "null"] }, count: { type: "integer" } } } } },
              facetSample: { type: ["integer", "null"], description: "with facet: null when the counts are exact; else more claims match and the counts are of the latest this many" },
            },
            required: ["claims", "total", "totalIsLowerBound", "page", "pageSize", "next"],
          }),
          400: badRequest,
        },
      ),
      "/api/claims/{id}": get("One claim, its article and its citation", [idParameter("claim id", "integer")], {
        200: json({ type: "object", properties: { claim: { $ref: "#/components/schemas/Claim" }, article: { type: "object" }, link: { type: "string" }, citation: { type: "string" } } }),
        404: notFound,
      }),
      "/api/articles": get("The article list, newest first; q searches titles, texts and outlets", queryParameters(ARTICLE_LIST_FIELDS, ARTICLE_LIST_PARAM_HELP), {
        200: json({ type: "object", properties: { articles: { type: "array", items: { type: "object" } }, total: { type: "integer" }, page: { type: "integer" }, pageSize: { type: "integer" } } }),
        400: badRequest,
      }),
      "/api/articles/{id}": get("One article with its text and its claims", [idParameter("article id", "integer")], {
        200: json({ type: "object", properties: { article: { type: "object" }, claims: { type: "array", items: { $ref: "#/components/schemas/Claim" } } } }),
        404: notFound,
      }),
      "/api/sources": get("The agencies credited with claims: the ids `source=` takes", [], {
        200: json({ type: "object", properties: { sources: { type: "array", items: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, country: { type: ["string", "null"] }, kind: { type: "string" }, claimCount: { type: "integer" } } } } } }),
      }),
      "/api/questions": get(
        `Questions from most to least contested. Each carries its latest ${LIST_CLAIMS_PER_QUESTION} claims (its own order: the latest date first) and the first ${LIST_RELATIONS_PER_TYPE} relations of each type; claimCount and relationCounts give the full numbers, and claimsUrl (/api/questions/{id}) holds every claim a page at a time`,
        queryParameters(questionListSchema.shape, QUESTION_LIST_HELP),
        {
          200: json({
            type: "object",
            properties: {
              questions: { type: "array", items: listedQuestion },
              total: { type: "integer" },
              page: { type: "integer" },
              pageSize: { type: "integer" },
            },
            required: ["questions", "total", "page", "pageSize"],
          }),
          400: badRequest,
        },
      ),
      "/api/questions/{id}": get(
        "One question with a page of its claims (latest first), every relation, and relatedClaims: the claims of other questions its relations name (sums and parts); claimsPage.next links the next page",
        [idParameter("question id", "string"), ...queryParameters(questionClaimsSchema.shape, QUESTION_CLAIMS_HELP)],
        {
          200: json({
            type: "object",
            properties: {
              ...questionFields,
              claims: { type: "array", items: { $ref: "#/components/schemas/Claim" } },
              claimsPage: {
                type: "object",
                properties: {
                  page: { type: "integer" },
                  pageSize: { type: "integer" },
                  total: { type: "integer", description: "how many claims the question holds" },
                  next: { type: ["string", "null"], description: "the next page's link; null on the last page" },
                },
                required: ["page", "pageSize", "total", "next"],
              },
              relatedClaims: { type: "array", items: { $ref: "#/components/schemas/Claim" } },
              parent: { type: ["object", "null"], properties: { id: { type: "string" }, label: { type: "string" } } },
              children: { type: "array", items: { type: "object", properties: { id: { type: "string" }, label: { type: "string" } } } },
            },
            required: ["id", "claims", "claimsPage", "relations", "relatedClaims"],
          }),
          400: badRequest,
          404: notFound,
        },
      ),
      "/api/questions/{id}/comparison": get("A question's comparison table: one row per independent source", [idParameter("question id", "string"), comparisonFormatParameter], {
        200: json({ type: "object" }, "The table as JSON, or as the file the format names"),
        400: badRequest,
        404: notFound,
      }),
      "/api/comparison": get("Sources × questions under agency, category and date filters", [...queryParameters(COMPARISON_FILTER_FIELDS, COMPARISON_FILTER_HELP), comparisonFormatParameter], {
        200: json({ type: "object" }, "The table as JSON, or as the file the format names"),
        400: badRequest,
      }),
      "/api/export": get("Every claim the filters select (all pages, the explorer's order) as CSV, XLSX or JSON", exportParameters, {
        200: { description: "The file, streamed", content: { "text/csv": {}, "application/json": {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {} } },
        400: badRequest,
      }),
      "/api/auth/{path}": {
        get: { summary: "Accounts and sessions (sign-in, sign-out, the current session)", parameters: [{ name: "path", in: "path", required: true, schema: { type: "string" } }], responses: { 200: { description: "OK" }, ...authRefused } },
        post: { summary: "Accounts and sessions (sign-in, sign-out)", parameters: [{ name: "path", in: "path", required: true, schema: { type: "string" } }], responses: { 200: { description: "OK" }, ...authRefused } },
      },
      "/api/openapi.json": get("This description", [], { 200: json({ type: "object" }) }),
      "/api/{path}": get("Any other address under /api: a JSON 404 that names it", [{ name: "path", in: "path", required: true, schema: { type: "string" } }], { 404: notFound }),
      // Review writes: analysts and admins only (401 signed out, 403 a viewer); see README, "Reviewing claims".
      "/api/review/claims": reviewWrite("Add a claim the machine missed: articleId, start, end and its fields", false),
      "/api/review/claims/{id}": reviewWrite("Confirm, correct, reject or move one claim", true),
      "/api/review/claims/{id}/undo": reviewWrite("Undo the last decision that stands on a claim", true),
      "/api/review/questions/{id}": reviewWrite("Rename a question, merge it into another, split claims out, or mark a relation wrong", true),
      "/api/review/questions/{id}/undo": reviewWrite("Undo the last decision on a question", true),
      "/api/review/sources/{id}": reviewWrite("Rename a source, set its kind and country, or merge it into another", true),
      "/api/review/sources/{id}/undo": reviewWrite("Undo the last decision on a source", true),
    },
    components: {
      schemas: { Claim: toSchema(storedClaimSchema, "output"), Error: errorSchema },
    },
  };
}
