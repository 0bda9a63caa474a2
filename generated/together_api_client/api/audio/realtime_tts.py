from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_tts_model import RealtimeTtsModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model: RealtimeTtsModel | Unset = RealtimeTtsModel.HEXGRADKOKORO_82M,
    voice: str | Unset = UNSET,
    max_partial_length: int | Unset = 250,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_model: str | Unset = UNSET
    if not isinstance(model, Unset):
        json_model = model.value

    params["model"] = json_model

    params["voice"] = voice

    params["max_partial_length"] = max_partial_length

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audio/speech/websocket",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 101:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: RealtimeTtsModel | Unset = RealtimeTtsModel.HEXGRADKOKORO_82M,
    voice: str | Unset = UNSET,
    max_partial_length: int | Unset = 250,
) -> Response[Any]:
    """Real-time text-to-speech via WebSocket

     Establishes a WebSocket connection for real-time text-to-speech generation. This endpoint uses
    WebSocket protocol (wss://api.together.ai/v1/audio/speech/websocket) for bidirectional streaming
    communication.

    **Connection Setup:**
    - Protocol: WebSocket (wss://)
    - Authentication: Pass API key as Bearer token in Authorization header
    - Parameters: Sent as query parameters (model, voice, max_partial_length)

    **Client Events:**
    - `tts_session.updated`: Update session parameters like voice
      ```json
      {
        "type": "tts_session.updated",
        "session": {
          "voice": "tara"
        }
      }
      ```
    - `input_text_buffer.append`: Send text chunks for TTS generation
      ```json
      {
        "type": "input_text_buffer.append",
        "text": "Hello, this is a test."
      }
      ```
    - `input_text_buffer.clear`: Clear the buffered text
      ```json
      {
        "type": "input_text_buffer.clear"
      }
      ```
    - `input_text_buffer.commit`: Signal end of text input and process remaining text
      ```json
      {
        "type": "input_text_buffer.commit"
      }
      ```

    **Server Events:**
    - `session.created`: Initial session confirmation (sent first)
      ```json
      {
        "event_id": "evt_123456",
        "type": "session.created",
        "session": {
          "id": "session-id",
          "object": "realtime.tts.session",
          "modalities": ["text", "audio"],
          "model": "hexgrad/Kokoro-82M",
          "voice": "tara"
        }
      }
      ```
    - `conversation.item.input_text.received`: Acknowledgment that text was received
      ```json
      {
        "type": "conversation.item.input_text.received",
        "text": "Hello, this is a test."
      }
      ```
    - `conversation.item.audio_output.delta`: Audio chunks as base64-encoded data
      ```json
      {
        "type": "conversation.item.audio_output.delta",
        "item_id": "tts_1",
        "delta": "<base64_encoded_audio_chunk>"
      }
      ```
    - `conversation.item.audio_output.done`: Audio generation complete for an item
      ```json
      {
        "type": "conversation.item.audio_output.done",
        "item_id": "tts_1"
      }
      ```
    - `conversation.item.tts.failed`: Error occurred
      ```json
      {
        "type": "conversation.item.tts.failed",
        "error": {
          "message": "Error description",
          "type": "invalid_request_error",
          "param": null,
          "code": "invalid_api_key"
        }
      }
      ```

    **Text Processing:**
    - Partial text (no sentence ending) is held in buffer until:
      - We believe that the text is complete enough to be processed for TTS generation
      - The partial text exceeds `max_partial_length` characters (default: 250)
      - The `input_text_buffer.commit` event is received

    **Audio Format:**
    - Format: Raw PCM (s16le, mono)
    - Sample Rate: 24000 Hz
    - Encoding: Base64 (per delta event)
    - Delivered via `conversation.item.audio_output.delta` events

    **Error Codes:**
    - `invalid_api_key`: Invalid API key provided (401)
    - `missing_api_key`: Authorization header missing (401)
    - `model_not_available`: Invalid or unavailable model (400)
    - Invalid text format errors (400)

    Args:
        model (RealtimeTtsModel | Unset): The TTS model to use for speech generation. Can also be
            set via `tts_session.updated` event. Default: RealtimeTtsModel.HEXGRADKOKORO_82M.
        voice (str | Unset): The voice to use for speech generation. Default is 'tara'.
            Available voices vary by model. Can also be updated via `tts_session.updated` event.
        max_partial_length (int | Unset): Maximum number of characters in partial text before
            forcing TTS generation
            even without a sentence ending. Helps reduce latency for long text without punctuation.
             Default: 250.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        model=model,
        voice=voice,
        max_partial_length=max_partial_length,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: RealtimeTtsModel | Unset = RealtimeTtsModel.HEXGRADKOKORO_82M,
    voice: str | Unset = UNSET,
    max_partial_length: int | Unset = 250,
) -> Response[Any]:
    """Real-time text-to-speech via WebSocket

     Establishes a WebSocket connection for real-time text-to-speech generation. This endpoint uses
    WebSocket protocol (wss://api.together.ai/v1/audio/speech/websocket) for bidirectional streaming
    communication.

    **Connection Setup:**
    - Protocol: WebSocket (wss://)
    - Authentication: Pass API key as Bearer token in Authorization header
    - Parameters: Sent as query parameters (model, voice, max_partial_length)

    **Client Events:**
    - `tts_session.updated`: Update session parameters like voice
      ```json
      {
        "type": "tts_session.updated",
        "session": {
          "voice": "tara"
        }
      }
      ```
    - `input_text_buffer.append`: Send text chunks for TTS generation
      ```json
      {
        "type": "input_text_buffer.append",
        "text": "Hello, this is a test."
      }
      ```
    - `input_text_buffer.clear`: Clear the buffered text
      ```json
      {
        "type": "input_text_buffer.clear"
      }
      ```
    - `input_text_buffer.commit`: Signal end of text input and process remaining text
      ```json
      {
        "type": "input_text_buffer.commit"
      }
      ```

    **Server Events:**
    - `session.created`: Initial session confirmation (sent first)
      ```json
      {
        "event_id": "evt_123456",
        "type": "session.created",
        "session": {
          "id": "session-id",
          "object": "realtime.tts.session",
          "modalities": ["text", "audio"],
          "model": "hexgrad/Kokoro-82M",
          "voice": "tara"
        }
      }
      ```
    - `conversation.item.input_text.received`: Acknowledgment that text was received
      ```json
      {
        "type": "conversation.item.input_text.received",
        "text": "Hello, this is a test."
      }
      ```
    - `conversation.item.audio_output.delta`: Audio chunks as base64-encoded data
      ```json
      {
        "type": "conversation.item.audio_output.delta",
        "item_id": "tts_1",
        "delta": "<base64_encoded_audio_chunk>"
      }
      ```
    - `conversation.item.audio_output.done`: Audio generation complete for an item
      ```json
      {
        "type": "conversation.item.audio_output.done",
        "item_id": "tts_1"
      }
      ```
    - `conversation.item.tts.failed`: Error occurred
      ```json
      {
        "type": "conversation.item.tts.failed",
        "error": {
          "message": "Error description",
          "type": "invalid_request_error",
          "param": null,
          "code": "invalid_api_key"
        }
      }
      ```

    **Text Processing:**
    - Partial text (no sentence ending) is held in buffer until:
      - We believe that the text is complete enough to be processed for TTS generation
      - The partial text exceeds `max_partial_length` characters (default: 250)
      - The `input_text_buffer.commit` event is received

    **Audio Format:**
    - Format: Raw PCM (s16le, mono)
    - Sample Rate: 24000 Hz
    - Encoding: Base64 (per delta event)
    - Delivered via `conversation.item.audio_output.delta` events

    **Error Codes:**
    - `invalid_api_key`: Invalid API key provided (401)
    - `missing_api_key`: Authorization header missing (401)
    - `model_not_available`: Invalid or unavailable model (400)
    - Invalid text format errors (400)

    Args:
        model (RealtimeTtsModel | Unset): The TTS model to use for speech generation. Can also be
            set via `tts_session.updated` event. Default: RealtimeTtsModel.HEXGRADKOKORO_82M.
        voice (str | Unset): The voice to use for speech generation. Default is 'tara'.
            Available voices vary by model. Can also be updated via `tts_session.updated` event.
        max_partial_length (int | Unset): Maximum number of characters in partial text before
            forcing TTS generation
            even without a sentence ending. Helps reduce latency for long text without punctuation.
             Default: 250.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        model=model,
        voice=voice,
        max_partial_length=max_partial_length,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
