"""``logprobs.top_logprobs`` in both forms servers send: one ``{token: logprob}`` map per token
(Together's docs capture) and a single map (the published spec). Both read, and both go back
out exactly as they came (a single map once broke ``model_dump``: it was read as a list)."""

from __future__ import annotations

from typing import Any

import pytest

from together_facade.types import ChatCompletionResponse, CompletionResponse

PER_TOKEN = [{"Hello": -0.01, "Hi": -4.6}, {"!": -0.2}]
SINGLE = {"Hello": -0.01, "Hi": -4.6}


def _chat(top: Any) -> dict[str, Any]:
    logprobs = {"tokens": ["Hello", "!"], "token_logprobs": [-0.01, -0.2], "top_logprobs": top}
    return {
        "id": "c-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": "Hello!"},
                "logprobs": logprobs,
            }
        ],
    }


@pytest.mark.parametrize("top", [PER_TOKEN, SINGLE], ids=["per-token", "single-map"])
def test_both_forms_read_and_dump_as_sent(top: Any) -> None:
    wire = _chat(top)
    resp = ChatCompletionResponse.from_dict(wire)
    got = resp.choices[0].logprobs
    assert got is not None
    if isinstance(top, list):
        assert isinstance(got.top_logprobs, list) and len(got.top_logprobs) == 2
        assert got.top_logprobs[0]["Hi"] == -4.6
    else:
        assert not isinstance(got.top_logprobs, list)
        assert got.top_logprobs is not None and got.top_logprobs["Hi"] == -4.6
    assert resp.model_dump(exclude_none=True) == wire  # it used to raise AttributeError
    assert resp.to_dict() == wire


def test_a_completion_reads_the_single_map_too() -> None:
    wire = {
        "id": "c-2",
        "object": "text.completion",
        "created": 1,
        "model": "m",
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        "choices": [
            {
                "index": 0,
                "text": "Hello",
                "finish_reason": "stop",
                "logprobs": {
                    "tokens": ["Hello"],
                    "token_logprobs": [-0.01],
                    "top_logprobs": SINGLE,
                },
            }
        ],
    }
    resp = CompletionResponse.from_dict(wire)
    assert resp.model_dump(exclude_none=True) == wire and resp.to_dict() == wire
