// The search page's first request for the index, made while the page is still
// being parsed: a small classic script inline in the page's <head> (allowed by
// its hash in that page's CSP; it holds no record text) reads the query from the
// URL and the index's meta from <meta name="search-index">, and fetches the
// vocabulary files of the query's words, as the search app would (tokenize,
// vocabKeys in search.ts), leaving the promises in window.__searchEarly for the
// app to take (src/scripts/search-app.ts). It saves the wait for the app's own
// script. If it guesses differently from the app, a file is fetched twice or for
// nothing; results do not change (tests/search-early.test.ts checks it fetches
// what the app reads).
import { createHash } from "node:crypto";
import { STOPWORDS } from "./search.ts";

/** The script's text (no data of any record: the meta is read from the page). */
export const EARLY_SCRIPT = `(function () {
  var el = document.querySelector('meta[name="search-index"]');
  var q = new URLSearchParams(location.search).get("q");
  if (!el || !q) return;
  try {
    var meta = JSON.parse(el.getAttribute("content"));
    var stop = new Set(${JSON.stringify([...STOPWORDS])});
    var early = (window.__searchEarly = {});
    var words = q.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase().match(/[\\p{L}\\p{N}]+/gu) || [];
    words.forEach(function (w) {
      if (w.length < 2 || stop.has(w)) return;
      var c = Array.from(w);
      [c[0] + c[1], c.length > 2 ? c[0] + c[2] : ""].forEach(function (key) {
        var k = meta.vocab.indexOf(key);
        if (!key || k < 0) return;
        var url = meta.dir + "vocab-" + k + ".json";
        if (!early[url]) early[url] = fetch(url).then(function (r) { if (!r.ok) throw new Error(url); return r.json(); });
        early[url].catch(function () {});
      });
    });
  } catch (e) {}
})();`;

/** Its hash, for the search page's Content-Security-Policy. */
export const EARLY_SCRIPT_HASH = `sha256-${createHash("sha256").update(EARLY_SCRIPT).digest("base64")}`;
