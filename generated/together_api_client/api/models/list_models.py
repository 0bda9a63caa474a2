from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.model_info import ModelInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    dedicated: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dedicated"] = dedicated

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | list[ModelInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_model_info_list_item_data in _response_200:
            componentsschemas_model_info_list_item = ModelInfo.from_dict(
                componentsschemas_model_info_list_item_data
            )

            response_200.append(componentsschemas_model_info_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorData.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorData.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorData.from_dict(response.json())

        return response_429

    if response.status_code == 504:
        response_504 = ErrorData.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | list[ModelInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dedicated: bool | Unset = UNSET,
) -> Response[ErrorData | list[ModelInfo]]:
    """List all models

     Lists all of Together's open-source models

    Args:
        dedicated (bool | Unset): Filter models to only return dedicated models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | list[ModelInfo]]
    """

    kwargs = _get_kwargs(
        dedicated=dedicated,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    dedicated: bool | Unset = UNSET,
) -> ErrorData | list[ModelInfo] | None:
    """List all models

     Lists all of Together's open-source models

    Args:
        dedicated (bool | Unset): Filter models to only return dedicated models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | list[ModelInfo]
    """

    return sync_detailed(
        client=client,
        dedicated=dedicated,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dedicated: bool | Unset = UNSET,
) -> Response[ErrorData | list[ModelInfo]]:
    """List all models

     Lists all of Together's open-source models

    Args:
        dedicated (bool | Unset): Filter models to only return dedicated models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | list[ModelInfo]]
    """

    kwargs = _get_kwargs(
        dedicated=dedicated,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dedicated: bool | Unset = UNSET,
) -> ErrorData | list[ModelInfo] | None:
    """List all models

     Lists all of Together's open-source models

    Args:
        dedicated (bool | Unset): Filter models to only return dedicated models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | list[ModelInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
            dedicated=dedicated,
        )
    ).parsed
