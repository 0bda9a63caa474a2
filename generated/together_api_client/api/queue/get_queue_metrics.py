from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.queue_error import QueueError
from ...models.queue_metrics_response import QueueMetricsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    model: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/queue/metrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueueError | QueueMetricsResponse | None:
    if response.status_code == 200:
        response_200 = QueueMetricsResponse.from_dict(response.json())

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
) -> Response[QueueError | QueueMetricsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str,
) -> Response[QueueError | QueueMetricsResponse]:
    """Get queue metrics

     Get the current queue statistics for a model, including pending and running job counts.

    Args:
        model (str): Model name to get metrics for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueueError | QueueMetricsResponse]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model: str,
) -> QueueError | QueueMetricsResponse | None:
    """Get queue metrics

     Get the current queue statistics for a model, including pending and running job counts.

    Args:
        model (str): Model name to get metrics for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueueError | QueueMetricsResponse
    """

    return sync_detailed(
        client=client,
        model=model,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str,
) -> Response[QueueError | QueueMetricsResponse]:
    """Get queue metrics

     Get the current queue statistics for a model, including pending and running job counts.

    Args:
        model (str): Model name to get metrics for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueueError | QueueMetricsResponse]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model: str,
) -> QueueError | QueueMetricsResponse | None:
    """Get queue metrics

     Get the current queue statistics for a model, including pending and running job counts.

    Args:
        model (str): Model name to get metrics for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueueError | QueueMetricsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
        )
    ).parsed
