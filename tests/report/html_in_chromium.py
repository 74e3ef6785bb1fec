#!/usr/bin/env python3
"""Renders the demo's HTML report in headless Chromium, with the network blocked, and checks it shows every exposure.

Usage: html_in_chromium.py EXPOSURE CHROMIUM

Writes `exposure demo --format html -o FILE` (the file must be mode 0600) and
`exposure demo --format json -o FILE` (the demo's values are deterministic),
dumps the DOM Chromium builds from the HTML file, and checks that:
- the Content-Security-Policy meta (default-src 'none') is in the page;
- there is one exposure section per exposure of the JSON report, and every
  exposure's display value is shown;
- the browser logged no console message (a blocked load, a CSP violation);
- a copy of the report with an inserted remote image does log a CSP
  violation, so the CSP is really enforced and the log check can fail.
Chromium runs with a throw-away profile, a dead proxy (127.0.0.1:9) and every
host name mapped to NOTFOUND, so nothing can reach the network.
Exits 0 when every check passes, 1 with the reasons otherwise.
"""

import html.parser
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

TIMEOUT_SECONDS = 45


class ReportDom(html.parser.HTMLParser):
    """Collects the CSP meta, exposure sections and shown values of a DOM."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.csp = []
        self.sections = 0
        self.values = []
        self._value_depth = 0
        self._value_text = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if (tag == "meta" and (attributes.get("http-equiv") or "").lower()
                == "content-security-policy"):
            self.csp.append(attributes.get("content") or "")
        if tag == "section" and "exposure" in classes:
            self.sections += 1
        if self._value_depth:
            self._value_depth += 1
        elif tag == "span" and "value" in classes:
            self._value_depth = 1
            self._value_text = ""

    def handle_endtag(self, tag):
        if self._value_depth:
            self._value_depth -= 1
            if not self._value_depth:
                self.values.append(self._value_text)

    def handle_data(self, data):
        if self._value_depth:
            self._value_text += data


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True,
                          timeout=TIMEOUT_SECONDS, **kwargs)


def render(chromium, path, work):
    """The DOM Chromium builds from `path`, and its console log lines."""
    profile = tempfile.mkdtemp(dir=work)
    env = dict(os.environ, HOME=work)
    result = run([
        chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr",
        "--v=0", "--dump-dom", "file://" + path], env=env)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"chromium exited with {result.returncode}:\n"
                           f"{result.stderr[-2000:]}")
    console = [line for line in result.stderr.splitlines()
               if ":CONSOLE" in line]
    return result.stdout, console


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    exposure, chromium = argv[1], argv[2]
    if not shutil.which(chromium):
        print(f"chromium not found ({chromium}): run scripts/setup.sh",
              file=sys.stderr)
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as work:
        html_path = os.path.join(work, "report.html")
        json_path = os.path.join(work, "report.json")
        for format_name, path in (("html", html_path), ("json", json_path)):
            result = run([exposure, "demo", "--format", format_name, "-o", path])
            if result.returncode != 0:
                print(f"exposure demo --format {format_name} exited with "
                      f"{result.returncode}:\n{result.stderr}", file=sys.stderr)
                return 1
        mode = stat.S_IMODE(os.stat(html_path).st_mode)
        if mode != 0o600:
            problems.append(f"the HTML report has mode {mode:o}, expected 600")
        with open(json_path, encoding="utf-8") as handle:
            report = json.load(handle)

        dom, console = render(chromium, html_path, work)
        parsed = ReportDom()
        parsed.feed(dom)
        if not any("default-src 'none'" in csp for csp in parsed.csp):
            problems.append(f"no Content-Security-Policy meta with "
                            f"default-src 'none' in the DOM: {parsed.csp}")
        exposures = report["exposures"]
        if not exposures:
            problems.append("the demo report has no exposures")
        if parsed.sections != len(exposures):
            problems.append(f"{parsed.sections} exposure sections rendered, "
                            f"{len(exposures)} exposures in the JSON report")
        for exposure_entry in exposures:
            shown = exposure_entry["display"] or exposure_entry["value"]
            if shown not in parsed.values:
                problems.append(f"{exposure_entry['category']} {shown!r} is "
                                f"not shown; shown: {parsed.values}")
        if console:
            problems.append("console messages while rendering:\n  " +
                            "\n  ".join(console))

        # The canary: the same report with a remote image must be blocked.
        canary_path = os.path.join(work, "canary.html")
        with open(html_path, encoding="utf-8") as handle:
            canary = handle.read().replace(
                "<body>", '<body><img src="http://example.com/pixel.png">', 1)
        with open(canary_path, "w", encoding="utf-8") as handle:
            handle.write(canary)
        _, canary_console = render(chromium, canary_path, work)
        if not any("Content Security Policy" in line
                   for line in canary_console):
            problems.append("a remote image in the report was not reported "
                            "as blocked by the Content-Security-Policy")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"rendered {len(exposures)} exposures in chromium, CSP enforced")
    return 1 if problems else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(error, file=sys.stderr)
        sys.exit(1)
