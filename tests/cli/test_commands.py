"""Every command of ``together-facade``, in-process (Typer's ``CliRunner``) against the
stand-in: what reached the API, and what was printed (stdout for the result, stderr for the
rest)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from tests.cli.conftest import API_KEY, CHAT, StandIn, say

Cli = Callable[..., Result]
MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
CONVERSATION = (
    '{"messages": [{"role": "user", "content": "Hi"}, '
    '{"role": "assistant", "content": "Hello!"}]}\n'
)


def ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    return result


def chat_answer(api: StandIn, content: str) -> dict[str, Any]:
    """A spec-valid chat answer saying ``content`` (without the example's ``prompt``, whose
    ``top_logprobs`` object the facade's models cannot give back with ``to_dict()``: reported)."""
    body = api.example(CHAT)
    body.pop("prompt", None)
    body["choices"] = [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
    ]
    return body


def completion_chunk(text: str, last: bool = False) -> dict[str, Any]:
    return {
        "id": "cmpl-1",
        "token": {"id": 1, "text": text, "logprob": 0.0, "special": False},
        "choices": [{"index": 0, "text": text}],
        "usage": {"prompt_tokens": 2, "completion_tokens": 2, "total_tokens": 4} if last else None,
        "finish_reason": "stop" if last else None,
    }


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- chat ---------------------------------------------------------------------------------------


def test_chat_streams_the_answer_to_stdout(cli: Cli, api: StandIn) -> None:
    say(api, "Hello", ", ", "world")
    result = ok(cli("chat", "-m", MODEL, "Hello there"))
    assert result.stdout == "Hello, world\n"
    assert result.stderr == ""
    sent = api.last.json()
    assert api.last.operation == CHAT
    assert sent == {
        "model": MODEL,
        "messages": [{"role": "user", "content": "Hello there"}],
        "stream": True,
    }
    assert api.last.headers["authorization"] == f"Bearer {API_KEY}"


def test_chat_sends_its_options_and_params(cli: Cli, api: StandIn) -> None:
    ok(
        cli(
            "chat", "-m", MODEL, "Hi", "--system", "Be brief.", "--max-tokens", "5",
            "--temperature", "0.2", "--top-p", "0.9", "--stop", "END", "--stop", "STOP",
            "-p", "seed=7", "-p", 'response_format={"type": "json_object"}',
            "-p", "safety_model=Meta-Llama/Llama-Guard-7b",
        )
    )  # fmt: skip
    sent = api.last.json()
    assert sent["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
    ]
    assert sent["max_tokens"] == 5 and sent["temperature"] == 0.2 and sent["top_p"] == 0.9
    assert sent["stop"] == ["END", "STOP"]
    assert sent["seed"] == 7 and sent["response_format"] == {"type": "json_object"}
    assert sent["safety_model"] == "Meta-Llama/Llama-Guard-7b"  # not JSON: taken as text


def test_chat_json_prints_the_whole_answer(cli: Cli, api: StandIn) -> None:
    body = chat_answer(api, "Bonjour")
    api.answer(CHAT, json=body)
    result = ok(cli("chat", "-m", MODEL, "Hi", "--json"))
    assert json.loads(result.stdout) == body
    assert "stream" not in api.last.json()


def test_the_global_json_flag_works_as_well(cli: Cli, api: StandIn) -> None:
    body = chat_answer(api, "Bonjour")
    api.answer(CHAT, json=body)
    result = ok(cli("--json", "chat", "-m", MODEL, "Hi"))
    assert json.loads(result.stdout) == body


def test_chat_no_stream_prints_the_message(cli: Cli, api: StandIn) -> None:
    api.answer(CHAT, json=chat_answer(api, "Bonjour"))
    result = ok(cli("chat", "-m", MODEL, "Hi", "--no-stream"))
    assert result.stdout == "Bonjour\n"
    assert "stream" not in api.last.json()


@pytest.mark.parametrize("args", [(), ("-",)])
def test_chat_reads_a_piped_prompt(cli: Cli, api: StandIn, args: tuple[str, ...]) -> None:
    ok(cli("chat", "-m", MODEL, *args, input="What is 2+2?\n"))
    assert api.last.json()["messages"] == [{"role": "user", "content": "What is 2+2?"}]


def test_chat_with_nothing_to_say_is_bad_input(cli: Cli, api: StandIn) -> None:
    result = cli("chat", "-m", MODEL, input="  \n")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: the prompt read from stdin is empty")
    assert api.requests == []


def test_chat_without_a_model_is_a_usage_error(cli: Cli, api: StandIn) -> None:
    result = cli("chat", "Hi")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: Missing option '--model' / '-m'. See 'together-facade chat --help'.\n"
    )
    assert api.requests == []


