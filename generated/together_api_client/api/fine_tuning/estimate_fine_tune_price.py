from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.estimate_fine_tune_price_body import EstimateFineTunePriceBody
from ...models.estimate_fine_tune_price_response_200 import (
    EstimateFineTunePriceResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: EstimateFineTunePriceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fine-tunes/estimate-price",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | EstimateFineTunePriceResponse200 | None:
    if response.status_code == 200:
        response_200 = EstimateFineTunePriceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorData.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | EstimateFineTunePriceResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateFineTunePriceBody,
) -> Response[ErrorData | EstimateFineTunePriceResponse200]:
    """Estimate price

     Estimate the price of a fine-tuning job.

    Args:
        body (EstimateFineTunePriceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | EstimateFineTunePriceResponse200]
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
    body: EstimateFineTunePriceBody,
) -> ErrorData | EstimateFineTunePriceResponse200 | None:
    """Estimate price

     Estimate the price of a fine-tuning job.

    Args:
        body (EstimateFineTunePriceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | EstimateFineTunePriceResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateFineTunePriceBody,
) -> Response[ErrorData | EstimateFineTunePriceResponse200]:
    """Estimate price

     Estimate the price of a fine-tuning job.

    Args:
        body (EstimateFineTunePriceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | EstimateFineTunePriceResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateFineTunePriceBody,
) -> ErrorData | EstimateFineTunePriceResponse200 | None:
    """Estimate price

     Estimate the price of a fine-tuning job.

    Args:
        body (EstimateFineTunePriceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | EstimateFineTunePriceResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
