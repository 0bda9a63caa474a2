from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_translation_json_response import AudioTranslationJsonResponse
from ...models.audio_translation_request import AudioTranslationRequest
from ...models.audio_translation_verbose_json_response import (
    AudioTranslationVerboseJsonResponse,
)
from ...models.error_data import ErrorData
from ...types import Response


def _get_kwargs(
    *,
    body: AudioTranslationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/translations",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AudioTranslationJsonResponse
    | AudioTranslationVerboseJsonResponse
    | ErrorData
    | None
):
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse
        try:
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_audio_translation_response_type_0 = (
                AudioTranslationJsonResponse.from_dict(_response_200)
            )

            response_200 = componentsschemas_audio_translation_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_audio_translation_response_type_1 = (
                AudioTranslationVerboseJsonResponse.from_dict(_response_200)
            )

            response_200 = componentsschemas_audio_translation_response_type_1

        return response_200

    if response.status_code == 400:
        response_400 = ErrorData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorData.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorData.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse | ErrorData
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioTranslationRequest,
) -> Response[
    AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse | ErrorData
]:
    """Create audio translation request

     Translates audio into English

    Args:
        body (AudioTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse | ErrorData]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AudioTranslationRequest,
) -> (
    AudioTranslationJsonResponse
    | AudioTranslationVerboseJsonResponse
    | ErrorData
    | None
):
    """Create audio translation request

     Translates audio into English

    Args:
        body (AudioTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse | ErrorData
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioTranslationRequest,
) -> Response[
    AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse | ErrorData
]:
    """Create audio translation request

     Translates audio into English

    Args:
        body (AudioTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse | ErrorData]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AudioTranslationRequest,
) -> (
    AudioTranslationJsonResponse
    | AudioTranslationVerboseJsonResponse
    | ErrorData
    | None
):
    """Create audio translation request

     Translates audio into English

    Args:
        body (AudioTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse | ErrorData
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