def test_a_bad_param_is_a_usage_error(cli: Cli, api: StandIn) -> None:
    result = cli("chat", "-m", MODEL, "Hi", "-p", "seed")
    assert result.exit_code == 2
    assert "'seed' is not KEY=VALUE" in result.stderr
    assert api.requests == []


# --- complete, embed, images, rerank ----------------------------------------------------------


def test_complete_streams_the_continuation(cli: Cli, api: StandIn) -> None:
    api.answer(
        "POST /completions",
        sse=[completion_chunk(" the capital"), completion_chunk(" of France.", last=True)],
    )
    result = ok(cli("complete", "-m", MODEL, "Paris is", "--max-tokens", "8", "--stop", "."))
    assert result.stdout == " the capital of France.\n"
    assert api.last.json() == {
        "model": MODEL,
        "prompt": "Paris is",
        "max_tokens": 8,
        "stop": ["."],
        "stream": True,
    }


def test_complete_json_and_no_stream(cli: Cli, api: StandIn) -> None:
    body = api.example("POST /completions")
    body.pop("prompt", None)  # see chat_answer
    body["choices"] = [{"index": 0, "text": " a city.", "finish_reason": "stop"}]
    api.answer("POST /completions", json=body)
    assert json.loads(ok(cli("complete", "-m", MODEL, "Paris is", "--json")).stdout) == body
    api.answer("POST /completions", json=body)
    assert ok(cli("complete", "-m", MODEL, "Paris is", "--no-stream")).stdout == " a city.\n"
    assert "stream" not in api.last.json()


def test_embed_prints_json_for_the_texts(cli: Cli, api: StandIn) -> None:
    result = ok(cli("embed", "-m", "BAAI/bge-base-en-v1.5", "first", "second"))
    out = json.loads(result.stdout)
    assert out["object"] == "list" and isinstance(out["data"][0]["embedding"], list)
    assert api.last.json() == {"model": "BAAI/bge-base-en-v1.5", "input": ["first", "second"]}


def test_embed_reads_lines_from_stdin(cli: Cli, api: StandIn) -> None:
    ok(cli("embed", "-m", "m", input="one\n\ntwo\n"))
    assert api.last.json()["input"] == ["one", "two"]


def test_images_saves_base64_answers(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    data = base64.b64encode(PNG).decode()
    api.answer(
        "POST /images/generations",
        json={
            "id": "img-1",
            "model": "black-forest-labs/FLUX.1-schnell",
            "object": "list",
            "data": [
                {"index": 0, "b64_json": data, "type": "b64_json"},
                {"index": 1, "b64_json": data, "type": "b64_json"},
            ],
        },
    )
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "cat-1.png").write_bytes(b"an older image")
    result = ok(
        cli(
            "images", "-m", "black-forest-labs/FLUX.1-schnell", "a cat", "-o", "pics",
            "--name", "cat", "-n", "2", "--width", "512", "--height", "256", "--steps", "4",
            "--seed", "1", "--response-format", "base64",
        )
    )  # fmt: skip
    assert result.stdout.splitlines() == ["pics/cat-2.png", "pics/cat-3.png"]
    assert (tmp_path / "pics" / "cat-1.png").read_bytes() == b"an older image"  # kept
    assert (tmp_path / "pics" / "cat-2.png").read_bytes() == PNG
    sent = api.last.json()
    assert sent == {
        "model": "black-forest-labs/FLUX.1-schnell",
        "prompt": "a cat",
        "n": 2,
        "width": 512,
        "height": 256,
        "steps": 4,
        "seed": 1,
        "response_format": "base64",
    }


