from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.rl_training_session_status import RLTrainingSessionStatus
from ...models.rl_training_sessions_list_response import RLTrainingSessionsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: RLTrainingSessionStatus | Unset = UNSET,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rl/training-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | RLTrainingSessionsListResponse:
    if response.status_code == 200:
        response_200 = RLTrainingSessionsListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorData.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | RLTrainingSessionsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: RLTrainingSessionStatus | Unset = UNSET,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
) -> Response[ErrorData | RLTrainingSessionsListResponse]:
    """List training sessions

     Lists all training sessions.

    Args:
        status (RLTrainingSessionStatus | Unset): Status of the training session
        limit (int | Unset): Maximum number of sessions to return (1-100) Default: 20.
        after (str | Unset): Cursor for pagination (ID of the last session from the previous page)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLTrainingSessionsListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: RLTrainingSessionStatus | Unset = UNSET,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
) -> ErrorData | RLTrainingSessionsListResponse | None:
    """List training sessions

     Lists all training sessions.

    Args:
        status (RLTrainingSessionStatus | Unset): Status of the training session
        limit (int | Unset): Maximum number of sessions to return (1-100) Default: 20.
        after (str | Unset): Cursor for pagination (ID of the last session from the previous page)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLTrainingSessionsListResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: RLTrainingSessionStatus | Unset = UNSET,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
) -> Response[ErrorData | RLTrainingSessionsListResponse]:
    """List training sessions

     Lists all training sessions.

    Args:
        status (RLTrainingSessionStatus | Unset): Status of the training session
        limit (int | Unset): Maximum number of sessions to return (1-100) Default: 20.
        after (str | Unset): Cursor for pagination (ID of the last session from the previous page)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLTrainingSessionsListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: RLTrainingSessionStatus | Unset = UNSET,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
) -> ErrorData | RLTrainingSessionsListResponse | None:
    """List training sessions

     Lists all training sessions.

    Args:
        status (RLTrainingSessionStatus | Unset): Status of the training session
        limit (int | Unset): Maximum number of sessions to return (1-100) Default: 20.
        after (str | Unset): Cursor for pagination (ID of the last session from the previous page)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLTrainingSessionsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            after=after,
        )
    ).parsed
