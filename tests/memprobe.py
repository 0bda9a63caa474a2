"""Peak memory of one call against a hostile answer, measured in a fresh process.

``python -m tests.memprobe serve`` runs a server on 127.0.0.1 (its port printed on the first
line) that sends, made as it goes so that the server itself stays small:

=================  ========================================================================
``/v1/big``        a 300 MiB JSON chat answer, chunked
``/v1/error``      a 300 MiB body on a 500
``/v1/gzip``       512 MiB of spaces in 510 KiB of gzip (and ``/v1/br``, ``/v1/zstd``)
``/v1/line``       an event stream whose first line is 256 MiB (``/v1/line-gzip``: gzipped)
=================  ========================================================================

``python -m tests.memprobe measure URL CASE [CAP_MIB]`` makes the call with a new client (caps of
``CAP_MIB`` MiB, else the defaults) and prints one JSON line: the peak growth of the process in
MiB (``VmHWM`` after the call minus ``VmRSS`` before it, the peak reset first through
``/proc/self/clear_refs``: ``getrusage`` would report a peak inherited from the parent) and the
error's class. ``tests/test_memory.py`` runs it; ``make memory`` prints the table.
"""

from __future__ import annotations

import gc
import json
import socket
import sys
import threading
from pathlib import Path
from typing import Any

BOMBS = Path(__file__).resolve().parent / "fixtures" / "bombs"
MiB = 1024 * 1024


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def _answer(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        got = conn.recv(65536)
        if not got:
            return
        data += got
    path = data.split(b" ", 2)[1].decode()
    status, ctype, coding = "200 OK", "application/json", ""
    body: Any
    if path == "/v1/big":
        body = _big(b'{"id":"big","object":"chat.completion","pad":"', b'"}', 300)
    elif path == "/v1/error":
        status = "500 Internal Server Error"
        body = _big(b'{"error":{"message":"', b'"}}', 300)
    elif path in ("/v1/gzip", "/v1/br", "/v1/zstd"):
        suffix = {"/v1/gzip": "gz", "/v1/br": "br", "/v1/zstd": "zst"}[path]
        coding = {"gz": "gzip", "br": "br", "zst": "zstd"}[suffix]
        blob = (BOMBS / f"spaces-512MiB.{suffix}").read_bytes()
        body = (blob[i : i + 65536] for i in range(0, len(blob), 65536))
    elif path == "/v1/line":
        ctype = "text/event-stream"
        body = _big(b"data: ", b"\n\n", 256)
    elif path == "/v1/line-gzip":
        ctype, coding = "text/event-stream", "gzip"
        blob = (BOMBS / "sse-line-256MiB.gz").read_bytes()
        body = (blob[i : i + 65536] for i in range(0, len(blob), 65536))
    else:
        status, body = "404 Not Found", iter([b"{}"])
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nTransfer-Encoding: chunked\r\n"
    if coding:
        head += f"Content-Encoding: {coding}\r\n"
    try:
        conn.sendall(head.encode() + b"Connection: close\r\n\r\n")
        for piece in body:
            conn.sendall(_chunk(piece))
        conn.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the client stopped reading: what a cap does


def _big(start: bytes, end: bytes, mib: int) -> Any:
    yield start
    block = b"a" * MiB
    for _ in range(mib):
        yield block
    yield end


def serve() -> None:
    sock = socket.create_server(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=_handle, args=(conn,), daemon=True).start()


def _handle(conn: socket.socket) -> None:
    with conn:
        _answer(conn)


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def measure(base_url: str, case: str, cap_mib: int | None) -> dict[str, Any]:
    import together_facade as tf

    caps: dict[str, Any] = {}
    if cap_mib is not None:
        caps = {"max_response_bytes": cap_mib * MiB, "max_event_bytes": cap_mib * MiB}
    client = tf.Together(api_key="k", base_url=base_url, max_retries=0, **caps)
    client.models.with_raw_response  # noqa: B018 - load the modules the call needs first
    import together_facade._streaming
    import together_facade.resources.chat

    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM) to now
    before = _status("VmRSS")
    error = None
    try:
        if case in ("line", "line-gzip"):
            response = client.post(
                f"/{case}", cast_to=tf.types.ChatCompletionChunk, body={"stream": True}, stream=True
            )
            for _ in response:
                pass
        else:
            client.get(f"/{case}", cast_to=object)
    except Exception as exc:
        error = type(exc).__name__
    growth = (_status("VmHWM") - before) / MiB
    client.close()
    return {"case": case, "cap_mib": cap_mib, "growth_mib": round(growth, 1), "error": error}


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    else:
        cap = int(sys.argv[4]) if len(sys.argv) > 4 else None
        print(json.dumps(measure(sys.argv[2], sys.argv[3], cap)))
