"""How fast the web pages render and the search answers with 10,000 events in the store.

The store is built through the store's own code path (``add_article``,
``add_sentences``, ``link_mention``) from generated articles and event mentions
(2,000 articles, five reports each, 60 actors, 16 types, 40 places, ten years;
each sentence has a few words drawn from a Zipf-like vocabulary, so that some
words are in nearly every sentence and others in a few), so that it has the
size and shape of a real one without hours of parsing. Then the server runs on
127.0.0.1 and

- every page is timed twice: the server's answer (median of 5 requests, httpx)
  and the full load in Debian's chromium (Playwright: navigation until the load
  event and the page's widget has drawn);
- the search page is asked for every word of the vocabulary alone (by relevance
  and by date): the server time of each (median of 3), the slowest reported.

    python bench/web_bench.py        # make bench-web
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest_bench import machine, report  # noqa: E402
from tidings import link, temporal  # noqa: E402
from tidings.models import EVENT_TYPES, Article, DatedSentence, Entity, EventMention, Location, SourceRef, Span  # noqa: E402
from tidings.store import Store  # noqa: E402

COUNTRIES = ["ISR", "RUS", "USA", "CHN", "IRN", "TUR", "FRA", "DEU", "GBR", "UKR", "EGY", "SAU", "JPN", "IND", "BRA"]
# Words of the generated sentences: the template's own are in every sentence; these are drawn with Zipf-like weights.
VOCABULARY = [
    "talks",
    "summit",
    "ceasefire",
    "sanctions",
    "troops",
    "border",
    "missile",
    "election",
    "protest",
    "embassy",
    "treaty",
    "nuclear",
    "aid",
    "refugees",
    "rebels",
    "airstrike",
    "parliament",
    "minister",
    "spokesman",
    "agreement",
    "negotiations",
    "envoy",
    "convoy",
    "harbour",
    "pipeline",
    "oil",
    "gas",
    "drought",
    "vaccine",
    "court",
    "verdict",
    "strike",
    "blockade",
    "frontier",
    "capital",
    "delegation",
    "visit",
    "phone",
    "statement",
    "warning",
]
TEMPLATE_WORDS = ["were", "reported", "in", "event", "on", "a", "day", "of", "that", "week", "officials", "said"]
PLACES = [(f"City{i}", COUNTRIES[i % len(COUNTRIES)], -40 + (i * 7) % 90, -120 + (i * 37) % 300) for i in range(40)]


def build_store(path: Path, n_articles: int = 2000, per_article: int = 5, seed: int = 7) -> int:
    rng = random.Random(seed)  # noqa: S311 (generated test data)
    people = [Entity(f"person {i}", f"Leader{i} Surname{i}", "PERSON", COUNTRIES[i % len(COUNTRIES)], "GOV", "Minister") for i in range(60)]
    weights = [1 / (rank + 1) for rank in range(len(VOCABULARY))]
    store = Store(path)
    start = dt.date(2014, 1, 1)
    with store.transaction():
        for a in range(n_articles):
            published = start + dt.timedelta(days=rng.randrange(3650))
            sentences = []
            for k in range(per_article):
                x, y = rng.sample(people, 2)
                words = " ".join(rng.choices(VOCABULARY, weights, k=3))
                sentences.append(f"{x.name} and {y.name} were reported in event {a}-{k} ({words}) on a day of that week, officials said.")
            text = "CITY, " + published.isoformat() + "\n\n" + " ".join(sentences)
            article = Article(
                id=f"bench-{a}",
                source=f"bench/{a}.txt",
                raw=text,
                text=text,
                offsets=(Span(0, len(text), 0, len(text)),),
                title=f"Generated article {a}",
                url=f"https://example.org/{a}",
                outlet=f"outlet{a % 40}",
                published=published,
                published_source="bench",
                published_confidence=1.0,
            )
            store.add_article(article)
            offsets, pos = [], len("CITY, ") + 10 + 2
            for s in sentences:
                offsets.append((pos, pos + len(s)))
                pos += len(s) + 1
            store.add_sentences(article.id, [DatedSentence(i, s, e, ()) for i, (s, e) in enumerate(offsets)])
            for s, e in offsets:
                x, y = rng.sample(people, 2)
                day = published - dt.timedelta(days=rng.randrange(3))
                mention = EventMention(
                    type=rng.choice(EVENT_TYPES),
                    mode=None,
                    status="occurred",
                    actors=(x,),
                    recipients=(y,),
                    date=temporal.point_from_value(day.isoformat()),
                    location=Location(*place) if (place := rng.choice(PLACES + [None] * 20)) else None,
                    source=SourceRef(article.id, text[s:e], s, e, article.url, article.outlet, published.isoformat()),
                    trigger="met",
                    contexts=("diplomatic",),
                    confidence=0.8,
                )
                link.link_mention(mention, store)
    n = store.count_events()
    store.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument(
        "--store", type=Path, help="build the store here, or use the one already there (its build time is then not measured)"
    )
    args = parser.parse_args()
    import httpx
    import uvicorn
    from playwright.sync_api import sync_playwright

    from tidings.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = args.store or Path(tmp) / "web.db"
        t0 = time.perf_counter()
        reused = db.exists()
        if reused:
            store = Store(db)  # migrated if it must be
            n_events = store.count_events()
            store.close()
        else:
            n_events = build_store(db)
        build_s = time.perf_counter() - t0
        store = Store(db, readonly=True)
        top = store.entity_rows("PERSON", limit=1)[0]
        some_event = store.events(store_filter(limit=1, offset=5000))[0]
        store.close()
        srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=8799, log_level="warning"))
        threading.Thread(target=srv.run, daemon=True).start()
        while not srv.started:
            time.sleep(0.05)
        base = "http://127.0.0.1:8799"
        pages = [
            ("search (first page)", "/", None),
            ("search: words", "/?q=officials+reported", None),
            ("search: a word in every sentence, by date", "/?q=officials&order=date", None),
            ("search: actor + type", f"/?actor={top['name']}&type=CONSULT", None),
            ("timeline (all events)", "/timeline", "#timeline[data-ready='1']"),
            ("event", f"/event/{some_event.id}", None),
            ("actor (most active)", f"/actor/{top['id']}", "#network[data-ready='1']"),
            ("map (all events)", "/map", "#map[data-ready='1']"),
            ("articles and rejected", "/articles", None),
            ("articles: words", "/articles?q=ceasefire", None),
            ("article", "/article/bench-500", None),
            ("API: events JSON", "/api/events", None),
            ("API: events CSV, 200 rows", "/api/events?format=csv&size=200", None),
            ("API: timeline items", "/api/timeline-items", None),
            ("API: map", "/api/map", None),
        ]
        rows = []
        with httpx.Client(base_url=base, timeout=30) as client, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            for name, path, ready in pages:
                client.get(path)  # warm
                server, cpu = [], []
                for _ in range(5):
                    t, c = time.perf_counter(), time.process_time()
                    r = client.get(path)
                    server.append(time.perf_counter() - t)
                    cpu.append(time.process_time() - c)
                    assert r.status_code == 200, (path, r.status_code)
                loads = []
                if not path.startswith("/api/"):
                    for _ in range(3):
                        t = time.perf_counter()
                        page.goto(base + path, wait_until="load")
                        if ready:
                            page.wait_for_selector(ready, timeout=30000)
                        loads.append(time.perf_counter() - t)
                rows.append((name, statistics.median(server), statistics.median(cpu), statistics.median(loads) if loads else None))
            browser.close()
            searches = search_times(client)
        load = os.getloadavg()[1]
        srv.should_exit = True
    lines = [
        f"### {dt.date.today().isoformat()}: web pages and one-word searches with {n_events} events in the store",
        "",
        f"Machine: {machine()}. Store of 2,000 generated articles built {'beforehand' if reused else f'in {build_s:.0f} s'}"
        " through the store's own code;"
        " server answer: median of 5 requests (httpx); browser: median of 3 full loads in Debian's chromium"
        " (until the load event and the page's widget has drawn)."
        f" Load average while it ran (5 min): {load:.1f} on {os.cpu_count()} cores (other processes share the machine).",
        "",
        "| page | server s | server CPU s | browser s |",
        "|---|---|---|---|",
    ]
    for name, server_s, cpu_s, load_s in rows:
        lines.append(f"| {name} | {server_s:.3f} | {cpu_s:.3f} | {'' if load_s is None else f'{load_s:.3f}'} |")
    worst = max(max(s, b or 0) for _n, s, _c, b in rows)
    lines += ["", f"Slowest page: **{worst:.2f} s** (the target is under 1 s).", ""]
    slowest = sorted(searches, key=lambda r: -r[3])
    lines += [
        f"One-word searches (`/?q=WORD`, {len(searches) // 2} words, by relevance and by date; server time and the"
        " CPU time it took (server thread and client, one process: what the answer costs however loaded the machine),"
        " median of 3), the ten slowest:",
        "",
        "| word | order | events | server s | CPU s |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {w} | {o} | {n} | {t:.3f} | {c:.3f} |" for w, o, n, t, c in slowest[:10]]
    cpu_worst = max(r[4] for r in searches)
    lines += [
        "",
        f"Slowest one-word search: **{slowest[0][3] * 1000:.0f} ms** server time, **{cpu_worst * 1000:.0f} ms** CPU"
        " (the target is under 300 ms).",
        "",
    ]
    report("\n".join(lines), record=not args.no_record)


def search_times(client: object) -> list[tuple[str, str, int, float, float]]:
    """(word, order, events found, median server seconds, median CPU seconds) of the search page for each word alone."""
    import re

    import httpx

    assert isinstance(client, httpx.Client)
    out = []
    for word in sorted({*TEMPLATE_WORDS, *VOCABULARY, "article", "generated", "leader7", "surname12"}):
        for order in ("relevance", "date"):
            times, cpu = [], []
            for _ in range(3):
                t, c = time.perf_counter(), time.process_time()
                r = client.get("/", params={"q": word, "order": order})
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
                assert r.status_code == 200, (word, r.status_code)
            found = re.search(r'id="total">(\d+)', r.text)
            out.append((word, order, int(found.group(1)) if found else -1, statistics.median(times), statistics.median(cpu)))
    return out


def store_filter(**kw: object) -> object:
    from tidings.store import EventFilter

    return EventFilter(**kw)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
