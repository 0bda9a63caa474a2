"""Quickstart: call a chat model through the generated low-level client.

Without TOGETHER_API_KEY, a local stand-in on 127.0.0.1 replays a real response of the service
(tests/fixtures/real-responses), so the demo runs anywhere.
"""

from __future__ import annotations

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from together_api_client import AuthenticatedClient
from together_api_client.api.chat import chat_completions
from together_api_client.models import ChatCompletionRequest, ChatCompletionResponse

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real-responses"
REPLAY = FIXTURES / "chat-completions__hfhub-cassette-llama3-8b-stop-2025-02-11.json"


class _Replay(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = REPLAY.read_bytes()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    key = os.environ.get("TOGETHER_API_KEY")
    server = None
    if key:
        base_url = os.environ.get("TOGETHER_BASE_URL", "https://api.together.xyz/v1")
    else:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base_url, key = f"http://127.0.0.1:{server.server_address[1]}", "demo-key"
        print(f"No TOGETHER_API_KEY: replaying a recorded response from {base_url}\n")
    client = AuthenticatedClient(base_url=base_url, token=key)
    request = ChatCompletionRequest.from_dict(
        {
            "model": "meta-llama/Meta-Llama-3-8B-Instruct-Turbo",
            "messages": [{"role": "user", "content": "What is deep learning?"}],
            "max_tokens": 60,
        }
    )
    resp = chat_completions.sync(client=client, body=request)
    assert isinstance(resp, ChatCompletionResponse)
    print(f"model:   {resp.model}")
    print(f"finish:  {resp.choices[0].finish_reason}")
    print(f"usage:   {resp.usage.to_dict() if resp.usage else None}")
    print(f"answer:  {(resp.choices[0].message.content or '')[:300]}")
    if server:
        server.shutdown()


if __name__ == "__main__":
    main()
