#!/usr/bin/env python3
"""How long the server takes from `java` to its first 200 on GET /health, started as the README starts it.

Usage, from the repository root after `./mvnw -q -DskipTests package`:
    python3 ig-bench/scripts/startup-time.py [runs]

Four cases: an existing database and a new one (the first start creates the schema), each with the class-data-sharing
archive the build writes (ig-rest/target/igkit-server.jsa) and without it. The runs alternate between the cases, so a
slow spell of the machine falls on all of them, and the poller is one light process (a curl every few milliseconds
would take CPU from the server it measures on a small machine). Prints each case's runs in ms, sorted, and the median.
"""
import http.client
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

JAR = "ig-rest/target/igkit-server.jar"
ARCHIVE = "ig-rest/target/igkit-server.jsa"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(port):
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        connection.request("GET", "/health")
        return connection.getresponse().status == 200
    except OSError:
        return False


def start_once(database, options):
    """Milliseconds from launching java to the first 200 on /health; the server is then stopped with SIGTERM."""
    port = free_port()
    command = ["java", *options, f"-Dig.http.port={port}", f"-Dig.store.path={database}", "-jar", JAR]
    began = time.monotonic()
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not healthy(port):
            if server.poll() is not None:
                sys.exit("the server stopped: " + server.stderr.read().decode())
            time.sleep(0.005)
        return round((time.monotonic() - began) * 1000)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    if not (os.path.exists(JAR) and os.path.exists(ARCHIVE)):
        sys.exit("build first: ./mvnw -q -DskipTests package")
    work = tempfile.mkdtemp(prefix="igkit-startup-")
    try:
        existing = os.path.join(work, "existing.db")
        start_once(existing, [])  # creates the schema once
        cases = {"existing db, archive": (existing, [f"-XX:SharedArchiveFile={ARCHIVE}"]),
                 "new db, archive": (None, [f"-XX:SharedArchiveFile={ARCHIVE}"]),
                 "existing db": (existing, []),
                 "new db": (None, [])}
        times = {name: [] for name in cases}
        for run in range(runs):
            for name, (database, options) in cases.items():
                fresh = os.path.join(work, f"new-{run}.db")
                times[name].append(start_once(database or fresh, options))
        for name, values in times.items():
            print(f"{name:22s} median {statistics.median(values):6.0f} ms   runs: {sorted(values)}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
