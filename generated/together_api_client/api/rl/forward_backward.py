from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.rl_forward_backward_body import RLForwardBackwardBody
from ...models.rl_forward_backward_operation import RLForwardBackwardOperation
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: RLForwardBackwardBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rl/training-sessions/{session_id}/operations/forward-backward".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | RLForwardBackwardOperation:
    if response.status_code == 200:
        response_200 = RLForwardBackwardOperation.from_dict(response.json())

        return response_200

    response_default = ErrorData.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | RLForwardBackwardOperation]:
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
    body: RLForwardBackwardBody,
) -> Response[ErrorData | RLForwardBackwardOperation]:
    """Forward-backward pass

     Submits a forward-backward pass operation that will asynchronously compute gradients via
    backpropagation.

    Args:
        session_id (str): Training session ID
        body (RLForwardBackwardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLForwardBackwardOperation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RLForwardBackwardBody,
) -> ErrorData | RLForwardBackwardOperation | None:
    """Forward-backward pass

     Submits a forward-backward pass operation that will asynchronously compute gradients via
    backpropagation.

    Args:
        session_id (str): Training session ID
        body (RLForwardBackwardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLForwardBackwardOperation
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RLForwardBackwardBody,
) -> Response[ErrorData | RLForwardBackwardOperation]:
    """Forward-backward pass

     Submits a forward-backward pass operation that will asynchronously compute gradients via
    backpropagation.

    Args:
        session_id (str): Training session ID
        body (RLForwardBackwardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLForwardBackwardOperation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RLForwardBackwardBody,
) -> ErrorData | RLForwardBackwardOperation | None:
    """Forward-backward pass

     Submits a forward-backward pass operation that will asynchronously compute gradients via
    backpropagation.

    Args:
        session_id (str): Training session ID
        body (RLForwardBackwardBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLForwardBackwardOperation
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
