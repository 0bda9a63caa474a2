from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_error_response import BatchErrorResponse
from ...models.batch_job_with_warning import BatchJobWithWarning
from ...models.create_batch_request import CreateBatchRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchErrorResponse | BatchJobWithWarning | None:
    if response.status_code == 201:
        response_201 = BatchJobWithWarning.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BatchErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BatchErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = BatchErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = BatchErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchErrorResponse | BatchJobWithWarning]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
) -> Response[BatchErrorResponse | BatchJobWithWarning]:
    """Create a batch job

     Create a new batch job with the given input file and endpoint

    Args:
        body (CreateBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorResponse | BatchJobWithWarning]
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
    client: AuthenticatedClient,
    body: CreateBatchRequest,
) -> BatchErrorResponse | BatchJobWithWarning | None:
    """Create a batch job

     Create a new batch job with the given input file and endpoint

    Args:
        body (CreateBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorResponse | BatchJobWithWarning
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
) -> Response[BatchErrorResponse | BatchJobWithWarning]:
    """Create a batch job

     Create a new batch job with the given input file and endpoint

    Args:
        body (CreateBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchErrorResponse | BatchJobWithWarning]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
) -> BatchErrorResponse | BatchJobWithWarning | None:
    """Create a batch job

     Create a new batch job with the given input file and endpoint

    Args:
        body (CreateBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchErrorResponse | BatchJobWithWarning
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
