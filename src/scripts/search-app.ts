// The search page's app: searches as the user types (debounced), fetching the
// index files a query needs; keeps the state in the URL; paints the first
// results as soon as their rows are in; and renders with DOM APIs and
// textContent only.
import { dateFilter, fold, makeSearcher, tokenize, type Display, type Filters, type Hit, type SearchMeta } from "../site/search.ts";
import { href } from "../site/paths.ts";
import { plainAscii } from "../lib/plain-text.ts";
import { formatDate, stanceLabel } from "../site/format.ts";

const FIELDS = ["q", "speaker", "topic", "stance", "from", "to"] as const;


const early = (globalThis as { __searchEarly?: Record<string, Promise<unknown>> }).__searchEarly ?? {};
// A file the page's early script already asked for (src/site/search-early.ts) is taken from
// there; one the app asks for first is put there, so that the early script, still running on
// files that came in, does not ask for it again. A failed request is dropped, to be asked again.
const getJson = <T>(path: string): Promise<T> => {
  const asked = (early[path] ??= fetch(path).then((res) => {
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json();
  }));
  asked.catch(() => {
    if (early[path] === asked) delete early[path];
  });
  return asked as Promise<T>;
};

/**
 * Resolves in a task once the next frame has been painted (the frame after it
 * has begun), or after 100 ms in a tab that paints no frames.
 */
const afterPaint = () =>
  new Promise<void>((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)));
    setTimeout(done, 100);
  });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Text with the words that matched wrapped in <mark>, built node by node. */
function marked(text: string, terms: string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const want = new Set(terms);
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = plainAscii(m[0]) ? m[0].toLowerCase() : fold(m[0]);
    if (!want.has(word)) continue;
    frag.append(text.slice(at, m.index), el("mark", m[0]));
    at = m.index! + m[0].length;
  }
  frag.append(text.slice(at));
  return frag;
}

