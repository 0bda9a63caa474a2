"""Unknown enum values and fields from the live service survive parsing with their raw value."""

from __future__ import annotations

import json
from pathlib import Path

from together_api_client.models import (
    ChatCompletionResponse,
    FinetuneResponse,
    FinishReason,
    ModelInfo,
    ModelInfoType,
    RerankRequest,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "real-responses"


def test_unknown_finish_reason_keeps_its_raw_value() -> None:
    body = json.loads((FIXTURES / "chat-completions__hf-tape-llama33-70b-eos-2025-01-15.json").read_text())
    body["choices"][0]["finish_reason"] = "content_filter"
    body["choices"][0]["message"]["annotations"] = [{"type": "new"}]
    resp = ChatCompletionResponse.from_dict(body)
    reason = resp.choices[0].finish_reason
    assert isinstance(reason, FinishReason)
    assert reason == "content_filter" and reason.value == "content_filter"
    assert str(reason) == "content_filter"
    assert resp.choices[0].message.additional_properties["annotations"] == [{"type": "new"}]
    assert resp.to_dict()["choices"][0]["finish_reason"] == "content_filter"


def test_known_values_are_still_the_members() -> None:
    assert FinishReason("eos") is FinishReason.EOS
    assert ModelInfoType("chat") is ModelInfoType.CHAT


def test_unknown_model_type_keeps_its_raw_value() -> None:
    model = ModelInfo.from_dict({"id": "openai/whisper-large-v3", "object": "model", "created": 0, "type": "audio"})
    assert model.type == "audio"
    assert isinstance(model.type, ModelInfoType)
    assert model.to_dict()["type"] == "audio"


def test_fine_tune_ids_and_odd_event_values_parse() -> None:
    job = FinetuneResponse.from_dict(
        {
            "id": "ft-494cbd75-3057-44b4-8186-045c14be8d03",
            "status": "compressing_v2",
            "events": [{"object": "fine-tune-event", "level": "", "type": "JOB_PENDING", "message": "m"}],
        }
    )
    assert job.id == "ft-494cbd75-3057-44b4-8186-045c14be8d03"
    assert job.status == "compressing_v2"
    assert job.events[0].level == "" and job.events[0].type == "JOB_PENDING"


def test_rerank_request_with_string_documents_round_trips() -> None:
    body = {"model": "m", "query": "q", "documents": ["a", "b"], "top_n": 1}
    assert RerankRequest.from_dict(body).to_dict() == body
    objects = {"model": "m", "query": "q", "documents": [{"title": "t", "text": "x"}]}
    assert RerankRequest.from_dict(objects).to_dict() == objects
