"""`draftcheck serve` over loopback: what it answers, and what it refuses.

Usage: server_test.py DRAFTCHECK_BINARY SOURCE_DIR. Every wait is bounded by a socket timeout.
"""
import concurrent.futures
import gzip
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import zlib

from serve_process import Served

BINARY, SOURCE = sys.argv[1], sys.argv[2]
MIB = 1 << 20
LIMIT = 64 * MIB
server = None


def setUpModule():
    global server
    server = Served(BINARY, SOURCE)


def tearDownModule():
    server.stop()


def example(name):
    with open("%s/examples/%s" % (SOURCE, name), encoding="utf-8") as f:
        return f.read()


def request(method, path, body=None, headers=None, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def check(text, name="draft.json", headers=None):
    sent = {"Content-Type": "application/json"}
    sent.update(headers or {})
    return request("POST", "/api/check", json.dumps({"draft": text, "name": name}), sent)


def raw(data, timeout=30, pause_after_headers=False):
    """Sends `data` (bytes, or a generator of byte chunks) on a fresh socket; returns the status
    line the server answered with, or "" if it closed without one."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as s:
        try:
            for chunk in ([data] if isinstance(data, bytes) else data):
                s.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading: its answer is still there to read
        answer = b""
        try:
            while b"\r\n" not in answer:
                got = s.recv(4096)
                if not got:
                    break
                answer += got
        except ConnectionResetError:
            pass
        return answer.split(b"\r\n", 1)[0].decode("latin-1")


def post_head(extra):
    return ("POST /api/check HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n%s\r\n" % (server.host, extra)).encode()


class Answers(unittest.TestCase):
    def test_check_gives_the_same_answer_as_the_command_line(self):
        name = "halton-lpsa2-draft.json"
        status, headers, body = check(example(name), name)
        self.assertEqual(status, 200)
        answer = json.loads(body)

        def command_line(fmt):  # the same file, under the same name
            return subprocess.run([BINARY, "check", "--format", fmt, name], cwd=os.path.join(SOURCE, "examples"),
                                  capture_output=True, text=True, timeout=60).stdout
        self.assertEqual(answer["report"], json.loads(command_line("json")))
        self.assertEqual(answer["letter"], command_line("letter"))
        self.assertEqual(answer["html"], command_line("html"))
        # An LPSA2's letter comes from ODPM, which negotiated those agreements.
        self.assertIn("Office of the Deputy Prime Minister: comments on the draft agreement", answer["letter"])
        self.assertRegex(dict(headers)["Server-Timing"], r"^queue;dur=[\d.]+, read;dur=[\d.]+, check;dur=[\d.]+, render;dur=[\d.]+$")

    def test_a_yaml_draft_is_checked_as_yaml(self):
        # The same example written as YAML: the findings of the command line for that YAML file, at its lines.
        converted = subprocess.run([BINARY, "convert", "examples/northmoor-laa-final.json", "--to", "yaml"], cwd=SOURCE,
                                   capture_output=True, text=True, timeout=60, check=True).stdout
        folder = tempfile.mkdtemp(prefix="draftcheck-yaml-")
        try:
            with open(os.path.join(folder, "northmoor.yaml"), "w", encoding="utf-8") as f:
                f.write(converted)
            cli = json.loads(subprocess.run([BINARY, "check", "--format", "json", "northmoor.yaml"], cwd=folder,
                                            capture_output=True, text=True, timeout=60).stdout)
        finally:
            shutil.rmtree(folder)
        status, _, body = check(converted, "northmoor.yaml")
        self.assertEqual(status, 200)
        result = json.loads(body)["report"]["results"][0]
        self.assertTrue(result["checked"])
        self.assertEqual(result["findings"], cli["results"][0]["findings"])
        self.assertNotEqual(converted.count("\n"), example("northmoor-laa-final.json").count("\n"))  # YAML lines, not JSON's

    def test_a_draft_that_is_not_json_is_reported_with_its_line(self):
        status, _, body = check('{\n  "agreement": {\n    "kind": "laa",\n  }\n}\n')
        self.assertEqual(status, 200)
        result = json.loads(body)["report"]["results"][0]
        self.assertFalse(result["checked"])
        # The trailing comma at the end of line 3, said in plain words.
        self.assertRegex(result["error"], r"^draft\.json:3:18: error: not valid JSON: remove the comma")

    def test_a_body_that_is_not_the_request_document_is_400(self):
        for body in ["[]", '{"draft": 3}', "not json", '{"draft": "x", "nested": [[[[1]]]]}']:
            status, _, _ = request("POST", "/api/check", body, {"Content-Type": "application/json"})
            self.assertEqual(status, 400, body)

    def test_lists(self):
        status, _, body = request("GET", "/api/examples")
        self.assertEqual(status, 200)
        names = [e["name"] for e in json.loads(body)]
        self.assertIn("northmoor-laa-final.json", names)
        status, _, body = request("GET", "/api/examples/northmoor-laa-final.json")
        self.assertEqual((status, body.decode()), (200, example("northmoor-laa-final.json")))
        status, _, body = request("GET", "/api/rules")
        rules = json.loads(body)
        self.assertEqual(status, 200)
        self.assertIn("reward-targets.max-count", [r["id"] for r in rules["rules"]])
        self.assertIn("reward-targets", [s["id"] for s in rules["sections"]])
        status, _, body = request("GET", "/api/schema")
        self.assertEqual((status, json.loads(body)["title"] != ""), (200, True))
        status, headers, _ = request("GET", "/")
        self.assertEqual(status, 200)
        self.assertTrue(dict(headers)["Content-Type"].startswith("text/html"))
        self.assertIn("script-src 'self'", dict(headers)["Content-Security-Policy"])

    def test_fifty_concurrent_checks_complete(self):
        text = example("northmoor-laa-final.json")
        with concurrent.futures.ThreadPoolExecutor(50) as pool:
            answers = list(pool.map(lambda _: check(text, "northmoor-laa-final.json"), range(50)))
        self.assertEqual([a[0] for a in answers], [200] * 50)
        bodies = {json.dumps(json.loads(a[2])["report"]) for a in answers}
        self.assertEqual(len(bodies), 1)  # the same findings every time


class Refuses(unittest.TestCase):
    def test_a_body_over_the_limit_is_413(self):
        def body():
            yield post_head("Content-Length: %d\r\n" % (65 * MIB))
            for _ in range(65):
                yield b" " * MIB
        self.assertEqual(raw(body()), "HTTP/1.1 413 Payload Too Large")

    def test_a_chunked_body_over_the_limit_is_413(self):
        def body():
            yield post_head("Transfer-Encoding: chunked\r\n")
            for _ in range(66):
                yield b"%x\r\n%s\r\n" % (MIB, b" " * MIB)
            yield b"0\r\n\r\n"
        self.assertEqual(raw(body()), "HTTP/1.1 413 Payload Too Large")

    def test_a_small_compressed_body_that_expands_past_the_limit_is_413(self):
        document = b'{"draft": "' + b" " * (LIMIT + MIB) + b'"}'
        for encoding, packed in [("gzip", gzip.compress(document)), ("deflate", zlib.compress(document))]:
            self.assertLess(len(packed), MIB)
            status = raw(post_head("Content-Encoding: %s\r\nContent-Length: %d\r\n" % (encoding, len(packed))) + packed)
            self.assertEqual(status, "HTTP/1.1 413 Payload Too Large", encoding)

    def test_a_small_compressed_body_is_checked(self):
        document = json.dumps({"draft": example("derby-lpsa2-priorities.json")}).encode()
        status, _, body = request("POST", "/api/check", gzip.compress(document),
                                  {"Content-Type": "application/json", "Content-Encoding": "gzip"})
        self.assertEqual(status, 200)
        self.assertTrue(json.loads(body)["report"]["results"][0]["checked"])

    def test_a_foreign_host_is_refused(self):
        port = server.port
        for host in ["evil.example:%d" % port, "evil.example", "127.0.0.1:%d" % (port + 1), "127.0.0.1", ""]:
            status, _, _ = request("GET", "/api/examples", headers={"Host": host})
            self.assertEqual(status, 403, host)
        self.assertEqual(raw(b"GET / HTTP/1.0\r\n\r\n"), "HTTP/1.1 403 Forbidden")  # no Host at all
        self.assertEqual(request("GET", "/", headers={"Host": "localhost:%d" % port})[0], 200)

    def test_a_foreign_origin_is_refused(self):
        for origin in ["http://evil.example", "http://127.0.0.1:%d" % (server.port + 1), "null"]:
            status, _, _ = check("{}", headers={"Origin": origin})
            self.assertEqual(status, 403, origin)
        self.assertEqual(check("{}", headers={"Sec-Fetch-Site": "cross-site"})[0], 403)
        self.assertEqual(check("{}", headers={"Origin": "http://" + server.host})[0], 200)

    def test_only_json_may_be_posted(self):
        for kind in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]:
            status, _, _ = request("POST", "/api/check", '{"draft": "{}"}', {"Content-Type": kind} if kind else {})
            self.assertEqual(status, 415, kind)
        self.assertEqual(request("PUT", "/api/check", "{}", {"Content-Type": "application/json"})[0], 405)

    def test_paths_outside_the_static_files_are_404(self):
        for path in ["/../README.md", "/../../etc/passwd", "/%2e%2e/README.md", "/..%2fREADME.md", "/web/index.html",
                     "/CMakeLists.txt", "/schemas/draft.schema.json", "/api/examples/../../README.md",
                     "/api/examples/..%2f..%2fREADME.md", "/vendor/../../../etc/passwd", "/vendor/jquery.js",
                     "/index.html/", "/" + "a" * 6000]:
            status = raw(("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % (path, server.host)).encode())
            self.assertEqual(status, "HTTP/1.1 404 Not Found", path)

    def test_a_slow_client_does_not_hold_the_server(self):
        slow = [socket.create_connection(("127.0.0.1", server.port), timeout=30) for _ in range(8)]
        try:
            for s in slow:
                s.sendall(b"POST /api/check HTTP/1.1\r\nHost: " + server.host.encode())  # and then nothing
            started = time.monotonic()
            status, _, _ = check(example("derby-lpsa2-priorities.json"))
            self.assertEqual(status, 200)
            self.assertLess(time.monotonic() - started, 5)
            # The server gives up on them after its read timeout (5 s) and closes the connection.
            for s in slow:
                data = b""
                try:
                    while True:
                        got = s.recv(4096)
                        if not got:
                            break
                        data += got
                except ConnectionResetError:
                    pass
                self.assertLess(time.monotonic() - started, 20)
        finally:
            for s in slow:
                s.close()


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
