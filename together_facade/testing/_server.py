"""The HTTP server under the stand-in: HTTP/1.1 with keep-alive, on 127.0.0.1, one thread per
connection; it sends answers whole or as event streams, and the faults that break them."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any

from ._answers import MALFORMED_EVENT, Reply

__all__ = ["HOST", "Handler", "Server"]

HOST = "127.0.0.1"


class Handler(BaseHTTPRequestHandler):
    """Reads a request (Content-Length or chunked), hands it to the stand-in, writes the
    answer: a whole body with its length, or an event stream in chunks; HTTP/1.1 keep-alive
    works. ``send`` plays the answer's fault, if it has one."""

    protocol_version = "HTTP/1.1"
    server: Server

    def setup(self) -> None:
        super().setup()
        # The head and the body go out in several writes: without this, Nagle's algorithm holds
        # the body back until the client's delayed ACK (40 ms a request).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self.server.serve(self)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the stand-in records requests itself."""

    def read_body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            return self._read_chunked()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        parts = []
        while size := int(self.rfile.readline(65537).split(b";")[0].strip() or b"0", 16):
            parts.append(self.rfile.read(size))
            self.rfile.readline()  # the CRLF after the chunk
        while self.rfile.readline(65537).strip():  # trailers, up to the empty line
            pass
        return b"".join(parts)

    # Sending.

    def send(self, reply: Reply, release: threading.Event) -> None:
        """Send ``reply``. ``release`` is set when the test ends or the stand-in stops: a
        held, delayed or slow answer then hangs up instead of going on."""
        if reply.delay and release.wait(reply.delay):
            return self._hang_up()
        fault = reply.fault
        if fault is not None and fault.kind == "hold":
            self._head(reply, None if reply.events is not None else len(reply.body))
            release.wait()
            return self._hang_up()
        if reply.events is not None:
            return self._send_events(reply, release)
        return self._send_whole(reply, release)

    def _send_whole(self, reply: Reply, release: threading.Event) -> None:
        body, fault = reply.body, reply.fault
        if fault is not None and fault.kind == "malformed":
            body = body[: len(body) // 2]  # a whole answer whose JSON stops halfway
        self._head(reply, len(body))
        if self._bodiless(reply):
            return
        if fault is not None and fault.kind == "slow" and release.wait(fault.delay):
            return self._hang_up()
        if fault is not None and fault.kind == "cut":
            self.wfile.write(body[: len(body) // 2])
            return self._hang_up()
        self.wfile.write(body)

    def _send_events(self, reply: Reply, release: threading.Event) -> None:
        events, fault = reply.events or [], reply.fault
        self._head(reply, None)
        if self._bodiless(reply):
            return
        kind, after = (fault.kind, fault.after) if fault is not None else (None, 0)
        cut = min(after, len(events) - 1) if kind == "cut" else None
        for index, event in enumerate(events):
            if index == 0 and fault is not None and kind == "slow" and release.wait(fault.delay):
                return self._hang_up()
            if index == cut:
                if fault is not None and not fault.abrupt:
                    self.wfile.write(b"0\r\n\r\n")  # the body ends here, without [DONE]
                return self._hang_up()
            if kind == "malformed" and index == after:
                event = MALFORMED_EVENT
            self._chunk(event)
        self.wfile.write(b"0\r\n\r\n")

    def _head(self, reply: Reply, length: int | None) -> None:
        """The status line and headers: with the body's length, or chunked (``None``)."""
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if not self._bodiless(reply):
            if length is None:
                self.send_header("transfer-encoding", "chunked")
            else:
                self.send_header("content-length", str(length))
        self.end_headers()

    def _bodiless(self, reply: Reply) -> bool:
        return reply.status in (204, 304) or reply.status < 200 or self.command == "HEAD"

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def _hang_up(self) -> None:
        """Close the connection now, whatever was sent of the answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


class Server(ThreadingHTTPServer):
    """A threading HTTP server (a daemon thread per connection) that counts the connections
    it accepts, and on ``close`` shuts down those still open (keep-alive) and joins every
    thread: ``socketserver`` itself does not join daemon threads."""

    daemon_threads = True

    def __init__(self, serve: Callable[[Handler], None]) -> None:
        self.serve = serve
        self.connections = 0
        self._open: dict[socket.socket, threading.Thread] = {}
        self._guard = threading.Lock()
        super().__init__((HOST, 0), Handler)

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # not HTTPServer's: it looks the host's name up
        self.server_name, self.server_port = HOST, self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._guard:
            self.connections += 1
            self._open[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._guard:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def close(self) -> None:
        """Stop accepting, end the open connections, join their threads."""
        self.server_close()
        with self._guard:
            still_open = list(self._open.items())
        for sock, thread in still_open:
            with contextlib.suppress(OSError):  # already closed by the client
                sock.shutdown(socket.SHUT_RDWR)
            thread.join()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client that went away is no news
            super().handle_error(request, client_address)
