// The search page's first requests for the index, made while the page is still
// being parsed and its app loaded: a small classic script inline in the page's
// <head> (allowed by its hash in that page's CSP; it holds no record text) reads
// the query from the URL and the index's meta from <meta name="search-index">,
// and fetches the vocabulary files of the query's words, as the search app
// would (tokenize, vocabKeys in search.ts), and the postings file of each word
// (ownPostings); as each vocabulary file comes in,
// the postings files of the tokens the app asks for before any Fuse runs (a
// word itself, tokens it is part of, and it with two neighbouring letters
// swapped: `near` in makeSearcher), the files of a speaker the query plainly
// names, and, when no speaker may be named, the display files of the newest
// claims with every word (the first results). The promises are left in
// window.__searchEarly for the app to take (src/scripts/search-app.ts). This
// saves the wait for the app's script: the postings are on their way before it
// runs. If it guesses differently from the app, a file is fetched twice or for
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
    var get = function (url) {
      if (!early[url]) early[url] = fetch(url).then(function (r) { if (!r.ok) throw new Error(url); return r.json(); });
      early[url].catch(function () {});
      return early[url];
    };
    var fold = function (s) { return s.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase(); };
    var tokens = function (s) { return fold(s).match(/[\\p{L}\\p{N}]+/gu) || []; };
    var floor = function (sorted, x) { var k = -1; sorted.forEach(function (first, i) { if (first <= x) k = i; }); return k; };
    var swapped = function (a, b) {
      var x = Array.from(a), y = Array.from(b), i = 0;
      if (x.length !== y.length) return false;
      while (i < x.length && x[i] === y[i]) i++;
      return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2).join("") === y.slice(i + 2).join("");
    };
    var postings = function (v, w) {
      v.t.forEach(function (t, j) {
        if (v.p[j] !== 0 || !(t === w || (w.length >= 3 && t.indexOf(w) >= 0) || (w.length >= 4 && swapped(t, w)))) return;
        var k = floor(meta.postings, t);
        if (k >= 0) get(meta.dir + "postings-" + k + ".json");
      });
    };
    // The speaker the query names, when plain: the one whose name is the query, else the only
    // one with every query word among the words of their names (all are listed in the first
    // word's vocabulary file). The app's Fuse then ranks them first: their newest claims' rows
    // (their latest file) and their claims (speakers file, unless in the vocabulary) are asked for.
    var speaker = function (v, words) {
      var whole = tokens(q).join(" ");
      var named = v.s.filter(function (e) {
        var mine = tokens([e[2]].concat(e[3]).join(" "));
        return words.every(function (w) { return mine.indexOf(w) >= 0; });
      });
      var exact = named.filter(function (e) { return [e[2]].concat(e[3]).some(function (n) { return tokens(n).join(" ") === whole; }); });
      var e = exact[0] || (named.length === 1 ? named[0] : null);
      if (!e) return false;
      get(meta.dir + "latest-" + floor(meta.latest, e[0]) + ".json");
      if (e[4] === 0) get(meta.dir + "speakers-" + floor(meta.speakerFiles, e[0]) + ".json");
      return true;
    };
    // A word's own claims (null if it is no word of the index), from its vocabulary or postings file.
    // A word that is a word of a speaker's name may name them: then no guess at the first results.
    var decode = function (s) { var prev = 0; return s.split(",").map(function (d) { return (prev += parseInt(d, 36)); }); };
    var claims = function (v, w) {
      if (v.s.some(function (e) { return tokens([e[2]].concat(e[3]).join(" ")).indexOf(w) >= 0; })) named = true;
      var j = v.t.indexOf(w);
      if (j < 0) return null;
      return v.p[j] !== 0 ? decode(v.p[j]) : get(meta.dir + "postings-" + floor(meta.postings, w) + ".json").then(function (f) { return decode(f[w]); });
    };
    // The first results, when no speaker may be named: the newest claims with every word (the app
    // ranks them first: claims are numbered newest first, and a word itself outweighs any other
    // match). Their display files are asked for now, not once the app has run the query.
    var first = function (lists) {
      if (named || lists.some(function (l) { return !l; })) return;
      var el = document.getElementById("search-app");
      var want = Number(el && el.getAttribute("data-first")) || 10;
      var others = lists.slice(1).map(function (l) { return new Set(l); });
      var found = 0;
      for (var x = 0; x < lists[0].length && found < want; x++) {
        var i = lists[0][x];
        if (!others.every(function (o) { return o.has(i); })) continue;
        found++;
        get(meta.dir + "display-" + Math.floor(i / meta.sizes.display) + ".json");
      }
    };
    var named = false;
    var words = tokens(q).filter(function (w) { return w.length > 1 && !stop.has(w); });
    var own = [];
    // each word's postings file, as ownPostings in search.ts does
    words.forEach(function (w) {
      var k = floor(meta.postings, w);
      if (k >= 0) get(meta.dir + "postings-" + k + ".json");
    });
    words.forEach(function (w, n) {
      var c = Array.from(w);
      [c[0] + c[1], c.length > 2 ? c[0] + c[2] : ""].forEach(function (key, second) {
        var k = meta.vocab.indexOf(key);
        if (!key || k < 0) return;
        var v = get(meta.dir + "vocab-" + k + ".json").then(function (v) {
          postings(v, w);
          if (!n && !second && speaker(v, words)) named = true;
          return v;
        });
        v.catch(function () {});
        if (!second) own.push(v.then(function (v) { return claims(v, w); }));
      });
    });
    if (own.length === words.length) Promise.all(own).then(first).catch(function () {});
  } catch (e) {}
})();`;

/** Its hash, for the search page's Content-Security-Policy. */
export const EARLY_SCRIPT_HASH = `sha256-${createHash("sha256").update(EARLY_SCRIPT).digest("base64")}`;
