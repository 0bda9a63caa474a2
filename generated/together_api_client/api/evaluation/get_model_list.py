from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.get_model_list_response_200 import GetModelListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_source: str | Unset = "all",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_source"] = model_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evaluation/model-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | GetModelListResponse200 | None:
    if response.status_code == 200:
        response_200 = GetModelListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorData.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorData.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | GetModelListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_source: str | Unset = "all",
) -> Response[ErrorData | GetModelListResponse200]:
    """Get model list

    Args:
        model_source (str | Unset): Filter models by source Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | GetModelListResponse200]
    """

    kwargs = _get_kwargs(
        model_source=model_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model_source: str | Unset = "all",
) -> ErrorData | GetModelListResponse200 | None:
    """Get model list

    Args:
        model_source (str | Unset): Filter models by source Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | GetModelListResponse200
    """

    return sync_detailed(
        client=client,
        model_source=model_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_source: str | Unset = "all",
) -> Response[ErrorData | GetModelListResponse200]:
    """Get model list

    Args:
        model_source (str | Unset): Filter models by source Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | GetModelListResponse200]
    """

    kwargs = _get_kwargs(
        model_source=model_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model_source: str | Unset = "all",
) -> ErrorData | GetModelListResponse200 | None:
    """Get model list

    Args:
        model_source (str | Unset): Filter models by source Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | GetModelListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            model_source=model_source,
        )
    ).parsed
