"""scripts/bench.py's extras: the chart, the TLS bench server with its chunked stream (and the
connection count the streams scenario relies on), and the count target."""

from __future__ import annotations

import json
import ssl
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bench
import bench_server
import httpx
import pytest
from bench import FACADE, FACADE_ALL, FLOOR, NEW_CONNS, OPENAI, TOGETHER, Sample, Scenario, Series

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# --- the chart -----------------------------------------------------------------------------------


def _entry(cpu_ratio: float, throughput_ratio: float = 1.0) -> dict[str, Any]:
    """A candidate's entry in results.json, as bench.scenario_dict writes it."""
    return {
        "skipped": None,
        "cpu_ratio_to_floor": cpu_ratio,
        "throughput_ratio_to_floor": throughput_ratio,
        "samples": [{"cpu_s": 0.01}],
    }


def _skipped(reason: str) -> dict[str, Any]:
    return {"skipped": reason}


def _results() -> dict[str, Any]:
    """A small results.json: every chart scenario, one skipped candidate, one unknown one."""
    floor = _entry(1.0)
    return {
        "date": "2026-01-02T03:04:05+00:00",
        "machine": {"platform": "Linux-test", "cpu_count": 2, "python": "3.11.7"},
        "scenarios": {
            "chat": {
                "title": "non-stream chat",
                "candidates": {
                    FLOOR: floor,
                    FACADE: _entry(1.04),
                    TOGETHER: _entry(6.5),
                    OPENAI: _entry(5.9),
                },
            },
            "stream": {
                "title": "stream",
                "candidates": {FLOOR: floor, FACADE: _entry(1.2), OPENAI: _entry(18.0)},
            },
            "embeddings": {
                "title": "embeddings",
                "candidates": {
                    FLOOR: floor,
                    FACADE: _entry(0.98),
                    TOGETHER: _skipped("TypeError: no"),
                    OPENAI: _entry(1.7),
                },
            },
            "models": {"title": "models", "candidates": {FLOOR: floor, FACADE: _entry(1.1)}},
            "async": {
                "title": "async chat c=64",
                "candidates": {
                    FLOOR: floor,
                    FACADE: _entry(0.9, throughput_ratio=1.25),
                    TOGETHER: _entry(3.0, throughput_ratio=0.25),
                },
            },
            "import": {
                "title": "import + construct",
                "candidates": {
                    FLOOR: floor,
                    FACADE: _entry(1.15),
                    FACADE_ALL: _entry(2.2),
                    TOGETHER: _entry(9.0),
                },
            },
            # not a chart scenario
            "streams": {"title": "20 sequential streams, TLS", "candidates": {FACADE: _entry(1.1)}},
        },
    }


@pytest.fixture
def bench_chart() -> Any:
    pytest.importorskip("matplotlib")
    import bench_chart

    return bench_chart


def test_chart_bars_are_the_ratios_async_as_a_cost_and_skipped_ones_left_out(
    bench_chart: Any,
) -> None:
    drawn = {(bar.group, bar.candidate): bar.value for bar in bench_chart.bars(_results())}
    cost = "async chat c=64\n(cost = 1 / throughput)"
    assert drawn == {
        ("non-stream chat", FACADE): 1.04,
        ("non-stream chat", TOGETHER): 6.5,
        ("non-stream chat", OPENAI): 5.9,
        ("stream", FACADE): 1.2,
        ("stream", OPENAI): 18.0,
        ("embeddings", FACADE): 0.98,
        ("embeddings", OPENAI): 1.7,
        ("models", FACADE): 1.1,
        (cost, FACADE): 0.8,  # 1.25x the floor's calls/s costs 0.8x
        (cost, TOGETHER): 4.0,
        ("import + construct", FACADE): 1.15,
        ("import + construct", TOGETHER): 9.0,
    }


def test_chart_names_are_the_ones_bench_writes(bench_chart: Any) -> None:
    assert set(bench_chart.CANDIDATES) <= set(bench.ORDER)
    assert set(bench_chart.SCENARIOS) <= set(bench.SCENARIOS)
    assert FLOOR not in bench_chart.CANDIDATES


def test_chart_is_drawn_as_a_png(bench_chart: Any, tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    results.write_text(json.dumps(_results()))
    out = bench_chart.draw(results, tmp_path / "chart.png")
    data = out.read_bytes()
    assert data.startswith(PNG_MAGIC)
    assert len(data) > 10_000  # bars, labels and text, not an empty canvas


def test_chart_command_line_and_a_run_without_any_chart_scenario(
    bench_chart: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"date": "d", "machine": {}, "scenarios": {}}))
    out = tmp_path / "empty.png"
    assert bench_chart.main([str(results), str(out)]) == 0
    assert out.read_bytes().startswith(PNG_MAGIC)
    assert capsys.readouterr().out.strip() == str(out)


