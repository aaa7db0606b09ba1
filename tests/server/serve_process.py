"""Starts `draftcheck serve --port 0` for a test and stops it afterwards (shared by the server tests)."""
import os
import re
import subprocess
import time


class Served:
    def __init__(self, binary, source_dir):
        env = dict(os.environ, DRAFTCHECK_HOME=source_dir)
        self.process = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, env=env, cwd=source_dir)
        line = self.process.stdout.readline()  # the server prints its address once it is listening
        found = re.search(r"http://([^/]+)/", line)
        if not found:
            self.stop()
            raise RuntimeError("draftcheck serve did not print its address: %r %s" % (line, self.process.stderr.read()))
        self.host = found.group(1)  # 127.0.0.1:PORT
        self.port = int(self.host.rsplit(":", 1)[1])
        self.url = "http://%s/" % self.host

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
