"""A TCP fault proxy for tests: what a flaky network does to a client, on demand.

::

    with FaultProxy(upstream_port, policy) as proxy:
        client = Together(api_key=..., base_url=proxy.url + "/v1")
        ...
    print(proxy.counts, proxy.fired, proxy.connections)

The proxy listens on 127.0.0.1 (a free port) and forwards each connection it accepts to
127.0.0.1:``upstream_port``. For each connection it asks ``policy(n)`` (``n`` counts the
connections from 0) which ``Fault`` to apply to what the upstream answers on that connection:

``none``       pass everything through.
``reset``      forward ``nbytes`` bytes of the answer, then a TCP reset (SO_LINGER 0, then close).
               With ``nbytes=0`` the reset comes as the answer starts, before any byte of it.
``cut``        forward ``nbytes`` bytes of the answer, then close cleanly (a FIN).
``drip``       forward the answer one byte every ``interval`` seconds (only the first ``nbytes``
               bytes if given, the rest at full speed).
``blackhole``  accept and read the request, never connect upstream, never answer; the socket
               stays open until the proxy stops (once the client gives up, without a thread).

``nbytes`` counts the answer bytes of the whole connection: with keep-alive, a fault can hit the
second or third answer on a connection, or fall between two (a pooled connection that is dead
when it is next used). The request bytes always pass untouched.

``counts`` has the faults chosen, ``fired`` those that happened (a reset after more bytes than
the connection carried never fires), ``connections`` the connections accepted. Threads: one
accepts, one per connection (a ``select`` loop over its two sockets). ``stop()``, or leaving
the ``with`` block, closes every socket and joins every thread: nothing is left behind.
``random_policy(seed, rate, choices)`` makes a reproducible random policy.
"""

from __future__ import annotations

import random
import select
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["NONE", "Fault", "FaultProxy", "Policy", "random_policy"]

HOST = "127.0.0.1"
POLL = 0.05  # how often a waiting thread looks whether the proxy is stopping
CHUNK = 65536
SEND_TIMEOUT = 2.0  # a peer that stops reading does not hold a thread past this


@dataclass(frozen=True, slots=True)
class Fault:
    """What to do to one connection (see the module docstring)."""

    kind: str = "none"  # none, reset, cut, drip, blackhole
    nbytes: int | None = None  # reset and cut: after this many answer bytes; drip: this many
    interval: float = 0.0  # drip: seconds between two bytes

    def __post_init__(self) -> None:
        if self.kind not in ("none", "reset", "cut", "drip", "blackhole"):
            raise ValueError(f"unknown fault {self.kind!r}")
        if self.kind in ("reset", "cut") and (self.nbytes is None or self.nbytes < 0):
            raise ValueError(f"{self.kind} needs nbytes >= 0")


NONE = Fault()
Policy = Callable[[int], Fault]


def random_policy(
    seed: int, rate: float, choices: Sequence[Fault | Callable[[random.Random], Fault]]
) -> Policy:
    """A policy that faults a connection with probability ``rate``, with one of ``choices``
    (a ``Fault``, or a function of the random generator that makes one), reproducibly."""
    rng = random.Random(seed)

    def policy(n: int) -> Fault:  # called from the accepting thread only: no lock needed
        if rng.random() >= rate:
            return NONE
        choice = rng.choice(choices)
        return choice if isinstance(choice, Fault) else choice(rng)

    return policy


class FaultProxy:
    """A TCP proxy on 127.0.0.1 that applies ``policy``'s fault to each connection."""

    def __init__(self, upstream_port: int, policy: Policy = lambda n: NONE) -> None:
        self.upstream = (HOST, upstream_port)
        self.policy = policy
        self.counts: Counter[str] = Counter()
        self.fired: Counter[str] = Counter()
        self.connections = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: set[threading.Thread] = set()
        self._held: list[socket.socket] = []  # blackholed connections the client gave up on
        self._listener = socket.create_server((HOST, 0))
        self._listener.settimeout(POLL)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://{HOST}:{self.port}"
        self._acceptor = threading.Thread(target=self._accept, name="faultproxy", daemon=True)
        self._acceptor.start()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Close every socket and join every thread (each looks at the stop flag every POLL)."""
        self._stopping.set()
        self._acceptor.join()
        self._listener.close()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join()
        for sock in self._held:
            sock.close()
        self._held.clear()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:  # the POLL timeout (or a failed accept): look at the flag again
                continue
            fault = self.policy(self.connections)
            thread = threading.Thread(target=self._serve, args=(conn, fault), daemon=True)
            with self._lock:
                self.connections += 1
                self.counts[fault.kind] += 1
                self._threads.add(thread)
            thread.start()

    def _fire(self, fault: Fault) -> None:
        with self._lock:
            self.fired[fault.kind] += 1

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        client.settimeout(SEND_TIMEOUT)
        upstream: socket.socket | None = None
        held = False
        try:
            if fault.kind == "blackhole":
                self._fire(fault)
                self._swallow(client)
                held = True  # it stays open, without a thread, until stop() closes it
            else:
                upstream = socket.create_connection(self.upstream, timeout=SEND_TIMEOUT)
                self._pipe(client, upstream, fault)
        except OSError:
            pass  # a peer went away: the connection ends here, as on a network
        finally:
            with self._lock:
                if held:
                    self._held.append(client)
                self._threads.discard(threading.current_thread())
            if not held:
                client.close()
            if upstream is not None:
                upstream.close()

    def _swallow(self, client: socket.socket) -> None:
        """Blackhole: read and drop what the client sends, until it gives up (or we stop)."""
        while not self._stopping.is_set():
            if select.select([client], [], [], POLL)[0] and not client.recv(CHUNK):
                return

    def _pipe(self, client: socket.socket, upstream: socket.socket, fault: Fault) -> None:
        sent = 0  # answer bytes forwarded to the client so far
        while not self._stopping.is_set():
            for sock in select.select([client, upstream], [], [], POLL)[0]:
                data = sock.recv(CHUNK)
                if not data:
                    return  # either side closed: close the other (a clean FIN)
                if sock is client:
                    upstream.sendall(data)
                    continue
                if fault.kind in ("reset", "cut"):
                    assert fault.nbytes is not None
                    client.sendall(data[: max(0, fault.nbytes - sent)])
                    sent += len(data)
                    if sent >= fault.nbytes:
                        self._fire(fault)
                        if fault.kind == "reset":
                            linger = struct.pack("ii", 1, 0)  # close() now sends a RST
                            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                        return
                elif fault.kind == "drip":
                    sent = self._drip(client, data, sent, fault)
                else:
                    client.sendall(data)

    def _drip(self, client: socket.socket, data: bytes, sent: int, fault: Fault) -> int:
        limit = len(data) if fault.nbytes is None else max(0, fault.nbytes - sent)
        if sent == 0 and limit:
            self._fire(fault)
        for i in range(min(limit, len(data))):
            client.sendall(data[i : i + 1])
            if self._stopping.wait(fault.interval):
                raise OSError("the proxy is stopping")
        client.sendall(data[limit:])
        return sent + len(data)
