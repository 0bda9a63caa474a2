"""A soak: thousands of calls through a fault proxy; none answered wrong, none untyped, none hung,
and nothing leaked.

An upstream server of our own (``SoakServer``, 127.0.0.1, in a child process so that its memory
and threads are not counted with the clients'; keep-alive, closing after half of its answers)
answers chat completions and embeddings with bodies made from the real captures
in ``fixtures/real-responses``, each carrying the call's marker (``soak-<n>``): the chat answer's
``id`` and content echo it, each embedding starts with ``[n, j]`` for input ``j``. An answer
meant for another call, or one the client reads wrong, is counted as wrong.

The clients talk to it through ``tests/faultproxy.py``. Faults, on about 5 % of the calls:

- in the server, on 2.5 % of the calls (chosen up front; the call's ``x-soak-fault`` header
  says which): 500 (JSON body), 429 with ``Retry-After: 0``, a 200 whose JSON is cut in half,
  a 502 HTML page from a gateway; on the first attempt only, or (500 and 429) on every one;
- in the proxy, on 5 % of the connections (with keep-alive, about 2.5 % of the attempts):
  a reset (before the answer or after up to 1,500 of its bytes), a clean cut after up to 1,500
  bytes, a short drip (the first 50-400 bytes 2 ms apart), a blackhole (the client's 1 s
  timeout ends it).

Most calls go through one shared ``Together`` (eight threads) and one ``AsyncTogether``
(16 concurrent calls, a fifth of the calls); one call in 50 makes and closes a client of its
own. Each call ends as ok, wrong, typed (a ``TogetherError``), untyped (anything else: a defect)
or hung (longer than ``HUNG_AFTER``). Besides 0 wrong, 0 untyped and 0 hung: the RSS grows by
less than 20 MiB after a warm-up, no socket to the proxy is left once the clients are closed,
and no socket or thread once the proxy and the server are stopped.

``scripts/soak.py`` runs the same soak with more calls (``run_soak``). The last test checks that
a call's ``deadline`` ends an answer dripped by the proxy (xfail: a library defect, see there).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import queue
import random
import select
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from subprocess import PIPE, Popen
from typing import Any

import pytest

from tests.faultproxy import Fault, FaultProxy, random_policy
from tests.helpers import API_KEY, fixture_bytes
from together_facade import AsyncTogether, DeadlineExceededError, Together, TogetherError

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
TIMEOUT = 1.0  # the clients' timeout (connect, read, write, pool): a blackhole costs this
MAX_RETRIES = 2
HUNG_AFTER = 20.0  # 3 attempts (1 s timeout, a drip under 1 s) and 1.5 s of backoff: far less
SYNC_WORKERS = 8
ASYNC_CONCURRENCY = 16
ASYNC_SHARE = 0.2
FRESH_CLIENT_EVERY = 50
SERVER_FAULT_RATE = 0.025  # of the calls
PROXY_FAULT_RATE = 0.05  # of the connections
RSS_LIMIT_MIB = 20.0

CHAT_MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"
EMBED_MODEL = "togethercomputer/m2-bert-80M-32k-retrieval"
CHAT = json.loads(fixture_bytes("chat-completions__basic-eos-llama31-8b.json"))
EMBEDDINGS = json.loads(
    fixture_bytes("embeddings__llamastack-recording-m2-bert-single-SDKNORMALIZED.json")
)
VECTOR = EMBEDDINGS["data"][0]["embedding"]
RATE_LIMITED = fixture_bytes("error__429-rate-limit-rpm-tpm-credit-limit.json")
SERVER_ERROR = b'{"error": {"message": "Internal server error", "type": "server_error"}}'
GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
    b"Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n"
)
# "!": on every attempt of the call, else on its first only.
SERVER_FAULTS = ("500", "500!", "429", "429!", "badjson", "html")
PROXY_FAULTS = (
    lambda r: Fault("reset", nbytes=r.choice([0, r.randrange(1, 1500)])),
    lambda r: Fault("cut", nbytes=r.randrange(0, 1500)),
    lambda r: Fault("drip", nbytes=r.randrange(50, 400), interval=0.002),
    lambda r: Fault("blackhole"),
)
REASONS = {200: "OK", 400: "Bad Request", 429: "Too Many Requests", 500: "Internal Server Error"}


class SoakServer:
    """Chat completions and embeddings on 127.0.0.1, answering with the call's marker (see the
    module docstring); ``served`` counts the server faults served (attempts, not calls).
    The soak runs it in a child process (``upstream``): its memory and its threads are then
    not counted with the clients'."""

    def __init__(self, seed: int, close_rate: float = 0.5) -> None:
        self.close_rate = close_rate
        self.served: Counter[str] = Counter()
        self._rng = random.Random(seed)
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: set[threading.Thread] = set()
        self._sock = socket.create_server((HOST, 0))
        self._sock.settimeout(0.05)
        self.port: int = self._sock.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def __enter__(self) -> SoakServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._acceptor.join()
        self._sock.close()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            with self._lock:
                self._threads.add(thread)
            thread.start()

    def _recv(self, conn: socket.socket) -> bytes:
        while not self._stopping.is_set():
            if select.select([conn], [], [], 0.05)[0]:
                return conn.recv(65536)
        return b""

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5.0)
        buf = b""
        try:
            while True:
                while b"\r\n\r\n" not in buf:
                    data = self._recv(conn)
                    if not data:
                        return
                    buf += data
                head, _, buf = buf.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                pairs = (line.partition(":") for line in lines[1:])
                headers = {k.strip().lower(): v.strip() for k, _, v in pairs}
                length = int(headers.get("content-length", "0"))
                while len(buf) < length:
                    data = self._recv(conn)
                    if not data:
                        return
                    buf += data
                body, buf = buf[:length], buf[length:]
                status, ctype, payload, extra = self._answer(lines[0], headers, body)
                with self._lock:
                    close = self._rng.random() < self.close_rate
                conn.sendall(
                    f"HTTP/1.1 {status} {REASONS.get(status, 'Bad Gateway')}\r\n"
                    f"Content-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n{extra}"
                    f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n".encode()
                    + payload
                )
                if close:
                    return
        except OSError:
            pass  # the proxy went away (a fault): so does this connection
        finally:
            conn.close()
            with self._lock:
                self._threads.discard(threading.current_thread())

    def _answer(self, line: str, headers: dict[str, str], body: bytes) -> tuple[Any, ...]:
        request = json.loads(body)
        if line.startswith("POST /v1/chat/completions "):
            marker = request["messages"][-1]["content"]
            answer = {**CHAT, "id": f"chatcmpl-{marker}", "model": request["model"]}
            message = {"role": "assistant", "content": f"echo {marker}"}
            answer["choices"] = [{**CHAT["choices"][0], "message": message}]
        elif line.startswith("POST /v1/embeddings "):
            marker = request["input"][0].partition("/")[0]
            data = []
            for j, text in enumerate(request["input"]):
                n, _, k = text.removeprefix("soak-").partition("/")
                vector = [float(n), float(k), *VECTOR[2:]]
                data.append({"object": "embedding", "index": j, "embedding": vector})
            answer = {**EMBEDDINGS, "model": request["model"], "data": data}
        else:
            return 400, "application/json", b'{"error": {"message": "no such route"}}', ""
        payload = json.dumps(answer).encode()
        fault = headers.get("x-soak-fault")
        if fault:
            with self._lock:
                if marker in self._seen and not fault.endswith("!"):
                    fault = None  # a later attempt
                else:
                    self._seen.add(marker)
                    self.served[fault] += 1
        if fault in ("500", "500!"):
            return 500, "application/json", SERVER_ERROR, ""
        if fault in ("429", "429!"):
            return 429, "application/json", RATE_LIMITED, "Retry-After: 0\r\n"
        if fault == "badjson":
            return 200, "application/json", payload[: len(payload) // 2], ""
        if fault == "html":
            return 502, "text/html", GATEWAY_PAGE, ""
        return 200, "application/json", payload, f"x-request-id: req-{marker}\r\n"


def serve_child(seed: int) -> None:
    """A ``SoakServer`` in this process (a child): print its port, serve until stdin closes,
    then print the faults served as JSON."""
    with SoakServer(seed) as server:
        print(server.port, flush=True)
        sys.stdin.read()
    print(json.dumps(server.served), flush=True)


@contextlib.contextmanager
def upstream(seed: int) -> Iterator[tuple[int, Counter[str]]]:
    """A ``SoakServer`` in a child process: its port, and the faults it served (filled in when
    the block ends)."""
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); import tests.test_soak as t; "
    code += f"t.serve_child({seed})"
    child = Popen([sys.executable, "-c", code], cwd=ROOT, stdin=PIPE, stdout=PIPE, text=True)
    served: Counter[str] = Counter()
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield port, served
        out, _ = child.communicate(timeout=30)
        served.update(json.loads(out))
    finally:
        if child.returncode is None:
            child.kill()
            child.communicate()


