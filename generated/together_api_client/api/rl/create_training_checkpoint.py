from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.rl_training_checkpoint_operation import RLTrainingCheckpointOperation
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rl/training-sessions/{session_id}/operations/training-checkpoint".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | RLTrainingCheckpointOperation:
    if response.status_code == 200:
        response_200 = RLTrainingCheckpointOperation.from_dict(response.json())

        return response_200

    response_default = ErrorData.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | RLTrainingCheckpointOperation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorData | RLTrainingCheckpointOperation]:
    """Save training checkpoint

     Submits an operation that will asynchronously save the full training state (adapter + optimizer +
    step).

    Args:
        session_id (str): Training session ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLTrainingCheckpointOperation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorData | RLTrainingCheckpointOperation | None:
    """Save training checkpoint

     Submits an operation that will asynchronously save the full training state (adapter + optimizer +
    step).

    Args:
        session_id (str): Training session ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLTrainingCheckpointOperation
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorData | RLTrainingCheckpointOperation]:
    """Save training checkpoint

     Submits an operation that will asynchronously save the full training state (adapter + optimizer +
    step).

    Args:
        session_id (str): Training session ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLTrainingCheckpointOperation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorData | RLTrainingCheckpointOperation | None:
    """Save training checkpoint

     Submits an operation that will asynchronously save the full training state (adapter + optimizer +
    step).

    Args:
        session_id (str): Training session ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLTrainingCheckpointOperation
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
