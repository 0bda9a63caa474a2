"""A local stand-in for the Together API that replays real recorded responses.

It serves tests/fixtures/real-responses/ on 127.0.0.1, so the quickstart runs without a key or a
network. Only ``/models`` is made up (no listing was recorded): it lists the models that appear
in the recordings.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real-responses"

REPLAYS = {
    "/v1/chat/completions": "chat-completions__hfhub-cassette-llama3-8b-stop-2025-02-11.json",
    "/v1/chat/completions#stream": (
        "chat-completions__stream-hfhub-cassette-llama3-8b-length-2025-02-11.sse"
    ),
    "/v1/embeddings": "embeddings__llamastack-recording-m2-bert-3-inputs-SDKNORMALIZED.json",
    "/v1/rerank": "rerank__vercel-fixture-llama-rank-v1.json",
}

MODELS = [
    {
        "id": "meta-llama/Meta-Llama-3-8B-Instruct-Turbo",
        "object": "model",
        "type": "chat",
        "created": 0,
    },
    {
        "id": "togethercomputer/m2-bert-80M-32k-retrieval",
        "object": "model",
        "type": "embedding",
        "created": 0,
    },
    {"id": "Salesforce/Llama-Rank-V1", "object": "model", "type": "rerank", "created": 0},
    {"id": "black-forest-labs/FLUX.1-schnell", "object": "model", "type": "image", "created": 0},
]


class _Replay(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-request-id", "standin-0001")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/v1/models":
            self._answer(json.dumps(MODELS).encode(), "application/json")
        else:
            self._answer(
                b'{"error": {"message": "not recorded", "type": "not_found"}}',
                "application/json",
                404,
            )

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        key = self.path + ("#stream" if request.get("stream") else "")
        name = REPLAYS.get(key)
        if name is None:
            self._answer(
                b'{"error": {"message": "not recorded", "type": "not_found"}}',
                "application/json",
                404,
            )
            return
        kind = "text/event-stream" if name.endswith(".sse") else "application/json"
        self._answer((FIXTURES / name).read_bytes(), kind)

    def log_message(self, *args: object) -> None:
        pass


class StandIn:
    """``with StandIn() as base_url: ...`` serves the replays until the block ends."""

    def __enter__(self) -> str:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
