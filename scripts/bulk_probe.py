"""How ``client.bulk.embeddings`` does at scale: throughput against a rate limit, peak memory.

    python scripts/bulk_probe.py                      # 100,000 inputs, limit 50 requests/s
    python scripts/bulk_probe.py --inputs 20000 --limit 100 --dims 384

A server in a process of its own (so that its work and memory are not counted) answers
``POST /v1/embeddings`` as Together does under a rate limit: at most ``--limit`` requests in each
second, ``x-ratelimit-*`` on every answer, 429 with ``Retry-After`` beyond; each input gets a
vector of ``--dims`` numbers. The probe runs the job twice in fresh processes:

* ``collect``: ``client.bulk.embeddings(...)``, every vector kept in input order (the memory is
  mostly the vectors themselves: a Python list of floats costs about 32 bytes a number);
* ``stream``: ``client.bulk.iter_embeddings(..., checkpoint=...)``, each vector written to the
  checkpoint and dropped (bounded memory whatever the count),

and prints, for each, the inputs, the seconds, the answered requests a second against the limit,
the 429s, and the peak RSS of the client's process (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def serve(limit: int, dims: int, ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    vector = json.dumps([round(0.001 * (i % 97) - 0.05, 6) for i in range(dims)])
    lock = threading.Lock()
    window = [0, 0]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            now = time.time()
            with lock:
                if window[0] != math.floor(now):
                    window[:] = [math.floor(now), 0]
                window[1] += 1
                count = window[1]
            reset = max(math.floor(now) + 1 - now, 0.001)
            headers = {
                "x-ratelimit-limit": str(limit),
                "x-ratelimit-remaining": str(max(limit - count, 0)),
                "x-ratelimit-reset": f"{reset:.3f}",
            }
            if count > limit:
                out = b'{"error": {"message": "rate limited", "type": "rate_limit"}}'
                headers |= {"retry-after": "1", "retry-after-ms": f"{reset * 1000:.0f}"}
                self.send_response(429)
            else:
                items = ",".join(
                    f'{{"object":"embedding","index":{i},"embedding":{vector}}}'
                    for i in range(len(body["input"]))
                )
                out = f'{{"object":"list","model":"m","data":[{items}]}}'.encode()
                self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    ready.put(server.server_port)
    server.serve_forever()


def job(mode: str, base_url: str, count: int, batch: int, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from together_facade import Together

    inputs = [f"document {i}" for i in range(count)]
    started = time.monotonic()
    with Together(api_key="probe", base_url=base_url) as client:
        if mode == "collect":
            result = client.bulk.embeddings(inputs, model="m", batch_size=batch)
            summary, kept = result.summary, sum(v is not None for v in result.results)
        else:
            from together_facade import BulkSummary

            summary, kept = BulkSummary(), 0
            with tempfile.TemporaryDirectory() as folder:
                for item in client.bulk.iter_embeddings(
                    inputs,
                    model="m",
                    batch_size=batch,
                    checkpoint=Path(folder) / "c.jsonl",
                    summary=summary,
                ):
                    kept += item.result is not None
    elapsed = time.monotonic() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiB (Linux: KiB)
    out.put(
        {
            "mode": mode,
            "inputs": count,
            "answered": kept,
            "seconds": round(elapsed, 1),
            "requests": summary.requests,
            "rate_limited": summary.rate_limited,
            "answered_requests_per_second": round(
                (summary.requests - summary.rate_limited) / elapsed, 1
            ),
            "peak_rss_mib": round(rss),
        }
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--limit", type=int, default=50, help="requests a second")
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--dims", type=int, default=768)
    args = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
    server = ctx.Process(target=serve, args=(args.limit, args.dims, ready), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{ready.get(timeout=30)}/v1"
    print(
        f"limit {args.limit} requests/s, {args.inputs} inputs, {args.batch_size} a call, "
        f"{args.dims} numbers a vector; python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    )
    for mode in ("collect", "stream"):
        results: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
        proc = ctx.Process(target=job, args=(mode, base_url, args.inputs, args.batch_size, results))
        proc.start()
        row = results.get()
        proc.join()
        share = row["answered_requests_per_second"] / args.limit
        print(json.dumps(row), f"-> {share:.0%} of the limit")
        time.sleep(1.1)  # a fresh rate window for the next run
    server.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
