"""The measuring half of bench/serve_bench.sh: starts `draftcheck serve --port 0`, then, for each draft
(the generated typical draft, the same draft with one more reward target filled in as an officer would
on the page, and one of the examples):
1. 40 sequential checks, as the page sends them while an officer types: the server time (the
   Server-Timing header's read + check + render, queue wait excluded) and its stages, and the round trip;
2. CLIENTS clients posting it at once for SECONDS seconds, each sending its next check as soon as the
   last is answered: checks per second, server time and queue wait, and the server's CPU per check
   (utime + stime from /proc/PID/stat).
Usage: serve_bench.py DRAFTCHECK SOURCE WORK SECONDS CLIENTS
"""
import copy
import http.client
import json
import os
import re
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "server"))
from serve_process import Served  # noqa: E402

binary, source, work, seconds, clients = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
EXAMPLE = "northmoor-laa-final.json"
with open(os.path.join(work, "typical.json"), encoding="utf-8") as f:
    typical = json.load(f)

# The officer's new reward target: a copy of the draft's first one under new ids, as complete as
# the page's form lets them make it.
filled = copy.deepcopy(typical)
target = copy.deepcopy(filled["reward_targets"][0])
target["id"] = "rt-new"
target["number"] = len(filled["reward_targets"]) + 1
target["title"] = "Reduce the number of people killed or seriously injured on the roads"
indicators = {i["id"]: i for i in filled["indicators"]}
for i, measure in enumerate(target["measures"]):
    measure["id"] = "rt-new-m%d" % (i + 1)
    measure["baseline"] = copy.deepcopy(indicators[measure["indicator"]]["baseline"])  # written out, not only linked
filled["reward_targets"].append(target)
# baseline, the projection without the agreement, and the stretch target with it
assert all(k in target["measures"][0] for k in ("baseline", "without_agreement", "with_agreement")), target["measures"][0].keys()


def body(text, name):
    return json.dumps({"draft": text, "name": name})


def as_page_writes(draft):
    return json.dumps(draft, indent=2) + "\n"  # what the page's form sends (app.js)


def post(connection, document):
    """One check: (round-trip ms, {stage: ms}) from the Server-Timing header."""
    started = time.perf_counter()
    connection.request("POST", "/api/check", document, {"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    round_trip = (time.perf_counter() - started) * 1000
    assert response.status == 200, response.status
    stages = {name: float(ms) for name, ms in re.findall(r"(\w+);dur=([\d.]+)", response.getheader("Server-Timing"))}
    return round_trip, stages


def server_ms(stages):
    return sum(ms for name, ms in stages.items() if name != "queue")


def cpu_seconds(pid):
    # utime + stime of the whole server process, in clock ticks (fields 14 and 15 of /proc/PID/stat)
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def summary(values):
    return "median %.1f ms, p95 %.1f ms, min %.1f ms" % (statistics.median(values), percentile(values, 0.95), min(values))


def sequential(server, document, count):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    for _ in range(5):  # warm every worker's rule session
        post(connection, document)
    results = [post(connection, document) for _ in range(count)]
    connection.close()
    return results


def concurrent(server, document):
    results, lock = [], threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        while time.perf_counter() < stop_at:
            result = post(connection, document)
            with lock:
                results.append(result)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    cpu_before, started = cpu_seconds(server.process.pid), time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed, cpu = time.perf_counter() - started, cpu_seconds(server.process.pid) - cpu_before
    return results, elapsed, cpu


with open(os.path.join(source, "examples", EXAMPLE), encoding="utf-8") as f:
    example = f.read()
drafts = [("typical draft", body(as_page_writes(typical), "typical.json")),
          ("typical draft + one reward target filled in", body(as_page_writes(filled), "typical.json")),
          ("example " + EXAMPLE, body(example, EXAMPLE))]
print("cores: %d; load average before: %s" % (os.cpu_count(), " ".join(open("/proc/loadavg").read().split()[:3])))
server = Served(binary, source)
try:
    for name, document in drafts:
        results = sequential(server, document, 40)
        stages = {stage: statistics.median(r[1].get(stage, 0) for r in results) for stage in ("read", "check", "render")}
        print("%s (%d bytes), 40 sequential checks: server %s (medians: read %.1f, check %.1f, render %.1f ms); round trip %s"
              % (name, len(document), summary([server_ms(r[1]) for r in results]), stages["read"], stages["check"],
                 stages["render"], summary([r[0] for r in results])))
        results, elapsed, cpu = concurrent(server, document)
        print("  %d clients for %.1f s: %d checks, %.1f checks/s; server %s; queue wait %s; round trip %s; server CPU %.1f ms per check"
              % (clients, elapsed, len(results), len(results) / elapsed, summary([server_ms(r[1]) for r in results]),
                 summary([r[1].get("queue", 0) for r in results]), summary([r[0] for r in results]), cpu * 1000 / len(results)))
    print("load average after: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
finally:
    server.stop()