@dataclass(frozen=True, slots=True)
class Call:
    """One call of the soak: what it asks, and the answer that belongs to it."""

    n: int
    kind: str  # chat or embeddings
    inputs: int  # embeddings: how many texts
    fault: str | None  # the server fault asked for
    fresh: bool  # made on a client of its own

    @property
    def marker(self) -> str:
        return f"soak-{self.n}"

    def send(self, client: Any) -> Any:
        """Make the call (a coroutine with an ``AsyncTogether``)."""
        extra = {"extra_headers": {"x-soak-fault": self.fault}} if self.fault else {}
        if self.kind == "chat":
            messages = [{"role": "user", "content": self.marker}]
            return client.chat.completions.create(model=CHAT_MODEL, messages=messages, **extra)
        texts = [f"{self.marker}/{j}" for j in range(self.inputs)]
        return client.embeddings.create(model=EMBED_MODEL, input=texts, **extra)

    def matches(self, result: Any) -> bool:
        """True if ``result`` is this call's answer, read right."""
        try:
            if self.kind == "chat":
                return bool(
                    result.id == f"chatcmpl-{self.marker}"
                    and result.choices[0].message.content == f"echo {self.marker}"
                )
            return len(result.data) == self.inputs and all(
                d.index == j and d.embedding[:2] == [self.n, j] and len(d.embedding) == len(VECTOR)
                for j, d in enumerate(result.data)
            )
        except Exception:  # an answer of another shape is as wrong as another call's
            return False


