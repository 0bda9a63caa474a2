from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fine_tune_model_limits import FineTuneModelLimits
from ...models.retrieve_fine_tune_model_limits_response_404 import (
    RetrieveFineTuneModelLimitsResponse404,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    model_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_name"] = model_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fine-tunes/models/limits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404 | None:
    if response.status_code == 200:
        response_200 = FineTuneModelLimits.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = RetrieveFineTuneModelLimitsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_name: str,
) -> Response[FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404]:
    """Get model limits

     Get model limits for a specific fine-tuning model.

    Args:
        model_name (str): The model name to get limits for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model_name: str,
) -> FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404 | None:
    """Get model limits

     Get model limits for a specific fine-tuning model.

    Args:
        model_name (str): The model name to get limits for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404
    """

    return sync_detailed(
        client=client,
        model_name=model_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_name: str,
) -> Response[FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404]:
    """Get model limits

     Get model limits for a specific fine-tuning model.

    Args:
        model_name (str): The model name to get limits for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model_name: str,
) -> FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404 | None:
    """Get model limits

     Get model limits for a specific fine-tuning model.

    Args:
        model_name (str): The model name to get limits for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FineTuneModelLimits | RetrieveFineTuneModelLimitsResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            model_name=model_name,
        )
    ).parsed