export async function start(app: HTMLElement): Promise<void> {
  const form = app.querySelector("form")!;
  const list = app.querySelector<HTMLOListElement>("#results")!;
  const status = app.querySelector<HTMLElement>("#search-status")!;
  const more = app.querySelector<HTMLButtonElement>("#more")!;
  const speakerField = app.querySelector<HTMLInputElement>("#speaker");
  const names = app.querySelector<HTMLDataListElement>("#speaker-names");
  /** Results shown at first and added by each "show more" (the page sets it: 50). */
  const PAGE = Number(app.dataset.page) || 50;
  /** Results painted as soon as their rows are in, before the rest of the first page (the page sets it: 10). */
  const FIRST = Math.min(PAGE, Number(app.dataset.first) || PAGE);
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const c = control(f);
    if (c && params.has(f)) c.value = params.get(f) ?? "";
  }
  let searcher: ReturnType<typeof makeSearcher>;
  try {
    // The meta is in the page (<meta name="search-index">); meta.json holds the same.
    const inPage = document.querySelector<HTMLMetaElement>('meta[name="search-index"]')?.content;
    const meta = inPage ? (JSON.parse(inPage) as SearchMeta) : await getJson<SearchMeta>(href("/search/meta.json"));
    const file = <T>(kind: string) => (k: number) => getJson<T>(href(`/search/${kind}-${k}.json`));
    searcher = makeSearcher(meta, {
      vocab: file("vocab"),
      postings: file("postings"),
      speakers: file("speakers"),
      who: file("who"),
      latest: file("latest"),
      dates: () => getJson(href("/search/dates.json")),
      facets: file("facets"),
      display: file("display"),
    });
    // The speaker field offers the most quoted speakers, then those whose names start as typed.
    if (speakerField && names) {
      const offer = (people: Array<{ name: string }>) =>
        names.replaceChildren(
          ...[...new Set(people.map((p) => p.name))].map((name) => {
            const o = el("option");
            o.value = name;
            return o;
          }),
        );
      let asked = "";
      const suggest = async () => {
        const typed = speakerField.value;
        if (typed === asked) return;
        asked = typed;
        const people = tokenize(typed).length ? await searcher.suggestSpeakers(typed).catch(() => []) : meta.top.map(([, name]) => ({ name }));
        if (asked === typed) offer(people);
      };
      speakerField.addEventListener("focus", () => void suggest());
      speakerField.addEventListener("input", () => void suggest());
    }
  } catch {
    status.textContent = "The search index could not be loaded. Browse the speakers and topics instead.";
    return;
  }

  let generation = 0;
  let last: string | undefined;
  let shown: Hit[] = [];
  let shownCount = 0;
  /** the words of the index each shown hit matched, for marking */
  let termsOf = (_: number): string[] => [];

  /** One result: who, where, when, stance on what, and the whole statement with the matched words marked. */
  const item = (h: Hit, d: Display) => {
    const terms = termsOf(h.index);
    const li = el("li");
    const a = el("a", undefined, "result");
    a.href = href(`/claims/${d.id}/`);
    const head = el("span", undefined, "result-head");
    const time = el("time", formatDate(d.date));
    if (d.date) time.dateTime = d.date;
    head.append(el("strong", d.speaker), el("span", d.outlet ? ` · ${d.outlet}` : "", "result-outlet"), el("span", " · "), time, el("span", " · "), el("span", stanceLabel(d.stance, d.topic), `stance stance-${d.stance}`));
    const text = el("span", undefined, "result-text");
    text.append(...(d.quoted ? ["“", marked(d.statement, terms), "”"] : [marked(d.statement, terms)]));
    a.append(head, text);
    li.append(a);
    return li;
  };

  /** The next `count` results, once their display files are in (the button is hidden meanwhile, so a second press cannot take the same results). */
  const nextPage = async (count = PAGE): Promise<HTMLLIElement[] | null> => {
    const mine = generation;
    const from = shownCount;
    const page = shown.slice(from, from + count);
    shownCount += page.length;
    more.hidden = true;
    try {
      const rows = await searcher.displayMany(page.map((h) => h.index));
      if (mine !== generation) return null;
      return page.map((h, k) => item(h, rows[k]!));
    } catch (e) {
      // their rows did not come: they are still to show, and the button is back to ask again
      if (mine === generation) {
        shownCount = from;
        showMoreButton();
      }
      throw e;
    }
  };
  const showMoreButton = () => {
    const rest = shown.length - shownCount;
    more.hidden = rest <= 0;
    more.textContent = `Show ${Math.min(rest, PAGE)} more (${rest} not shown)`;
  };
  // "Show more" moves the focus to the first result it adds.
  more.addEventListener("click", async () => {
    const items = await nextPage().catch(() => null);
    if (!items) return;
    list.append(...items);
    showMoreButton();
    items[0]?.querySelector("a")?.focus();
  });

  /** The count and the first results, painted as soon as their display files are in; then the rest of the first page. */
  const render = async (hits: Hit[], undated: number, terms: (i: number) => string[], q: string, note: string) => {
    const mine = generation;
    shown = hits;
    termsOf = terms;
    shownCount = 0;
    const items = await nextPage(FIRST);
    if (mine !== generation || !items) return;
    const n = hits.length;
    const left = undated ? ` ${undated} undated statement${undated === 1 ? " is" : "s are"} left out: an undated statement is in no date range.` : "";
    status.textContent = n
      ? `${n} statement${n === 1 ? "" : "s"}${q ? ` for “${q}”` : ""}.${left}${note}`
      : `No statements match.${left}${note} Try fewer words, or browse the speakers and topics.`;
    list.replaceChildren(...items);
    // then the rest of the page, once the first results are on screen: its fetches and rows
    // would otherwise take the main thread and connections while they are painted
    await afterPaint();
    if (mine !== generation) return;
    const later = await nextPage(PAGE - FIRST).catch(() => null);
    if (mine !== generation || !later) return;
    list.append(...later);
    showMoreButton();
  };

  /** The speaker field's value: a speaker's id, or a name (the URL keeps the id when the name is one speaker's). */
  const speakerOf = async (value: string) => {
    if (!value) return { param: "", note: "" };
    const found = await searcher.speakersNamed(value).catch(() => []);
    if (found.length === 1) {
      // show the name, keep the id
      if (speakerField && speakerField.value.trim() === value && value === found[0]!.id && document.activeElement !== speakerField) speakerField.value = found[0]!.name;
      return { param: found[0]!.id, note: "" };
    }
    return { param: value, note: found.length ? "" : ` No speaker is named “${value}”.` };
  };

  const run = async () => {
    const values = Object.fromEntries(FIELDS.map((f) => [f, control(f)?.value.trim() ?? ""]));
    values.from = dateFilter(values.from!);
    values.to = dateFilter(values.to!);
    const { q = "", ...rest } = values;
    if (Object.values(values).some(Boolean)) searcher.prefetch(q);
    const speaker = await speakerOf(values.speaker ?? "");
    values.speaker = speaker.param;
    const filters: Filters = Object.fromEntries(Object.entries(rest).filter(([, v]) => v));
    const active = Object.entries(values).filter(([, v]) => v);
    // The same search again (a late keystroke timer): keep the results, and the focus in them.
    const state = new URLSearchParams(active).toString();
    if (state === last) return;
    last = state;
    history.replaceState(null, "", active.length ? `?${state}` : location.pathname);
    const mine = ++generation;
    if (!active.length) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Type to search, or pick a speaker, topic or stance.";
      return;
    }
    try {
      const { hits, undated, terms } = await searcher.query(q, filters);
      if (mine === generation) await render(hits, undated, terms, q, speaker.note);
    } catch {
      // An index file did not come (the searcher forgets it): the same search again asks again.
      if (mine !== generation) return;
      last = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Part of the search index could not be loaded. Search again to retry.";
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("input", (e) => {
    clearTimeout(timer);
    // A name being typed in the speaker field searches once it is a speaker's name (or cleared); a change (Enter, leaving the field) searches anyway.
    const typing = e.target === speakerField && speakerField;
    timer = setTimeout(async () => {
      if (typing && typing.value.trim() && !(await searcher.speakersNamed(typing.value).catch(() => [])).length) return;
      void run();
    }, 150);
  });
  speakerField?.addEventListener("change", () => {
    clearTimeout(timer);
    void run();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });

  // Arrow keys move between the box and the results; Enter follows a link as usual.
  app.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a.result")];
    if (!links.length) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const box = control("q") as HTMLInputElement;
    if (document.activeElement === box && e.key === "ArrowDown") links[0]!.focus();
    else if (i >= 0) (e.key === "ArrowDown" ? links[Math.min(i + 1, links.length - 1)]! : i === 0 ? box : links[i - 1]!).focus();
    else return;
    e.preventDefault();
  });
  await run();
}
