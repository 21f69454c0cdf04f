#!/usr/bin/env python3
"""Load time and memory of Bitext review pages in headless Chromium.

    .venv-test/bin/python Tests/Browser/review_page_timing.py PAGE.html... [--runs 3]

`bitext-bench review` writes the pages and runs this; it prints one JSON object a line per
page, its figures the best of --runs loads (each a fresh navigation):

- ready_ms: from the start of navigation to body[data-ready] (the page parsed, its data
  decoded and the first rows drawn);
- heap_mb: the page's JavaScript heap in use once drawn, after a garbage collection (DevTools'
  Runtime.getHeapUsage);
- scroll_ms: from setting the bead list's scroll position to its middle to the end of the
  frame that drew the rows there;
- filter_ms: from "Flagged beads only" (setFlaggedOnly(true)) to the end of the frame that
  drew the filtered rows.
"""

import argparse
import json
import sys
from pathlib import Path

from bitext_browser import Browser

# Resolves with the time (ms) from `start` to the end of the next frame: a task posted from
# an animation frame callback runs once that frame's callbacks, layout and paint are done.
_AFTER_NEXT_FRAME = """
const afterNextFrame = (start) => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now() - start);
  channel.port2.postMessage(null);
}));
"""

_SCROLL = _AFTER_NEXT_FRAME + """
const done = arguments[arguments.length - 1];
const rows = document.getElementById('rows');
const start = performance.now();
rows.scrollTop = (rows.scrollHeight - rows.clientHeight) / 2;
afterNextFrame(start).then((ms) => done({ms: ms, rendered: window.bitextReview.rendered()}));
"""

_FILTER = _AFTER_NEXT_FRAME + """
const done = arguments[arguments.length - 1];
const start = performance.now();
window.bitextReview.setFlaggedOnly(true);
afterNextFrame(start).then((ms) => done({ms: ms, state: window.bitextReview.state()}));
"""


def measure(browser, page, runs):
    """The best of `runs` loads of one page, with what it showed."""
    best = {}
    for _ in range(runs):
        ready = browser.open(page)
        heap = browser.heap_used()
        state = browser.review("state")
        scroll = browser.driver.execute_async_script(_SCROLL)
        middle = state["beads"] // 2
        if not scroll["rendered"] or not (
                min(scroll["rendered"]) <= middle + 50 and max(scroll["rendered"]) >= middle - 50):
            raise RuntimeError(f"{page}: after the scroll, beads {scroll['rendered']} are drawn")
        flagged = browser.driver.execute_async_script(_FILTER)
        if flagged["state"]["view"] != state["flagged"]:
            raise RuntimeError(f"{page}: the filter shows {flagged['state']['view']} beads")
        figures = {"ready_ms": ready, "heap_mb": heap / 1e6, "scroll_ms": scroll["ms"],
                   "filter_ms": flagged["ms"]}
        for key, value in figures.items():
            best[key] = min(best.get(key, value), value)
    return {"page": str(page), "mb": Path(page).stat().st_size / 1e6, "beads": state["beads"],
            "flagged": state["flagged"], "rendered": state["rendered"], "runs": runs, **best}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", type=Path, help="review pages")
    parser.add_argument("--runs", type=int, default=3, help="loads of each page (the best counts)")
    arguments = parser.parse_args()
    with Browser() as browser:
        for page in arguments.pages:
            print(json.dumps(measure(browser, page, max(1, arguments.runs))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