def plan(calls: int, seed: int) -> list[Call]:
    rng = random.Random(seed)
    return [
        Call(
            n=n,
            kind="chat" if rng.random() < 0.7 else "embeddings",
            inputs=rng.randint(1, 3),
            fault=rng.choice(SERVER_FAULTS) if rng.random() < SERVER_FAULT_RATE else None,
            fresh=n % FRESH_CLIENT_EVERY == FRESH_CLIENT_EVERY - 1,
        )
        for n in range(calls)
    ]


@dataclass
class SoakResult:
    calls: int
    ok: int = 0
    wrong: int = 0
    typed: Counter[str] = field(default_factory=Counter)
    untyped: int = 0
    hung: int = 0
    samples: list[str] = field(default_factory=list)  # the first wrong, untyped and hung calls
    server_faults: Counter[str] = field(default_factory=Counter)  # served (attempts)
    proxy_faults: Counter[str] = field(default_factory=Counter)  # fired
    connections: int = 0
    faulted_calls: int = 0  # calls asked for a server fault, plus proxy faults fired
    rss_growth_mib: float = 0.0
    client_sockets_left: int = 0  # sockets to the proxy once the clients are closed
    sockets_left: int = 0  # sockets of this process once everything is stopped, beyond before
    threads_left: int = 0
    seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, call: Call, outcome: str, detail: str) -> None:
        with self._lock:
            if outcome == "typed":
                self.typed[detail] += 1
            else:
                setattr(self, outcome, getattr(self, outcome) + 1)
            if outcome in ("wrong", "untyped", "hung") and len(self.samples) < 10:
                self.samples.append(f"{outcome}: {call}: {detail}")

    def failures(self) -> list[str]:
        checks = {
            "wrong answers": self.wrong,
            "untyped errors": self.untyped,
            "hung calls": self.hung,
            "sockets to the proxy left open": self.client_sockets_left,
            "sockets left open": self.sockets_left,
            "threads left running": self.threads_left,
        }
        broken = [f"{n} {what}" for what, n in checks.items() if n > 0]
        if self.rss_growth_mib >= RSS_LIMIT_MIB:
            broken.append(f"RSS grew by {self.rss_growth_mib:.1f} MiB")
        if self.ok + self.wrong + sum(self.typed.values()) + self.untyped + self.hung != self.calls:
            broken.append("calls unaccounted for")
        return broken

    def summary(self) -> str:
        typed = ", ".join(f"{k}={v}" for k, v in sorted(self.typed.items()))
        server = ", ".join(f"{k}={v}" for k, v in sorted(self.server_faults.items()))
        proxy = ", ".join(f"{k}={v}" for k, v in sorted(self.proxy_faults.items()))
        return (
            f"soak: calls={self.calls} ok={self.ok} wrong={self.wrong} "
            f"typed={sum(self.typed.values())} ({typed}) untyped={self.untyped} hung={self.hung} | "
            f"faulted calls={self.faulted_calls} ({self.faulted_calls / self.calls:.1%}): "
            f"server ({server}) proxy ({proxy}) over {self.connections} connections | "
            f"rss +{self.rss_growth_mib:.1f} MiB, sockets left {self.client_sockets_left}/"
            f"{self.sockets_left}, threads left {self.threads_left} | {self.seconds:.1f} s"
        )