def test_images_fetches_url_answers_without_the_key(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    url = api.base_url.removesuffix("/v1") + "/_signed/cat.jpeg"
    api.answer(
        "POST /images/generations",
        json={"id": "i", "model": "m", "object": "list", "data": [{"index": 0, "url": url}]},
    )
    result = ok(cli("images", "-m", "m", "a cat", "--json", "--output-format", "jpeg"))
    out = json.loads(result.stdout)
    assert out == {"model": "m", "images": [{"index": 0, "path": "image-1.jpeg", "url": url}]}
    fetched = api.last
    assert fetched.path == "/_signed/cat.jpeg"
    assert "authorization" not in fetched.headers  # the key goes to the API only
    assert (tmp_path / "image-1.jpeg").read_bytes()  # the bytes the link served


def test_images_that_cannot_be_fetched_fail_with_the_link(cli: Cli, api: StandIn) -> None:
    url = api.base_url.removesuffix("/v1") + "/missing.png"
    api.answer(
        "POST /images/generations",
        json={"id": "i", "model": "m", "object": "list", "data": [{"index": 0, "url": url}]},
    )
    result = cli("images", "-m", "m", "a cat")
    assert result.exit_code == 7
    assert result.stderr.startswith(f"error: the image at {url} could not be fetched")


def test_rerank_prints_the_documents_best_first(cli: Cli, api: StandIn) -> None:
    api.answer(
        "POST /rerank",
        json={
            "object": "rerank",
            "model": "Salesforce/Llama-Rank-V1",
            "results": [
                {"index": 1, "relevance_score": 0.9, "document": {}},
                {"index": 0, "relevance_score": 0.1, "document": {}},
            ],
        },
    )
    result = ok(cli("rerank", "-m", "Salesforce/Llama-Rank-V1", "capital", "Rome", "Paris"))
    lines = [line for line in result.stdout.splitlines() if "│" in line]
    assert "Paris" in lines[0] and "0.9000" in lines[0]
    assert "Rome" in lines[1] and "0.1000" in lines[1]
    assert api.last.json() == {
        "model": "Salesforce/Llama-Rank-V1",
        "query": "capital",
        "documents": ["Rome", "Paris"],
    }
    ok(cli("rerank", "-m", "r", "q", "--top-n", "1", "--json", input="a\nb\n"))
    assert api.last.json()["documents"] == ["a", "b"] and api.last.json()["top_n"] == 1


# --- models -------------------------------------------------------------------------------------


def test_models_list_is_a_table_or_json(cli: Cli, api: StandIn) -> None:
    chat_model = {
        "id": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "object": "model",
        "type": "chat",
        "context_length": 131072,
        "pricing": {"input": 0.88, "output": 0.88, "hourly": 0, "base": 0, "finetune": 0},
    }
    embedding = {"id": "BAAI/bge-base-en-v1.5", "object": "model", "type": "embedding"}
    api.answer("GET /models", json=[chat_model, embedding])
    table = ok(cli("models", "list")).stdout
    assert table.startswith("2 models\n")
    row = next(line for line in table.splitlines() if "Llama-3.3" in line)
    assert [cell.strip() for cell in row.split("│")[1:-1]] == [
        "meta-llama/Llama-3.3-70B-Instruct-Turbo", "chat", "131072", "0.88", "0.88"
    ]  # fmt: skip
    assert "BAAI/bge-base-en-v1.5" in table
    api.answer("GET /models", json=[chat_model, embedding])
    listed = json.loads(ok(cli("models", "list", "--type", "embedding", "--json")).stdout)
    assert listed == [embedding]
    assert api.last.operation == "GET /models"


# --- files --------------------------------------------------------------------------------------


def test_files_check_runs_here_without_a_key(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    good = write(tmp_path / "train.jsonl", CONVERSATION)
    result = ok(cli("files", "check", str(good), env={"TOGETHER_API_KEY": None}))
    assert result.stdout == f"{good}: Checks passed: 1 sample(s) in conversation format.\n"
    report = json.loads(ok(cli("files", "check", str(good), "--json")).stdout)
    assert report["is_check_passed"] is True and report["dataset_format"] == "conversation"
    assert api.requests == []


def test_files_check_of_a_bad_file_exits_2(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    bad = write(tmp_path / "train.jsonl", CONVERSATION + "not json\n")
    result = cli("files", "check", str(bad))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {bad}: Line 2: not valid JSON")
    result = cli("files", "check", str(bad), "--json")
    assert result.exit_code == 2 and json.loads(result.stdout)["line_number"] == 2
    assert api.requests == []


def test_files_upload_list_retrieve_content_delete(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    path = write(tmp_path / "train.jsonl", CONVERSATION)
    uploaded = json.loads(ok(cli("files", "upload", str(path), "--one-step", "--json")).stdout)
    assert api.last.operation == "POST /files/upload"
    assert CONVERSATION.encode() in api.last.body and b"fine-tune" in api.last.body
    file_id = uploaded["id"]

    listed = ok(cli("files", "list")).stdout
    assert listed.startswith("1 files\n") and file_id in listed and "train.jsonl" in listed

    shown = ok(cli("files", "retrieve", file_id)).stdout
    assert f"id:       {file_id}\n" in shown and "filename: train.jsonl" in shown
    assert api.last.path.endswith(f"/files/{file_id}")

    assert ok(cli("files", "content", file_id)).stdout == CONVERSATION
    saved = ok(cli("files", "content", file_id, "-o", "copy.jsonl")).stdout
    assert saved == "copy.jsonl\n"
    assert (tmp_path / "copy.jsonl").read_text(encoding="utf-8") == CONVERSATION

    assert ok(cli("files", "delete", file_id)).stdout == f"Deleted {file_id}\n"
    assert api.last.method == "DELETE"
    gone = cli("files", "retrieve", file_id)
    assert gone.exit_code == 4


def test_files_upload_in_three_steps_by_default(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    path = write(tmp_path / "train.jsonl", CONVERSATION)
    result = ok(cli("files", "upload", str(path)))
    file_id = result.stdout.split()[3]
    assert result.stdout == f"Uploaded train.jsonl as {file_id} ({len(CONVERSATION)} bytes)\n"
    start, put, preprocess = api.requests
    assert (start.method, start.path) == ("POST", "/v1/files")
    assert put.method == "PUT" and put.body == CONVERSATION.encode()
    assert "authorization" not in put.headers  # the key never goes to the storage host
    assert (preprocess.method, preprocess.path) == ("POST", f"/v1/files/{file_id}/preprocess")


def test_files_upload_human_output_and_purpose(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    path = write(tmp_path / "requests.jsonl", '{"custom_id": "a", "body": {}}\n')
    result = ok(cli("files", "upload", str(path), "--one-step", "--purpose", "batch-api"))
    assert result.stdout.startswith("Uploaded requests.jsonl as ")
    assert b"batch-api" in api.last.body


def test_files_upload_checks_the_file_first(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    bad = write(tmp_path / "train.jsonl", "not json\n")
    result = cli("files", "upload", str(bad), "--one-step")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "not valid JSON" in result.stderr
    assert api.requests == []
    ok(cli("files", "upload", str(bad), "--one-step", "--no-check"))
    assert api.last.operation == "POST /files/upload"


# --- fine-tuning --------------------------------------------------------------------------------


def test_fine_tuning_create_sends_the_job(cli: Cli, api: StandIn) -> None:
    result = ok(
        cli(
            "fine-tuning", "create", "--training-file", "file-1", "-m", "base-model",
            "--n-epochs", "3", "--lora", "--lora-r", "8", "--batch-size", "max",
            "--suffix", "mine", "-p", "warmup_ratio=0.1",
        )
    )  # fmt: skip
    sent = api.last.json()
    assert api.last.operation == "POST /fine-tunes"
    assert sent["training_file"] == "file-1" and sent["model"] == "base-model"
    assert sent["n_epochs"] == 3 and sent["batch_size"] == "max" and sent["suffix"] == "mine"
    assert sent["training_type"] == {"type": "Lora", "lora_r": 8, "lora_alpha": 16}
    assert sent["warmup_ratio"] == 0.1
    assert result.stdout.startswith("Created ft-")


def test_fine_tuning_list_status_events_cancel(cli: Cli, api: StandIn) -> None:
    created = json.loads(
        ok(cli("fine-tuning", "create", "--training-file", "f", "-m", "m", "--json")).stdout
    )
    job_id = created["id"]
    assert job_id in ok(cli("fine-tuning", "list")).stdout
    status = ok(cli("fine-tuning", "status", job_id)).stdout
    assert f"id:            {job_id}\n" in status and "status:        pending\n" in status
    assert json.loads(ok(cli("fine-tuning", "status", job_id, "--json")).stdout)["id"] == job_id
    events = ok(cli("fine-tuning", "events", job_id)).stdout
    assert api.last.path.endswith(f"/fine-tunes/{job_id}/events") and events.strip()
    assert ok(cli("fine-tuning", "cancel", job_id)).stdout == f"{job_id}: cancelled\n"
    assert api.last.operation == "POST /fine-tunes/{id}/cancel"


def job(api: StandIn, job_id: str, status: str) -> dict[str, Any]:
    return {**api.example("GET /fine-tunes/{id}"), "id": job_id, "status": status}


def test_fine_tuning_wait_until_completed(cli: Cli, api: StandIn) -> None:
    api.answer("GET /fine-tunes/{id}", json=job(api, "ft-1", "running"), times=1)
    api.answer("GET /fine-tunes/{id}", json=job(api, "ft-1", "completed"))
    result = ok(cli("fine-tuning", "wait", "ft-1", "--poll-interval", "0.01"))
    assert result.stdout == "ft-1: completed, model_output_name\n"
    assert len(api.calls("GET /fine-tunes/{id}")) == 2
    assert api.calls("GET /fine-tunes/{id}/events")  # events shown as they come
    assert "message" in result.stderr


def test_fine_tuning_download(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    api.answer("GET /finetune/download", body=b"model weights")
    result = ok(cli("fine-tuning", "download", "ft-1", "-o", "model.tar.zst"))
    assert result.stdout == "model.tar.zst\n"
    assert (tmp_path / "model.tar.zst").read_bytes() == b"model weights"
    assert api.last.query["ft_id"] == ["ft-1"]
    api.answer("GET /finetune/download", body=b"step 10")
    out = json.loads(
        ok(cli("fine-tuning", "download", "ft-1", "--checkpoint-step", "10", "--json")).stdout
    )
    assert out == {"id": "ft-1", "path": str(tmp_path / "ft-1-checkpoint-10.tar.zst")}
    assert api.last.query["checkpoint_step"] == ["10"]


# --- batches ------------------------------------------------------------------------------------


def uploaded_requests(cli: Cli, tmp_path: Path) -> str:
    path = write(tmp_path / "requests.jsonl", '{"custom_id": "r1", "body": {"model": "m"}}\n')
    args = ("files", "upload", str(path), "--one-step", "--purpose", "batch-api", "--json")
    return str(json.loads(ok(cli(*args)).stdout)["id"])


def test_batches_create_status_wait_download(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    file_id = uploaded_requests(cli, tmp_path)
    created = ok(cli("batches", "create", "--input-file-id", file_id, "--completion-window", "24h"))
    sent = api.last.json()
    assert sent == {
        "input_file_id": file_id,
        "endpoint": "/v1/chat/completions",
        "completion_window": "24h",
    }
    batch_id = created.stdout.split()[2]
    assert created.stdout == f"Created batch {batch_id} (VALIDATING)\n"

    status = ok(cli("batches", "status", batch_id)).stdout
    assert f"id:          {batch_id}\n" in status
    assert batch_id in ok(cli("batches", "list")).stdout

    waited = ok(cli("batches", "wait", batch_id, "--poll-interval", "0.01"))
    assert waited.stdout == f"{batch_id}: COMPLETED\n"
    assert "COMPLETED" in waited.stderr  # progress lines on stderr

    saved = ok(cli("batches", "download", batch_id)).stdout
    assert saved == f"{batch_id}-output.jsonl\n"
    assert '"custom_id": "r1"' in (tmp_path / f"{batch_id}-output.jsonl").read_text()

    missing = cli("batches", "download", batch_id, "--errors")
    assert missing.exit_code == 4 and missing.stderr.startswith("error: ")


def test_batches_create_from_a_file(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    path = write(tmp_path / "requests.jsonl", '{"custom_id": "r1", "body": {"model": "m"}}\n')
    created = json.loads(
        ok(
            cli("batches", "create", str(path), "--model-id", "m", "--priority", "1", "--json")
        ).stdout
    )
    upload = api.calls("POST /files/{id}/preprocess")
    assert len(upload) == 1
    batch = api.last.json()
    assert api.last.operation == "POST /batches"
    assert batch["input_file_id"] == upload[0].path.split("/")[-2]
    assert batch["model_id"] == "m" and batch["priority"] == 1
    assert created["job"]["input_file_id"] == batch["input_file_id"]


def test_batches_cancel(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    file_id = uploaded_requests(cli, tmp_path)
    created = json.loads(ok(cli("batches", "create", "--input-file-id", file_id, "--json")).stdout)
    batch_id = created["job"]["id"]
    assert ok(cli("batches", "cancel", batch_id)).stdout == f"{batch_id}: CANCELLED\n"
    assert api.last.operation == "POST /batches/{id}/cancel"


def test_batches_create_checks_the_file_before_sending(
    cli: Cli, api: StandIn, tmp_path: Path
) -> None:
    path = write(tmp_path / "requests.jsonl", '{"custom_id": "r1"}\n')
    result = cli("batches", "create", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path} is not a batch input file: line 1:")
    assert api.requests == []
    both = cli("batches", "create", str(path), "--input-file-id", "file-1")
    assert both.exit_code == 2 and "either FILE or --input-file-id" in both.stderr


# --- audio --------------------------------------------------------------------------------------


def test_audio_speak_writes_the_file(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    api.answer("POST /audio/speech", body=b"RIFF....WAVE", headers={"content-type": "audio/wav"})
    result = ok(
        cli(
            "audio", "speak", "-m", "cartesia/sonic-2", "--voice", "laidback woman",
            "-o", "hi.wav", "--format", "wav", "Hello!",
        )
    )  # fmt: skip
    assert result.stdout == "hi.wav\n"
    assert (tmp_path / "hi.wav").read_bytes() == b"RIFF....WAVE"
    assert api.last.json() == {
        "model": "cartesia/sonic-2",
        "voice": "laidback woman",
        "input": "Hello!",
        "response_format": "wav",
    }


def test_audio_transcribe_and_translate(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    audio = tmp_path / "meeting.wav"
    audio.write_bytes(b"RIFF-audio-bytes")
    result = ok(cli("audio", "transcribe", str(audio), "-m", "openai/whisper-large-v3"))
    assert result.stdout == "Hello, world!\n"
    assert api.last.operation == "POST /audio/transcriptions"
    assert b"RIFF-audio-bytes" in api.last.body and b"openai/whisper-large-v3" in api.last.body
    out = json.loads(ok(cli("audio", "transcribe", str(audio), "--translate", "--json")).stdout)
    assert api.last.operation == "POST /audio/translations" and "text" in out


def test_audio_transcribe_of_a_missing_file_is_bad_input(cli: Cli, api: StandIn) -> None:
    result = cli("audio", "transcribe", "missing.wav")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert api.requests == []
