"""The measuring half of bench/serve_bench.sh: starts `draftcheck serve --port 0`, then
1. server time (the Server-Timing header: queue wait excluded, check and render included) and
   round-trip time of 40 sequential checks of the typical draft, and of the same draft with one
   more reward target filled in (a measure with baseline, projection without the agreement and
   the stretch target with it), as the page sends them while an officer types;
2. checks per second from wrk with CONNECTIONS connections for SECONDS seconds, same draft.
Usage: serve_bench.py DRAFTCHECK SOURCE WORK SECONDS CONNECTIONS
"""
import copy
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "server"))
from serve_process import Served  # noqa: E402

binary, source, work, seconds, connections = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
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


def body(draft):
    return json.dumps({"draft": json.dumps(draft, indent=2) + "\n", "name": "typical.json"})


def timed_checks(server, document, count):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    server_ms, round_trip_ms = [], []
    for _ in range(count):
        started = time.perf_counter()
        connection.request("POST", "/api/check", document, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        round_trip_ms.append((time.perf_counter() - started) * 1000)
        assert response.status == 200, response.status
        server_ms.append(float(re.search(r"dur=([\d.]+)", response.getheader("Server-Timing")).group(1)))
    connection.close()
    return server_ms, round_trip_ms


def cpu_seconds(pid):
    # utime + stime of the whole server process, in clock ticks (fields 14 and 15 of /proc/PID/stat)
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def summary(values):
    ordered = sorted(values)
    return "median %.1f ms, p90 %.1f ms, min %.1f ms" % (statistics.median(ordered), ordered[int(len(ordered) * 0.9)], ordered[0])


server = Served(binary, source)
try:
    for name, draft in [("typical draft", typical), ("typical draft + one reward target filled in", filled)]:
        document = body(draft)
        timed_checks(server, document, 5)  # warm every worker's rule session
        server_ms, round_trip_ms = timed_checks(server, document, 40)
        print("%s (%d bytes): server %s; round trip %s" % (name, len(document), summary(server_ms), summary(round_trip_ms)))

    with open(os.path.join(work, "check.json"), "w", encoding="utf-8") as f:
        f.write(body(filled))
    with open(os.path.join(work, "post.lua"), "w", encoding="utf-8") as f:
        f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                'local f = io.open("%s", "rb")\nwrk.body = f:read("*a")\nf:close()\n' % os.path.join(work, "check.json"))
    cpu_before = cpu_seconds(server.process.pid)
    out = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", "%ds" % seconds, "--timeout", "30s",
                          "-s", os.path.join(work, "post.lua"), server.url + "api/check"],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    print(out)
    done = int(re.search(r"(\d+) requests in", out).group(1))
    cpu_ms = (cpu_seconds(server.process.pid) - cpu_before) * 1000 / done
    print("server CPU per check under load: %.1f ms, so %.0f checks/s would fill %d idle cores" % (cpu_ms, os.cpu_count() * 1000 / cpu_ms, os.cpu_count()))
    print("cores: %d; load average before the run: %s" % (os.cpu_count(), open("/proc/loadavg").read().split()[:3]))
finally:
    server.stop()
