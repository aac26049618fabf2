"""What the browser tests share: the app served on 127.0.0.1, Debian's chromium, a watched page.

A ``Watched`` page records JavaScript errors, dialogs and every request; its
``check`` fails a test on an error, on a request that leaves 127.0.0.1 and on
a hostile script that ran. Screenshots go to test-artifacts/screenshots
(ignored by git), or to $TIDINGS_SCREENSHOTS (``make screenshots`` sets
docs/screenshots).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

CHROMIUM = os.environ.get("TIDINGS_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("TIDINGS_SCREENSHOTS") or ROOT / "test-artifacts" / "screenshots")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app over ``db`` on a free port of 127.0.0.1, in a thread."""
    import uvicorn

    from tidings.web import create_app

    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        assert time.time() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{srv.config.port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no chromium at {CHROMIUM}: `make test` installs Debian's chromium (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Watched:
    """A page whose errors, dialogs and requests are recorded."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("request", lambda req: self.requests.append(req.url))
        self.page.on("response", lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def go(self, path: str) -> Any:
        response = self.page.goto(self.base + path, wait_until="networkidle")
        assert response is not None and response.status == 200, f"{path}: {response.status if response else None}"
        return self.page

    def check(self) -> None:
        assert not self.errors, f"JavaScript errors: {self.errors}"
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"
        outside = [u for u in self.requests if not (u.startswith(self.base) or u.startswith("data:") or u.startswith("blob:"))]
        assert not outside, f"requests left 127.0.0.1: {outside}"
        assert self.page.evaluate("window.__xss === undefined"), "hostile script ran"

    def shot(self, name: str, full_page: bool = False) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)

    def close(self) -> None:
        self.page.close()
