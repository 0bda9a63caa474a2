from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.rl_inference_checkpoint_operation import RLInferenceCheckpointOperation
from ...types import Response


def _get_kwargs(
    session_id: str,
    operation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rl/training-sessions/{session_id}/operations/inference-checkpoint/{operation_id}".format(
            session_id=quote(str(session_id), safe=""),
            operation_id=quote(str(operation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | RLInferenceCheckpointOperation:
    if response.status_code == 200:
        response_200 = RLInferenceCheckpointOperation.from_dict(response.json())

        return response_200

    response_default = ErrorData.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | RLInferenceCheckpointOperation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorData | RLInferenceCheckpointOperation]:
    """Get inference checkpoint operation

     Retrieves the current status and result of an inference checkpoint operation.

    Args:
        session_id (str): Training session ID
        operation_id (str): Operation ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLInferenceCheckpointOperation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        operation_id=operation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorData | RLInferenceCheckpointOperation | None:
    """Get inference checkpoint operation

     Retrieves the current status and result of an inference checkpoint operation.

    Args:
        session_id (str): Training session ID
        operation_id (str): Operation ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLInferenceCheckpointOperation
    """

    return sync_detailed(
        session_id=session_id,
        operation_id=operation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorData | RLInferenceCheckpointOperation]:
    """Get inference checkpoint operation

     Retrieves the current status and result of an inference checkpoint operation.

    Args:
        session_id (str): Training session ID
        operation_id (str): Operation ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLInferenceCheckpointOperation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        operation_id=operation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorData | RLInferenceCheckpointOperation | None:
    """Get inference checkpoint operation

     Retrieves the current status and result of an inference checkpoint operation.

    Args:
        session_id (str): Training session ID
        operation_id (str): Operation ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLInferenceCheckpointOperation
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            operation_id=operation_id,
            client=client,
        )
    ).parsed
