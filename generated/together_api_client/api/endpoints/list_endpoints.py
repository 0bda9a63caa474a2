from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.list_endpoints_response_200 import ListEndpointsResponse200
from ...models.list_endpoints_type import ListEndpointsType
from ...models.list_endpoints_usage_type import ListEndpointsUsageType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListEndpointsType | Unset = UNSET,
    usage_type: ListEndpointsUsageType | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_usage_type: str | Unset = UNSET
    if not isinstance(usage_type, Unset):
        json_usage_type = usage_type.value

    params["usage_type"] = json_usage_type

    params["mine"] = mine

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/endpoints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | ListEndpointsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListEndpointsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ErrorData.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorData.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | ListEndpointsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListEndpointsType | Unset = UNSET,
    usage_type: ListEndpointsUsageType | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> Response[ErrorData | ListEndpointsResponse200]:
    """List all endpoints, can be filtered by type

     Returns a list of all endpoints associated with your account. You can filter the results by type
    (dedicated or serverless).

    Args:
        type_ (ListEndpointsType | Unset): Filter endpoints by type
        usage_type (ListEndpointsUsageType | Unset): Filter endpoints by usage type
        mine (bool | Unset): If true, return only endpoints owned by the caller

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | ListEndpointsResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        usage_type=usage_type,
        mine=mine,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ListEndpointsType | Unset = UNSET,
    usage_type: ListEndpointsUsageType | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> ErrorData | ListEndpointsResponse200 | None:
    """List all endpoints, can be filtered by type

     Returns a list of all endpoints associated with your account. You can filter the results by type
    (dedicated or serverless).

    Args:
        type_ (ListEndpointsType | Unset): Filter endpoints by type
        usage_type (ListEndpointsUsageType | Unset): Filter endpoints by usage type
        mine (bool | Unset): If true, return only endpoints owned by the caller

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | ListEndpointsResponse200
    """

    return sync_detailed(
        client=client,
        type_=type_,
        usage_type=usage_type,
        mine=mine,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListEndpointsType | Unset = UNSET,
    usage_type: ListEndpointsUsageType | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> Response[ErrorData | ListEndpointsResponse200]:
    """List all endpoints, can be filtered by type

     Returns a list of all endpoints associated with your account. You can filter the results by type
    (dedicated or serverless).

    Args:
        type_ (ListEndpointsType | Unset): Filter endpoints by type
        usage_type (ListEndpointsUsageType | Unset): Filter endpoints by usage type
        mine (bool | Unset): If true, return only endpoints owned by the caller

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | ListEndpointsResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        usage_type=usage_type,
        mine=mine,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ListEndpointsType | Unset = UNSET,
    usage_type: ListEndpointsUsageType | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> ErrorData | ListEndpointsResponse200 | None:
    """List all endpoints, can be filtered by type

     Returns a list of all endpoints associated with your account. You can filter the results by type
    (dedicated or serverless).

    Args:
        type_ (ListEndpointsType | Unset): Filter endpoints by type
        usage_type (ListEndpointsUsageType | Unset): Filter endpoints by usage type
        mine (bool | Unset): If true, return only endpoints owned by the caller

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | ListEndpointsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            usage_type=usage_type,
            mine=mine,
        )
    ).parsed
