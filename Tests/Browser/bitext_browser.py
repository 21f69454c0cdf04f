"""Headless Chromium for Bitext's review page, driven by Selenium.

Shared by the browser test (review_page_browser.py) and the load-time benchmark
(review_page_timing.py, run by `bitext-bench review`). Needs Debian's `chromium` and
`chromium-driver` and the venv of Tests/Browser/setup.sh. The page's hooks (element ids,
`body[data-ready]`, `window.bitextReview`) are listed at the top of
Sources/BitextReview/Page/review.js.
"""

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

# How long a page may take to load or a step to show (seconds).
TIMEOUT = 60

# Page data embedded by ReviewPage (see ReviewPageData.swift).
_DATA = re.compile(r'<script type="application/json" id="bitext-data">(.*?)</script>', re.S)

# Records when the page set body[data-ready], in ms since navigation started; installed in
# every document before its own scripts run.
_READY_OBSERVER = """
(function () {
  const seen = () => {
    if (document.body && document.body.dataset.ready === 'true' && !window.__bitextReadyAt) {
      window.__bitextReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready']});
})();
"""


def program(environment_name, *names):
    """The path of a program: $environment_name if set, else the first of names on PATH."""
    given = os.environ.get(environment_name)
    if given:
        return given
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing_programs():
    """What is missing to run Chromium headless, in words (empty when nothing is)."""
    missing = []
    if not program("BITEXT_CHROMIUM", "chromium", "chromium-browser"):
        missing.append("chromium (apt-get install chromium)")
    if not program("BITEXT_CHROMEDRIVER", "chromedriver"):
        missing.append("chromedriver (apt-get install chromium-driver)")
    return missing


class Browser:
    """One headless Chromium window, closed with the `with` block."""

    def __init__(self, width=1400, height=900, downloads=None):
        missing = missing_programs()
        if missing:
            raise RuntimeError("missing: " + ", ".join(missing))
        options = webdriver.ChromeOptions()
        options.binary_location = program("BITEXT_CHROMIUM", "chromium", "chromium-browser")
        for argument in (
            "--headless=new",
            "--no-sandbox",  # Debian's chromium refuses to run as root with its sandbox
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--hide-scrollbars",
            "--enable-precise-memory-info",
            "--force-device-scale-factor=1",
            f"--window-size={width},{height}",
        ):
            options.add_argument(argument)
        service = Service(executable_path=program("BITEXT_CHROMEDRIVER", "chromedriver"))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_script_timeout(TIMEOUT)
        # The window's size counts its frame: grow it until the page gets width × height.
        inner = self.driver.execute_script("return [innerWidth, innerHeight]")
        if inner != [width, height]:
            self.driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])
        self.driver.execute_cdp_cmd(
            "Page.addScriptToEvaluateOnNewDocument", {"source": _READY_OBSERVER})
        if downloads is not None:
            self.driver.execute_cdp_cmd(
                "Browser.setDownloadBehavior",
                {"behavior": "allow", "downloadPath": str(downloads)})

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.driver.quit()

    def open(self, page):
        """Opens a page file from disk and waits for body[data-ready]; returns the time from
        the start of navigation to data-ready, in ms."""
        self.driver.get("about:blank")
        self.driver.get(Path(page).resolve().as_uri())
        self.wait_for(
            lambda d: d.execute_script("return document.body && document.body.dataset.ready"),
            "the page never set body[data-ready]")
        return self.driver.execute_script("return window.__bitextReadyAt || null")

    def wait_for(self, condition, message, timeout=TIMEOUT):
        """Waits until condition(driver) is true; fails with message."""
        return WebDriverWait(self.driver, timeout).until(condition, message)

    def js(self, script, *arguments):
        """Runs a script in the page; returns its value."""
        return self.driver.execute_script(script, *arguments)

    def review(self, call, *arguments):
        """Calls window.bitextReview.<call>(arguments...); returns its value."""
        return self.driver.execute_script(
            f"return window.bitextReview.{call}(...arguments)", *arguments)

    def next_frame(self):
        """Waits until the page has drawn a frame (two animation frames)."""
        self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "requestAnimationFrame(() => requestAnimationFrame(() => done(null)));")

    def heap_used(self):
        """The page's JavaScript heap in use after a garbage collection, in bytes."""
        self.driver.execute_cdp_cmd("HeapProfiler.collectGarbage", {})
        return self.driver.execute_cdp_cmd("Runtime.getHeapUsage", {})["usedSize"]


def page_data(page):
    """The data a review page embeds (#bitext-data), as Python objects."""
    match = _DATA.search(Path(page).read_text(encoding="utf-8"))
    if not match:
        raise ValueError(f"{page}: no #bitext-data")
    return json.loads(match.group(1))


def bitext(binary, *arguments, check=True):
    """Runs the bitext command-line tool; returns the completed process (text output)."""
    result = subprocess.run(
        [str(binary), *map(str, arguments)], capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise RuntimeError(
            f"bitext {' '.join(map(str, arguments))} exited {result.returncode}: {result.stderr}")
    return result


def elapsed_ms(start):
    """Milliseconds since start (a time.perf_counter() value)."""
    return (time.perf_counter() - start) * 1000