def test_bench_notes_that_there_is_no_chart_without_matplotlib(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.delitem(sys.modules, "bench_chart", raising=False)
    note = bench.draw_chart(tmp_path / "results.json", tmp_path / "results.png")
    assert note == "No chart: matplotlib is not installed."
    assert not (tmp_path / "results.png").exists()


# --- the TLS server and its chunked stream -------------------------------------------------------


def _settings() -> bench.Settings:
    """Small bodies: the server starts fast."""
    argv = ["--quick", "--embeddings", "2", "--dimensions", "4", "--models", "3"]
    return bench.parse_settings(argv)


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[bench.BenchServer]:
    pytest.importorskip("trustme")
    tls = bench.make_tls_files(tmp_path)
    with bench.BenchServer(_settings(), tls=tls, stream_chunks=5, chunked=True) as server:
        yield server


def _client(server: bench.BenchServer) -> httpx.Client:
    assert server.tls is not None
    return httpx.Client(verify=server.tls.client_context())


def _stream_lines(client: httpx.Client, server: bench.BenchServer, to_end: bool) -> list[str]:
    """One stream's ``data:`` lines, the response read to its end or left at ``[DONE]``."""
    url = server.root + "/v1/chat/completions"
    lines = []
    with client.stream("POST", url, json=bench.STREAM_REQUEST) as response:
        assert response.headers["transfer-encoding"] == "chunked"
        assert "content-length" not in response.headers
        for line in response.iter_lines():
            if line.startswith("data:"):
                lines.append(line)
                if line == "data: [DONE]" and not to_end:
                    break
    return lines


def _new_connections(server: bench.BenchServer, streams: int, to_end: bool) -> int:
    """How many connections the server accepted while one client read ``streams`` streams."""
    before = server.stats()  # (opens the stats connection, counted here)
    with _client(server) as client:
        for _ in range(streams):
            lines = _stream_lines(client, server, to_end)
            assert len(lines) == 6 and lines[-1] == "data: [DONE]"
            assert all(json.loads(line[5:])["choices"] for line in lines[:-1])
    return int(server.stats()["connections"] - before["connections"])


def test_tls_stream_read_to_its_end_reuses_the_connection(tls_server: bench.BenchServer) -> None:
    assert tls_server.root.startswith("https://127.0.0.1:")
    assert _new_connections(tls_server, streams=2, to_end=True) == 1


def test_tls_stream_left_at_done_costs_a_connection_each(tls_server: bench.BenchServer) -> None:
    """The terminating chunk comes after [DONE]: a reader that stops there leaves it unread, so
    httpx cannot give the connection back (what the streams scenario counts)."""
    assert _new_connections(tls_server, streams=2, to_end=False) == 2


def test_tls_server_is_trusted_only_through_the_bench_ca(tls_server: bench.BenchServer) -> None:
    with httpx.Client() as client, pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
        client.get(tls_server.root + "/v1/models")
    with _client(tls_server) as client:
        assert len(client.get(tls_server.root + "/v1/models").json()) == 3


def test_chunked_stream_ends_with_the_zero_chunk_right_after_done() -> None:
    responses = bench_server.Responses.build(bench_server.BodySizes(3, 1, 2, 1), True)
    head, _, body = responses.stream.partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head and b"content-length" not in head
    assert body.endswith(b"\r\ndata: [DONE]\n\n\r\n0\r\n\r\n")
    assert bench_server._chunked_body(body, 0) == (bench_server.stream_body(3), len(body))
    plain = bench_server.Responses.build(bench_server.BodySizes(3, 1, 2, 1)).stream
    assert plain.endswith(b"\r\n\r\n" + bench_server.stream_body(3))


def test_server_wants_both_tls_files(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        bench_server._parse_args(["--tls-cert", "cert.pem"])
    assert exited.value.code == 2
    assert "--tls-cert and --tls-key go together" in capsys.readouterr().err


def test_streams_rounds_count_new_connections_per_stream(
    tls_server: bench.BenchServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scenario's measuring, with the floor and a reader that stops at [DONE]."""

    def stops_at_done(root: str, context: ssl.SSLContext) -> bench.SyncClient:
        client = httpx.Client(verify=context)
        url = root + "/v1/chat/completions"

        def stream() -> Iterator[Any]:
            return bench.floor_stream(client, url, bench.STREAM_REQUEST)

        return bench.streams_only(OPENAI, stream, client)

    monkeypatch.setattr(bench, "STREAMS_PER_ROUND", 3)
    monkeypatch.setattr(bench, "SHORT_STREAM_CHUNKS", 5)
    monkeypatch.setattr(
        bench,
        "tls_factories",
        lambda: [(FLOOR, "httpx", bench.floor_tls), (OPENAI, "httpx", stops_at_done)],
    )
    sc = Scenario("streams", "streams", "stream")
    settings = bench.parse_settings(["--quick", "--max-rounds", "2"])
    assert tls_server.tls is not None
    bench._measure_streams(sc, tls_server, bench.Budget(settings), tls_server.tls.client_context())
    assert sc.rounds == 2
    for name, expected in ((FLOOR, 0.0), (OPENAI, 1.0)):
        samples = sc.series[name].samples
        assert len(samples) == sc.rounds
        assert [s.extra[NEW_CONNS] for s in samples] == [expected] * sc.rounds
        assert all(s.calls == 3 and s.extra["chunks"] == 15 for s in samples)
        assert all(s.extra["ttfc_wall"] > 0 and s.extra["ttfc_cold_wall"] > 0 for s in samples)
    assert bench._streams_other(sc.series[FLOOR]).startswith("0.00 new conns/stream")
    assert bench._streams_other(sc.series[OPENAI]).startswith("1.00 new conns/stream")
    written = bench.scenario_dict(sc)["candidates"]  # what results.json gets
    assert (written[FLOOR][NEW_CONNS], written[OPENAI][NEW_CONNS]) == (0.0, 1.0)
    assert written[FLOOR]["new_client_ttfc_ms"] > 0 and written[FLOOR]["ttfc_ms"] > 0


# --- the count target ----------------------------------------------------------------------------


def _streams(*per_round: float) -> dict[str, Scenario]:
    """A streams scenario where together_facade made ``per_round`` new connections per stream."""
    samples = [Sample(0.01, 0.02, 20, 20, extra={NEW_CONNS: value}) for value in per_round]
    sc = Scenario("streams", "streams", "stream", {FACADE: Series(samples)}, len(samples))
    return {"streams": sc}


def _count_row(scenarios: dict[str, Scenario]) -> dict[str, Any]:
    (row,) = [r for r in bench.target_rows(scenarios) if r["metric"] == "count"]
    return row


def test_count_target_is_in_the_targets_and_wants_no_new_connection() -> None:
    (target,) = [t for t in bench.TARGETS if t.metric == "count"]
    assert (target.scenario, target.candidate, target.key) == ("streams", FACADE, NEW_CONNS)
    assert target.wanted == "<= 0 new conns per stream"
    assert target.passes(0.0) and not target.passes(0.05)


def test_count_target_passes_when_every_stream_reused_its_connection() -> None:
    row = _count_row(_streams(0.0, 0.0, 0.0))
    assert (row["ratio"], row["result"]) == (0.0, "PASS")
    assert (
        "| 0.00 (0.00-0.00) | <= 0 new conns per stream | PASS |" in bench.targets_table([row])[-1]
    )


def test_count_target_misses_when_streams_open_connections() -> None:
    row = _count_row(_streams(0.05, 0.15, 0.05))  # one to three new connections in 20 streams
    assert (row["ratio"], row["result"]) == (0.05, "MISS")
    assert (
        "| 0.05 (0.05-0.10) | <= 0 new conns per stream | MISS |" in bench.targets_table([row])[-1]
    )
    assert _count_row(_streams(1.0))["result"] == "MISS"


def test_count_target_is_not_measured_without_samples() -> None:
    empty = _streams()
    empty["streams"].series[FACADE] = Series(skipped="trustme not installed")
    row = _count_row(empty)
    assert (row["ratio"], row["result"]) == (None, "n/a")
    assert bench.target_rows({}) == []


def test_ratio_targets_still_compare_with_the_floor() -> None:
    floor = Series([Sample(1.0, 1.0, 10, 10) for _ in range(3)])
    facade = Series([Sample(cpu, 1.0, 10, 10) for cpu in (1.04, 1.08, 1.12)])
    sc = Scenario("chat", "chat", "call", {FLOOR: floor, FACADE: facade}, 3)
    (row,) = bench.target_rows({"chat": sc})
    assert row["ratio"] == pytest.approx(1.08) and row["result"] == "MISS"  # wants <= 1.05x
    assert "| 1.08x (1.06-1.10) | <= 1.05x httpx (floor) | MISS |" in bench.targets_table([row])[-1]
