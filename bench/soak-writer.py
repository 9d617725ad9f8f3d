#!/usr/bin/env python3
"""The reporting and reviewing part of bench/soak, through the app's API as its users do it.

A department's reporter and the branch secretary, each logged in once with the login form (session cookie and
CSRF header, as the browser's htmx does), take turns on the department's accepted reports: the secretary reopens
one with a reason, the reporter raises one figure by one and resubmits it, the secretary accepts it again. Each
acceptance changes a figure of the national rollups. One cycle every INTERVAL seconds until killed (SIGTERM); then
one summary line: cycles, calls, errors by kind, and the calls' latency percentiles in ms.

usage: soak-writer.py BASE REPORTER SECRETARY INTERVAL REPORT_ID...
"""
import http.cookiejar
import json
import random
import re
import signal
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE, REPORTER, SECRETARY, INTERVAL = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
REPORTS = [int(r) for r in sys.argv[5:]]
PASSWORD = "kenes-demo"

latencies, errors, calls, cycles = [], {}, 0, 0


class Client:
    def __init__(self, user):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = self.opener.open(BASE + "/login").read().decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"username": user, "password": PASSWORD, "_csrf": csrf}).encode()
        self.opener.open(BASE + "/login", form).read()
        # Login changes the session and its token: the token of the new session is in every page's meta tag.
        page = self.opener.open(BASE + "/").read().decode()
        self.csrf = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
        if "logout" not in page:
            raise SystemExit(f"login of {user} failed")

    def call(self, method, path, body=None):
        global calls
        calls += 1
        request = urllib.request.Request(BASE + path, method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json",
                                                  "Accept": "application/json",
                                                  "X-CSRF-TOKEN": self.csrf})
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=10) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as e:
            kind = f"HTTP {e.code} {method} {re.sub(r'[0-9]+', '{id}', path)}"
            errors[kind] = errors.get(kind, 0) + 1
            print(f"{time.strftime('%H:%M:%S')} {kind}: {e.read()[:400]!r}", file=sys.stderr, flush=True)
            return None
        except Exception as e:  # timeouts, resets
            errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
            print(f"{time.strftime('%H:%M:%S')} {method} {path}: {e!r}", file=sys.stderr, flush=True)
            return None
        finally:
            latencies.append((time.monotonic() - started) * 1000)


def cycle(reporter, secretary, report_id):
    """Takes one report from whatever state it is in round to accepted again, with one figure one higher."""
    path = f"/api/v1/reporting/reports/{report_id}"
    report = secretary.call("GET", path)
    if report and report["status"] == "ACCEPTED":
        report = secretary.call("POST", path + "/reopen", {"version": report["version"], "comment": "soak: reopened"})
    if report and report["status"] in ("DRAFT", "RETURNED"):
        values = [{"indicator": v["indicator"], "actual": v.get("actual"), "reason": v.get("reason")}
                  for v in report["values"]]
        if values and values[0]["actual"] is not None:
            # An actual other than the one derived from the logged activities needs its reason.
            values[0]["actual"] = values[0]["actual"] + 1
            values[0]["reason"] = values[0]["reason"] or "soak: one more than logged"
        report = reporter.call("PUT", path, {"version": report["version"], "values": values,
                                             "narrativeKk": report.get("narrativeKk"),
                                             "narrativeRu": report.get("narrativeRu")})
        if report:
            report = reporter.call("POST", path + "/submit", {"version": report["version"]})
    if report and report["status"] in ("SUBMITTED", "RESUBMITTED"):
        report = secretary.call("POST", path + "/accept", {"version": report["version"]})
    return report is not None and report["status"] == "ACCEPTED"


def summary(*_):
    ordered = sorted(latencies) or [0]
    pick = lambda p: ordered[min(len(ordered) - 1, int(len(ordered) * p))]
    kinds = "; ".join(f"{k}: {v}" for k, v in sorted(errors.items())) or "none"
    print(f"WRITER cycles={cycles} calls={calls} errors={sum(errors.values())} "
          f"p50={pick(0.5):.1f} p95={pick(0.95):.1f} p99={pick(0.99):.1f} kinds={kinds}", flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, summary)
reporter, secretary = Client(REPORTER), Client(SECRETARY)
while True:
    started = time.monotonic()
    if cycle(reporter, secretary, random.choice(REPORTS)):
        cycles += 1
    time.sleep(max(0.0, INTERVAL - (time.monotonic() - started)))
