"""The web interface in a real browser: Debian's chromium driven by Playwright.

The server runs in a thread on 127.0.0.1 over a store with the sample articles,
one rejected input and one hostile article (scripts, event handlers and a
``javascript:`` link in its title, text and URL). Every page is visited; no
JavaScript error may occur, no request may leave 127.0.0.1, and nothing from
the hostile article may run. ``tests/test_web_t17.py`` does the same on a store
of real news (a Timeline17 topic). Screenshots go to test-artifacts/screenshots
(ignored by git); ``make screenshots`` writes the README's into docs/screenshots.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.browser import Watched, serving
from tests.conftest import EXAMPLES
from tidings.cli import main

HOSTILE = {
    "id": "hostile-1",
    "title": "Summit <script>window.__xss = 'title'</script><img src=x onerror=\"window.__xss='img-title'\">",
    "url": "javascript:window.__xss='url'",
    "outlet": "<b onmouseover=\"window.__xss='outlet'\">Evil Wire</b>",
    "published": "2019-09-13",
    "text": (
        "MOSCOW, September 13, 2019\n\n"
        "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in Sochi on Thursday "
        "<script>window.__xss='text'</script> to discuss Syria <img src=x onerror=\"window.__xss='img'\"> "
        "and <a href=\"javascript:window.__xss='link'\">security</a> along the border.\n\n"
        "The two leaders spoke for three hours, officials said, and agreed to keep their military coordination "
        "<svg onload=\"window.__xss='svg'\"></svg> in place."
    ),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("web")
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = folder / "web.db"
    for path in (EXAMPLES / "articles", folder):
        result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--no-progress"])
        assert result.exit_code == 0, result.output
    with serving(db) as url:
        yield url


@pytest.fixture
def watched(browser: Any, server: str) -> Iterator[Watched]:
    w = Watched(browser, server)
    yield w
    w.check()
    w.close()


def test_search_page_and_filters(watched: Watched) -> None:
    page = watched.go("/")
    assert page.locator("table.events tbody tr").count() >= 10
    watched.shot("demo-search")
    page.fill("input[name=actor]", "Netanyahu")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"actor=Netanyahu"))
    page.wait_for_load_state("networkidle")
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 3
    assert all("Netanyahu" in rows.nth(i).inner_text() for i in range(rows.count()))
    page.select_option("select[name=type]", "CONSULT")
    page.wait_for_url(re.compile(r"type=CONSULT"))
    page.wait_for_load_state("networkidle")
    assert "CONSULT" in page.locator("table.events tbody tr").first.inner_text()
    page.fill("input[name=q]", "Sochi")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"q=Sochi"))
    page.wait_for_load_state("networkidle")
    assert page.locator("#total").inner_text().split()[0] != "0"
    csv_link = page.locator(".downloads a", has_text="CSV").get_attribute("href")
    assert csv_link is not None and "format=csv" in csv_link and "q=Sochi" in csv_link


def test_timeline_page_zooms(watched: Watched) -> None:
    page = watched.go("/timeline")
    page.wait_for_selector("#timeline[data-ready='1']")
    assert page.locator(".vis-item").count() > 0
    watched.shot("demo-timeline")
    before = page.evaluate("(() => { const w = document.getElementById('timeline').timeline.getWindow(); return w.end - w.start; })()")
    page.click("#zoom-in")
    page.wait_for_timeout(700)
    after = page.evaluate("(() => { const w = document.getElementById('timeline').timeline.getWindow(); return w.end - w.start; })()")
    assert after < before
    page = watched.go("/timeline?group=pair&type=CONSULT")
    page.wait_for_selector("#timeline[data-ready='1']")
    labels = page.locator(".vis-label").all_inner_texts()
    assert labels and any("–" in label for label in labels)


def test_event_page_highlights_its_sources(watched: Watched) -> None:
    page = watched.go("/?q=Helsinki&type=CONSULT&status=occurred")
    page.locator("table.events tbody tr td.date a").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.startswith(watched.base + "/event/ev_")
    marks = page.locator(".source-text mark")
    assert marks.count() >= 1
    sentences = page.locator("ol.sources li > a").all_inner_texts()
    marked = " ".join(marks.all_inner_texts())
    assert any(" ".join(s.split())[:60] in " ".join(marked.split()) for s in sentences)
    assert "precision: day" in page.locator("#date").inner_text()
    watched.shot("demo-event")
    page.locator("ol.sources li > a").first.click()  # jumps to the highlighted sentence in its article
    page.wait_for_timeout(300)
    assert marks.first.is_visible()
    watched.shot("event-source")


def test_actor_page_chart_and_network(watched: Watched) -> None:
    page = watched.go("/?actor=Putin")
    page.locator("table.events tbody tr td.date a").first.click()
    page.wait_for_load_state("networkidle")
    page.locator(".facts a[href^='/actor/']", has_text="Putin").first.click()
    page.wait_for_load_state("networkidle")
    page.wait_for_selector("#chart[data-ready='1'] svg")
    page.wait_for_selector("#network[data-ready='1'] canvas")
    assert "Netanyahu" in page.locator(".ties").inner_text()
    assert "Netanyahu" in page.locator("#ties-1").inner_text()  # they meet (CONSULT)
    assert page.locator("h1").inner_text() == "Vladimir Putin"


def test_articles_page_lists_rejected_inputs(watched: Watched) -> None:
    page = watched.go("/articles")
    assert page.locator("table.events").first.locator("tbody tr").count() >= 12
    rejected = page.locator("#rejected ~ table").inner_text()
    assert "empty.txt" in rejected and "empty" in rejected
    page.locator("table.events").first.locator("tbody tr td a").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.startswith(watched.base + "/article/")
    assert not page.locator("p.byline").inner_text().strip().startswith("·")  # no stray separator without an outlet


def test_hostile_article_is_shown_not_run(watched: Watched) -> None:
    page = watched.go("/?q=Sochi&since=2019-09-12&until=2019-09-12")
    page.wait_for_load_state("networkidle")
    for href in page.locator("table.events tbody tr td.date a").evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        page = watched.go(href)
        text = page.locator("body").inner_text()
        if "window.__xss" in text:
            break
    else:
        pytest.fail("the hostile article's event was not found")
    # The payloads are visible as text, and no element they describe exists.
    assert "<script>window.__xss='text'</script>" in text
    assert page.locator("svg[onload], img[onerror], a[href^='javascript:']").count() == 0
    hostile = page.locator(".source-text h3 a").filter(has_text="Summit").first
    hostile.click()
    page.wait_for_load_state("networkidle")
    assert "<script>" in page.locator("h1").inner_text()
    assert page.locator("a[href^='javascript:'], [onerror], [onload], [onmouseover]").count() == 0
    page.mouse.move(200, 200)
    page.hover("h1")
    watched.go("/articles")
    watched.go("/api/articles")
    assert watched.page.evaluate("window.__xss === undefined")


def test_every_page_answers_the_json_api(server: str) -> None:
    import httpx

    with httpx.Client(base_url=server) as client:
        spec = client.get("/openapi.json").json()
        assert {"/api/events", "/api/timeline", "/api/actors", "/api/articles"} <= set(spec["paths"])
        events = client.get("/api/events", params={"actor": "Netanyahu", "size": 5}).json()
        assert events["total"] >= 3 and len(events["events"]) <= 5
        csv_text = client.get("/api/events", params={"format": "csv", "type": "CONSULT"}).text
        assert csv_text.splitlines()[0].startswith("id,type,mode,status")
        assert client.get("/api/events", params={"size": 100000}).status_code == 422  # page sizes are bounded
        assert client.get("/api/events", params={"since": "'; DROP TABLE events; --"}).status_code == 422
        assert client.get("/event/..%2F..%2Fetc%2Fpasswd").status_code == 404
        assert client.get("/static/../pyproject.toml").status_code == 404
        assert client.get("/api/timeline", params={"max_dates": 3}).json()["dates"]
        rejected_csv = client.get("/api/articles", params={"list": "rejected", "format": "csv"}).text
        assert rejected_csv.startswith("source,reason,detail") and "empty.txt" in rejected_csv


def test_reads_while_an_ingest_writes_and_shows_new_events_on_reload(tmp_path: Path) -> None:
    import httpx

    db = tmp_path / "live.db"
    first = tmp_path / "first"
    first.mkdir()
    for name in ("2018-07-16-helsinki-summit.txt", "2019-04-04-kremlin-before-election.txt"):
        (first / name).write_text((EXAMPLES / "articles" / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(first), "--db", str(db), "--no-progress"]).exit_code == 0
    with serving(db) as url, httpx.Client(base_url=url) as client:
        _read_during_write(client, db)


def _read_during_write(client: Any, db: Path) -> None:
    from tidings.store import Store

    before = client.get("/api/events").json()["total"]
    writer = Store(db)
    writer.db.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a batch
    writer.db.execute("INSERT INTO rejected VALUES ('d1', 'x.bin', 'binary', 'test', '2026-01-01')")
    assert client.get("/").status_code == 200
    assert client.get("/api/events").json()["total"] == before
    writer.db.execute("COMMIT")
    writer.close()
    assert CliRunner().invoke(main, ["ingest", str(EXAMPLES / "articles"), "--db", str(db), "--no-progress"]).exit_code == 0
    assert client.get("/api/events").json()["total"] > before
    assert "x.bin" in client.get("/articles").text