def outcome(call: Call, result: Any = None, error: BaseException | None = None) -> tuple[str, str]:
    if error is None:
        return ("ok", "") if call.matches(result) else ("wrong", repr(result)[:300])
    if isinstance(error, TogetherError):
        return "typed", type(error).__name__
    return "untyped", f"{type(error).__name__}: {error}"


def sync_call(client: Together, call: Call, options: dict[str, Any]) -> tuple[str, str]:
    try:
        if call.fresh:
            with Together(**options) as own:
                result = call.send(own)
        else:
            result = call.send(client)
    except Exception as exc:
        return outcome(call, error=exc)
    return outcome(call, result)


def run_sync(client: Together, calls: list[Call], options: dict[str, Any], res: SoakResult) -> None:
    """The calls on ``SYNC_WORKERS`` threads. A call still running after ``HUNG_AFTER`` is
    counted hung and left behind once every thread still running is stuck in one."""
    todo: queue.SimpleQueue[Call] = queue.SimpleQueue()
    for call in calls:
        todo.put(call)
    running: dict[int, tuple[Call, float]] = {}
    abandoned: set[int] = set()
    lock = threading.Lock()

    def work() -> None:
        while True:
            try:
                call = todo.get_nowait()
            except queue.Empty:
                return
            with lock:
                running[call.n] = (call, time.monotonic())
            start = time.monotonic()
            result = sync_call(client, call, options)
            if time.monotonic() - start > HUNG_AFTER:
                result = ("hung", f"took {time.monotonic() - start:.1f} s, then {result}")
            with lock:
                del running[call.n]
                if call.n in abandoned:
                    continue
            res.record(call, *result)

    workers = [threading.Thread(target=work, daemon=True) for _ in range(SYNC_WORKERS)]
    for worker in workers:
        worker.start()
    while alive := [w for w in workers if w.is_alive()]:
        alive[0].join(0.2)
        with lock:
            now = time.monotonic()
            stuck = [(c, now - t) for c, t in running.values() if now - t > HUNG_AFTER]
            if stuck and len(stuck) >= len([w for w in workers if w.is_alive()]):
                for call, took in stuck:
                    abandoned.add(call.n)
                    res.record(call, "hung", f"still running after {took:.1f} s")
                return


async def async_call(client: AsyncTogether, call: Call, options: dict[str, Any]) -> Any:
    try:
        if call.fresh:
            async with AsyncTogether(**options) as own:
                result = await call.send(own)
        else:
            result = await call.send(client)
    except Exception as exc:
        return outcome(call, error=exc)
    return outcome(call, result)


async def run_async(calls: list[Call], options: dict[str, Any], res: SoakResult) -> None:
    """The calls on one ``AsyncTogether``, ``ASYNC_CONCURRENCY`` at a time."""
    gate = asyncio.Semaphore(ASYNC_CONCURRENCY)
    async with AsyncTogether(**options) as client:

        async def one(call: Call) -> None:
            async with gate:
                try:
                    result = await asyncio.wait_for(async_call(client, call, options), HUNG_AFTER)
                except TimeoutError:
                    result = ("hung", f"still running after {HUNG_AFTER} s (cancelled)")
                res.record(call, *result)

        await asyncio.gather(*(one(call) for call in calls))


