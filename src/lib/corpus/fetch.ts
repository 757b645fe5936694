// Fetching pages and feeds for `npm run add`: a clear User-Agent, a timeout, a
// size limit, one request at a time per host, and one-line reasons for failures.
import { InputError } from "../errors.ts";

export const USER_AGENT = "news-claims-explorer/0.1 (article importer run by an editor: npm run add; one request at a time per host)";

export interface FetchOptions {
  /** milliseconds before a request is given up (default 20 s) */
  timeoutMs?: number;
  /** the largest body accepted, in bytes (default 5 MB) */
  maxBytes?: number;
  /** content types accepted (a response of another type is refused) */
  accept: RegExp;
  /** what a refused type is called in the message, e.g. "not HTML" */
  expected: string;
}

export interface Fetched {
  /** the address after redirects */
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

// One request at a time per host: each host's requests wait for the one before.
const queues = new Map<string, Promise<unknown>>();
function perHost<T>(url: URL, job: () => Promise<T>): Promise<T> {
  const before = queues.get(url.host) ?? Promise.resolve();
  const next = before.then(job, job);
  queues.set(url.host, next.catch(() => undefined));
  return next;
}

/** Fetches one address; any failure is an InputError naming the address and the reason, in one line. */
export function fetchBytes(address: string, opts: FetchOptions): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return Promise.reject(new InputError(address, "not a web address or a file"));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return Promise.reject(new InputError(address, `unsupported address scheme ${url.protocol}`));
  return perHost(url, () => get(address, url, opts));
}

async function get(address: string, url: URL, opts: FetchOptions): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxBytes = opts.maxBytes ?? 5_000_000;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" },
        redirect: "follow",
        signal: ctl.signal,
      });
    } catch (e) {
      if (ctl.signal.aborted) throw new InputError(address, `timed out after ${timeoutMs / 1000} s`);
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new InputError(address, `cannot fetch: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(address, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    }
    const contentType = res.headers.get("content-type") ?? "";
    if (!opts.accept.test(contentType.split(";")[0]!.trim())) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(address, `${opts.expected} (Content-Type: ${contentType || "none"})`);
    }
    const declared = Number(res.headers.get("content-length") ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(address, `too large (${declared} bytes; the limit is ${maxBytes})`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    try {
      for (;;) {
        if (!reader) break;
        const { done, value } = await reader.read();
        if (done || !value) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new InputError(address, `too large (over ${maxBytes} bytes)`);
        }
        chunks.push(value);
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      if (ctl.signal.aborted) throw new InputError(address, `timed out after ${timeoutMs / 1000} s`);
      throw new InputError(address, `cannot fetch: ${(e as Error).message}`);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { url: res.url || address, contentType, bytes };
  } finally {
    clearTimeout(timer);
  }
}

/** Decodes a page by the charset its header or its `<meta charset>` names (UTF-8 when none). */
export function decodePage(bytes: Uint8Array, contentType = ""): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const label =
    contentType.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1] ??
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ??
    "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes);
}

/** An address as compared for "already in the corpus": no fragment, no tracking parameters, no trailing slash, host in lower case. */
export function canonicalUrl(address: string): string {
  try {
    const u = new URL(address);
    u.hash = "";
    u.hostname = u.hostname.toLowerCase();
    for (const k of [...u.searchParams.keys()]) if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|at_medium|at_campaign)$/i.test(k)) u.searchParams.delete(k);
    u.search = u.searchParams.toString() ? `?${u.searchParams}` : "";
    if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, "");
    if (u.protocol === "http:") u.protocol = "https:";
    return u.href;
  } catch {
    return address;
  }
}
