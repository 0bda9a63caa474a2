from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.queue_cancel_request import QueueCancelRequest
from ...models.queue_cancel_response import QueueCancelResponse
from ...models.queue_error import QueueError
from ...types import Response


def _get_kwargs(
    *,
    body: QueueCancelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/queue/cancel",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueueCancelResponse | QueueError | None:
    if response.status_code == 200:
        response_200 = QueueCancelResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = QueueError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = QueueError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = QueueCancelResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = QueueError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueueCancelResponse | QueueError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueueCancelRequest,
) -> Response[QueueCancelResponse | QueueError]:
    """Cancel a queued job

     Cancel a pending job. Only jobs in pending status can be canceled.
    Running jobs cannot be stopped. Returns the job status after the
    attempt. If the job is not pending, returns 409 with the current status
    unchanged.

    Args:
        body (QueueCancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueueCancelResponse | QueueError]
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
    body: QueueCancelRequest,
) -> QueueCancelResponse | QueueError | None:
    """Cancel a queued job

     Cancel a pending job. Only jobs in pending status can be canceled.
    Running jobs cannot be stopped. Returns the job status after the
    attempt. If the job is not pending, returns 409 with the current status
    unchanged.

    Args:
        body (QueueCancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueueCancelResponse | QueueError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueueCancelRequest,
) -> Response[QueueCancelResponse | QueueError]:
    """Cancel a queued job

     Cancel a pending job. Only jobs in pending status can be canceled.
    Running jobs cannot be stopped. Returns the job status after the
    attempt. If the job is not pending, returns 409 with the current status
    unchanged.

    Args:
        body (QueueCancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueueCancelResponse | QueueError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QueueCancelRequest,
) -> QueueCancelResponse | QueueError | None:
    """Cancel a queued job

     Cancel a pending job. Only jobs in pending status can be canceled.
    Running jobs cannot be stopped. Returns the job status after the
    attempt. If the job is not pending, returns 409 with the current status
    unchanged.

    Args:
        body (QueueCancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueueCancelResponse | QueueError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
