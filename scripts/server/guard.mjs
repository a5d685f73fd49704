// What the server answers itself, before or around Next.js: methods Next
// cannot take (its Request constructor throws on TRACE, so Next answered 500),
// paths whose percent-encoding is broken (a dynamic segment threw URIError),
// protocol errors met by Node's parser (431 for headers too large, 400), and
// the empty bodies Next gives some answers (a route handler's 405). Each gets
// what the app gives elsewhere: the JSON error under /api/, a short page notice
// on other paths; never an empty body, a stack trace or a 500.

/** The methods Next.js routes (its HTTP_METHODS); any other is refused here. */
export const ROUTED_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"];

const STATUS_TEXT = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
};

const NO_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";

export function statusText(status) {
  return STATUS_TEXT[status] ?? (status >= 500 ? "Server Error" : "Bad Request");
}

/** Whether every %-escape of the path decodes to UTF-8 (decodeURIComponent throws otherwise). */
export function hasValidPercentEncoding(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The path of a request target, without its query (`/a?b` → `/a`); "/" when it has none. */
export function pathOf(target) {
  const path = String(target ?? "").split(/[?#]/, 1)[0];
  return path || "/";
}

/** Why the server refuses a request before Next sees it, or null to let it through. */
export function refusal(method, target) {
  if (!ROUTED_METHODS.includes(method)) {
    return {
      status: 405,
      code: "method_not_allowed",
      message: `This server does not answer ${method} requests. Use GET to read; OPTIONS on an address lists the methods it answers.`,
      allowed: ROUTED_METHODS.join(", "),
    };
  }
  if (!hasValidPercentEncoding(pathOf(target))) {
    return {
      status: 400,
      code: "invalid_path",
      message: "The address has a malformed percent-encoding: write a literal % as %25, and every escape as % followed by two hexadecimal digits of UTF-8.",
    };
  }
  return null;
}

/** The message for an error answer that came without a body. */
export function emptyAnswerProblem(status, method) {
  if (status === 405) {
    return { status, code: "method_not_allowed", message: `This address does not answer ${method} requests. OPTIONS on it lists the methods it answers.` };
  }
  return { status, code: status >= 500 ? "internal_error" : "bad_request", message: status >= 500 ? "Something went wrong on the server. Please try again." : `The server could not take this request (${status} ${statusText(status)}).` };
}

/** What Node's HTTP parser refused, said for a person: a header block over the limit, or a request that is not HTTP. */
export function clientErrorProblem(error) {
  switch (error?.code) {
    case "HPE_HEADER_OVERFLOW":
      return { status: 431, code: "headers_too_large", message: "The request's address and headers are too large (over 16 KB together). Clear this site's cookies, or send a shorter address." };
    case "ERR_HTTP_REQUEST_TIMEOUT":
    case "HPE_HEADERS_TIMEOUT":
      return { status: 408, code: "request_timeout", message: "The request took too long to arrive. Send it again." };
    case "HPE_INVALID_METHOD":
      return { status: 405, code: "method_not_allowed", message: "This server does not know the request's method.", allowed: ROUTED_METHODS.join(", ") };
    default:
      return { status: 400, code: "bad_request", message: "The request is not well-formed HTTP/1.1 (a bad request line, header or body framing). Check the client that sent it." };
  }
}

/** The request target in the first line of raw bytes, if it can be read (for a parser error). */
export function targetInRawRequest(raw) {
  if (!raw || raw.length === 0) return "/";
  const line = Buffer.from(raw).subarray(0, 8192).toString("latin1").split("\r\n", 1)[0];
  return line.split(" ")[1] ?? "/";
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A problem as the answer the app gives for its path: JSON under /api/, a page notice elsewhere. */
export function errorAnswer(target, problem) {
  const headers = {
    "Cache-Control": NO_STORE,
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
  };
  if (problem.allowed) headers.Allow = problem.allowed;
  if (pathOf(target).startsWith("/api/")) {
    const { status, ...error } = problem;
    const body = JSON.stringify({ error });
    return { status, headers: { ...headers, "Content-Type": "application/json" }, body };
  }
  const title = `${problem.status} ${statusText(problem.status)}`;
  const body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Triangulate</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.25rem">${title}</h1><p>${escapeHtml(problem.message)}</p><p><a href="/">Go to the overview</a></p></body></html>`;
  return { status: problem.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" }, body };
}

/** An answer as raw HTTP/1.1 bytes, for a socket the parser gave up on; the connection closes after it. */
export function rawAnswer(answer, { withBody = true } = {}) {
  const headers = { ...answer.headers, "Content-Length": String(Buffer.byteLength(answer.body)), Connection: "close" };
  const head = [`HTTP/1.1 ${answer.status} ${statusText(answer.status)}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join("\r\n");
  return `${head}\r\n\r\n${withBody ? answer.body : ""}`;
}

/** Sends an answer on a response nothing was written to yet. */
export function sendAnswer(req, res, answer) {
  res.writeHead(answer.status, { ...answer.headers, "Content-Length": Buffer.byteLength(answer.body) });
  res.end(req.method === "HEAD" ? undefined : answer.body);
}

/**
 * Fills in the body of an error answer Next sends empty (a route handler's
 * 405 for a method it lacks): once the status is an error and no Content-Type
 * was set, whether the headers go out through writeHead or through end, the
 * answer errorAnswer makes replaces the empty body.
 */
export function fillEmptyErrorBodies(req, res) {
  const { writeHead, write, end } = res;
  let answer = null;
  const needsBody = (status) => status >= 400 && !res.headersSent && !res.hasHeader("content-type");
  const prepare = (status) => {
    answer = errorAnswer(req.url, emptyAnswerProblem(status, req.method));
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    res.removeHeader("transfer-encoding");
    res.setHeader("Content-Length", Buffer.byteLength(answer.body));
  };
  res.writeHead = function (status, ...rest) {
    if (!answer && needsBody(status) && !rest.some((r) => r && typeof r === "object")) prepare(status);
    return writeHead.call(this, status, ...rest);
  };
  res.write = function (...args) {
    if (!answer) return write.apply(this, args);
    const done = args.find((a) => typeof a === "function");
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function (...args) {
    if (!answer && needsBody(res.statusCode)) prepare(res.statusCode);
    if (!answer) return end.apply(this, args);
    return end.call(this, req.method === "HEAD" ? undefined : answer.body, args.find((a) => typeof a === "function"));
  };
}
