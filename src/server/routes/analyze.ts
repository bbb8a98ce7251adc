/**
 * POST /api/analyze: an article in (JSON with text or html, or a raw text/plain or text/html
 * body), its record out; nothing is stored. HTML goes through the same reader as `marsad analyze`,
 * so markup never reaches the record: it holds cleaned text and offsets into it.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import {
  isMarsadError,
  MarsadError,
  toRecord,
  type DocumentMeta,
  type MarsadRecord,
} from "../../doc/index.js";
import { readHtml, readText } from "../../ingest/index.js";
import { analyzeSource, analyzeText } from "../../pipeline/index.js";
import type { Resources } from "../../resources/index.js";
import { charsetOf, mediaType, readBody } from "../body.js";
import { ApiError } from "../errors.js";
import { parseQuery, textParam } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { recordSchema } from "../schemas.js";

/** How the posted article is named in the messages of its errors. */
const INPUT = "request body";

const metaFields = {
  published: z
    .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
      error: "must be YYYY-MM-DD or an ISO 8601 date-time",
    })
    .optional()
    .describe("Publication date; also anchors relative times"),
  url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .max(2000, "must be at most 2000 characters")
    .optional()
    .describe("The article's address"),
  title: textParam("The article's title", 1000).optional(),
  outlet: textParam("The news outlet").optional(),
};

export const analyzeJsonBody = z
  .strictObject({
    text: z
      .string({ error: "must be a string" })
      .min(1, "must not be empty")
      .optional()
      .describe("Plain text"),
    html: z
      .string({ error: "must be a string" })
      .min(1, "must not be empty")
      .optional()
      .describe("An HTML page"),
    ...metaFields,
  })
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    error: "must have exactly one of text and html",
  })
  .describe("Exactly one of text and html, with optional metadata");

/** Metadata for raw bodies comes in the query string. */
export const analyzeQuery = z.strictObject(metaFields);

const RAW_TEXT = "text/plain";
const RAW_HTML = ["text/html", "application/xhtml+xml"];

export const analyzeDocs: readonly RouteDoc[] = [
  {
    method: "post",
    path: "/api/analyze",
    summary: "Analyse one article and return its record; nothing is stored",
    description:
      "Send JSON {text|html, published?, url?, title?, outlet?}, or the raw article as text/plain or text/html with the metadata in the query string. The body may be at most the server's --max-body bytes (default 2 MiB).",
    query: analyzeQuery,
    body: { "application/json": analyzeJsonBody, "text/plain": z.string(), "text/html": z.string() },
    response: recordSchema,
    errors: [400, 413, 415, 422],
  },
];

type Meta = Partial<Pick<DocumentMeta, "published" | "url" | "title" | "outlet">>;

function given(meta: z.output<typeof analyzeQuery>): Meta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}

function analyzeHtml(bytes: Uint8Array, meta: Meta, resources: Resources, encoding?: string): MarsadRecord {
  const page = readHtml(bytes, INPUT, encoding === undefined ? {} : { encoding });
  const source = { text: page.text, media: page.media, notes: page.notes, meta: { ...page.meta, ...meta } };
  return toRecord(analyzeSource(source, resources));
}

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, "body.json", "the JSON body is not valid UTF-8");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof SyntaxError ? ` (${error.message})` : "";
    throw new ApiError(400, "body.json", `the body is not valid JSON${why}`);
  }
}

function fromJson(bytes: Uint8Array, resources: Resources): MarsadRecord {
  const parsed = analyzeJsonBody.safeParse(parseJson(bytes));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `field ${issue.path.join(".")}` : "the body";
    const message =
      issue.code === "unrecognized_keys"
        ? `the body has unknown field(s) ${issue.keys.join(", ")}; it takes text or html, published, url, title, outlet`
        : issue.code === "invalid_type" && issue.path.length === 0
          ? "the body must be a JSON object"
          : `${where} ${issue.message}`;
    throw new ApiError(400, "body.invalid", message);
  }
  const { text, html, ...meta } = parsed.data;
  if (html !== undefined) return analyzeHtml(new TextEncoder().encode(html), given(meta), resources, "utf-8");
  // The schema lets only text through here; "" would be refused as an empty article anyway.
  return toRecord(analyzeText(text ?? "", resources, { meta: given(meta), input: INPUT }));
}

function analyze(c: Context, bytes: Uint8Array, resources: Resources): MarsadRecord {
  const header = c.req.header("Content-Type");
  const type = mediaType(header);
  const charset = charsetOf(header);
  if (type === "application/json") {
    parseQuery(c, z.strictObject({}));
    return fromJson(bytes, resources);
  }
  const meta = given(parseQuery(c, analyzeQuery));
  if (RAW_HTML.includes(type)) return analyzeHtml(bytes, meta, resources, charset);
  const page = readText(bytes, INPUT, charset === undefined ? {} : { encoding: charset });
  return toRecord(analyzeSource({ ...page, meta }, resources));
}

export function analyzeRoutes({ resources, maxBody }: ApiDeps): Hono {
  return new Hono().post("/", async (c) => {
    const type = mediaType(c.req.header("Content-Type"));
    if (type !== "application/json" && type !== RAW_TEXT && !RAW_HTML.includes(type)) {
      const what = type === "" ? "no Content-Type" : `Content-Type ${type}`;
      throw new ApiError(
        415,
        "body.media-type",
        `${what} is not accepted here: send application/json, text/plain or text/html`,
        { "Accept-Post": "application/json, text/plain, text/html" },
      );
    }
    const bytes = await readBody(c, maxBody);
    if (bytes.byteLength === 0) throw new ApiError(400, "body.empty", "the request body is empty");
    try {
      return c.json(analyze(c, bytes, resources));
    } catch (error) {
      // The readers word their messages for files ("the file holds only whitespace").
      if (isMarsadError(error))
        throw new MarsadError(error.code, INPUT, error.message.replace(/\bthe file\b/, "the body"), {
          cause: error,
        });
      throw error;
    }
  });
}
