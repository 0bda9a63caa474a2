from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.queue_error import QueueError
from ...models.queue_job_request import QueueJobRequest
from ...models.queue_job_response import QueueJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: QueueJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/queue/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueueError | QueueJobResponse | None:
    if response.status_code == 200:
        response_200 = QueueJobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = QueueError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = QueueError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = QueueError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueueError | QueueJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueueJobRequest,
) -> Response[QueueError | QueueJobResponse]:
    """Submit a queued job

     Submit a new job to the queue for asynchronous processing. Jobs are
    processed in strict priority order (higher priority first, FIFO within
    the same priority). Returns a request ID that can be used to poll status
    or cancel the job.

    Args:
        body (QueueJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueueError | QueueJobResponse]
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
    body: QueueJobRequest,
) -> QueueError | QueueJobResponse | None:
    """Submit a queued job

     Submit a new job to the queue for asynchronous processing. Jobs are
    processed in strict priority order (higher priority first, FIFO within
    the same priority). Returns a request ID that can be used to poll status
    or cancel the job.

    Args:
        body (QueueJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueueError | QueueJobResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueueJobRequest,
) -> Response[QueueError | QueueJobResponse]:
    """Submit a queued job

     Submit a new job to the queue for asynchronous processing. Jobs are
    processed in strict priority order (higher priority first, FIFO within
    the same priority). Returns a request ID that can be used to poll status
    or cancel the job.

    Args:
        body (QueueJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueueError | QueueJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QueueJobRequest,
) -> QueueError | QueueJobResponse | None:
    """Submit a queued job

     Submit a new job to the queue for asynchronous processing. Jobs are
    processed in strict priority order (higher priority first, FIFO within
    the same priority). Returns a request ID that can be used to poll status
    or cancel the job.

    Args:
        body (QueueJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueueError | QueueJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