def rss_mib() -> float:
    gc.collect()
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def open_sockets() -> set[str]:
    """The inodes of this process's sockets (the entries of /proc/self/fd that are sockets)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed since listdir (the one listdir itself used, for one)
            continue
        if target.startswith("socket:["):
            found.add(target[8:-1])
    return found


def sockets_to(port: int) -> set[str]:
    """The inodes of the TCP sockets on this machine whose remote port is ``port``."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as rows:
            for row in list(rows)[1:]:
                cols = row.split()
                if int(cols[2].rsplit(":", 1)[1], 16) == port:
                    found.add(cols[9])
    return found


def run_soak(calls: int = 2000, seed: int = 0) -> SoakResult:
    """The soak with ``calls`` calls (a fifth of them async); the first tenth warms up."""
    gc.collect()
    sockets_before, threads_before = open_sockets(), threading.active_count()
    res = SoakResult(calls)
    started = time.monotonic()
    todo = plan(calls, seed)
    n_async = int(calls * ASYNC_SHARE)
    sync, asyn = todo[: calls - n_async], todo[calls - n_async :]
    warm_sync, warm_async = len(sync) // 10, len(asyn) // 10
    policy = random_policy(seed, PROXY_FAULT_RATE, PROXY_FAULTS)
    with upstream(seed) as (port, served), FaultProxy(port, policy) as proxy:
        options = {
            "api_key": API_KEY,
            "base_url": proxy.url + "/v1",
            "max_retries": MAX_RETRIES,
            "timeout": TIMEOUT,
        }
        with Together(**options) as client:
            run_sync(client, sync[:warm_sync], options, res)
            asyncio.run(run_async(asyn[:warm_async], options, res))
            rss_before = rss_mib()
            run_sync(client, sync[warm_sync:], options, res)
        asyncio.run(run_async(asyn[warm_async:], options, res))
        res.rss_growth_mib = rss_mib() - rss_before
        res.client_sockets_left = len(open_sockets() & sockets_to(proxy.port))
    res.server_faults, res.proxy_faults = served, proxy.fired
    res.connections = proxy.connections
    res.faulted_calls = sum(1 for c in todo if c.fault) + sum(res.proxy_faults.values())
    gc.collect()
    res.sockets_left = len(open_sockets() - sockets_before)
    res.threads_left = threading.active_count() - threads_before
    res.seconds = time.monotonic() - started
    return res


def test_soak_2000_calls_through_faults() -> None:
    res = run_soak(calls=2000, seed=20240817)
    print(res.summary())
    for sample in res.samples:
        print("  ", sample)
    assert res.failures() == [], res.summary()
    assert res.ok > 0.9 * res.calls, res.summary()  # the faults were survived, not just typed


@pytest.mark.parametrize(
    "mode",
    [
        "async",
        pytest.param(
            "sync",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known limit (README): a sync call cannot be interrupted while the status "
                "line and headers arrive, so there the deadline is checked only once the body "
                "comes; a server dripping its headers a byte at a time, each within the read "
                "timeout, holds a sync call past its deadline",
            ),
        ),
    ],
)
def test_a_dripping_answer_ends_at_the_call_deadline(mode: str) -> None:
    """The proxy drips the answer's first 24 bytes (its status line), one every 0.25 s: each
    read comes well within the 1 s timeout, so only the call's ``deadline`` (2 s) can end it."""
    deadline, drip = 2.0, Fault("drip", nbytes=24, interval=0.25)
    messages = [{"role": "user", "content": "soak-0"}]
    with upstream(0) as (port, _), FaultProxy(port, lambda n: drip) as proxy:
        options = {"api_key": API_KEY, "base_url": proxy.url + "/v1", "timeout": TIMEOUT}
        start = time.monotonic()
        with pytest.raises(DeadlineExceededError):
            if mode == "sync":
                with Together(**options, max_retries=0) as client:
                    client.chat.completions.create(
                        model=CHAT_MODEL, messages=messages, deadline=deadline
                    )
            else:

                async def main() -> None:
                    async with AsyncTogether(**options, max_retries=0) as aclient:
                        await aclient.chat.completions.create(
                            model=CHAT_MODEL, messages=messages, deadline=deadline
                        )

                asyncio.run(main())
        took = time.monotonic() - start
    assert took < deadline + 1.0
