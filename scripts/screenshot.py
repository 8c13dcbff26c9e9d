"""Screenshot of the HTML report on the demo corpus, for the README: docs/report.png (1200 px wide).

Usage: .venv/bin/python scripts/screenshot.py [--out docs/report.png] [--height PIXELS]
Needs Debian's chromium (scripts/install-browser.sh) and the test extra (Playwright). Makes no network request.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "examples" / "flood-marrowby"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
WIDTH = 1200


def write_report(folder: Path) -> Path:
    from claimledger import api
    from claimledger.outputs.report import render_report
    from claimledger.settings import Settings
    from claimledger.store.sqlite import Store

    settings = Settings(db=f"sqlite:///{folder / 'demo.db'}", progress=False)
    with Store(settings.db) as store:
        api.ingest([str(DEMO)], store, settings)
        html = render_report(api.ledger_from_store(store, settings), list(store.documents()),
                             list(store.claims()), list(store.spans()))
    out = folder / "report.html"
    out.write_text(html, encoding="utf-8")
    return out


def screenshot(report: Path, out: Path, height: int | None) -> None:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        sys.exit("no chromium: run scripts/install-browser.sh")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": height or 900})
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out), full_page=height is None)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "report.png")
    parser.add_argument("--height", type=int, default=None, help="Only the top PIXELS of the page (default: all).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        screenshot(write_report(Path(folder)), args.out, args.height)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
