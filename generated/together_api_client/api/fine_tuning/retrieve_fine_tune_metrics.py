from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retrieve_fine_tune_metrics_body import RetrieveFineTuneMetricsBody
from ...models.retrieve_fine_tune_metrics_response_200 import (
    RetrieveFineTuneMetricsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: RetrieveFineTuneMetricsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fine-tunes/{id}/metrics".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RetrieveFineTuneMetricsResponse200 | None:
    if response.status_code == 200:
        response_200 = RetrieveFineTuneMetricsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RetrieveFineTuneMetricsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveFineTuneMetricsBody | Unset = UNSET,
) -> Response[Any | RetrieveFineTuneMetricsResponse200]:
    """Get metrics

     Retrieves recorded training metrics for a fine-tuning job in chronological order. All filter fields
    are optional — omit the body or send `{}` to retrieve all metrics.

    Args:
        id (str): Fine-tune job ID. A string that starts with `ft-`.
        body (RetrieveFineTuneMetricsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RetrieveFineTuneMetricsResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveFineTuneMetricsBody | Unset = UNSET,
) -> Any | RetrieveFineTuneMetricsResponse200 | None:
    """Get metrics

     Retrieves recorded training metrics for a fine-tuning job in chronological order. All filter fields
    are optional — omit the body or send `{}` to retrieve all metrics.

    Args:
        id (str): Fine-tune job ID. A string that starts with `ft-`.
        body (RetrieveFineTuneMetricsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RetrieveFineTuneMetricsResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveFineTuneMetricsBody | Unset = UNSET,
) -> Response[Any | RetrieveFineTuneMetricsResponse200]:
    """Get metrics

     Retrieves recorded training metrics for a fine-tuning job in chronological order. All filter fields
    are optional — omit the body or send `{}` to retrieve all metrics.

    Args:
        id (str): Fine-tune job ID. A string that starts with `ft-`.
        body (RetrieveFineTuneMetricsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RetrieveFineTuneMetricsResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveFineTuneMetricsBody | Unset = UNSET,
) -> Any | RetrieveFineTuneMetricsResponse200 | None:
    """Get metrics

     Retrieves recorded training metrics for a fine-tuning job in chronological order. All filter fields
    are optional — omit the body or send `{}` to retrieve all metrics.

    Args:
        id (str): Fine-tune job ID. A string that starts with `ft-`.
        body (RetrieveFineTuneMetricsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RetrieveFineTuneMetricsResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
