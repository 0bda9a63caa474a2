from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.rl_start_training_session_request import RLStartTrainingSessionRequest
from ...models.rl_training_session import RLTrainingSession
from ...types import Response


def _get_kwargs(
    *,
    body: RLStartTrainingSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rl/training-sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | RLTrainingSession:
    if response.status_code == 200:
        response_200 = RLTrainingSession.from_dict(response.json())

        return response_200

    response_default = ErrorData.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | RLTrainingSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RLStartTrainingSessionRequest,
) -> Response[ErrorData | RLTrainingSession]:
    """Create training session

     Creates a training session and returns its details.

    Args:
        body (RLStartTrainingSessionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLTrainingSession]
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
    body: RLStartTrainingSessionRequest,
) -> ErrorData | RLTrainingSession | None:
    """Create training session

     Creates a training session and returns its details.

    Args:
        body (RLStartTrainingSessionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLTrainingSession
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RLStartTrainingSessionRequest,
) -> Response[ErrorData | RLTrainingSession]:
    """Create training session

     Creates a training session and returns its details.

    Args:
        body (RLStartTrainingSessionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLTrainingSession]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RLStartTrainingSessionRequest,
) -> ErrorData | RLTrainingSession | None:
    """Create training session

     Creates a training session and returns its details.

    Args:
        body (RLStartTrainingSessionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLTrainingSession
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
