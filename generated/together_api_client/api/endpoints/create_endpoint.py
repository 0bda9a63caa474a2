from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_endpoint_request import CreateEndpointRequest
from ...models.dedicated_endpoint import DedicatedEndpoint
from ...models.error_data import ErrorData
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEndpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedEndpoint | ErrorData | None:
    if response.status_code == 200:
        response_200 = DedicatedEndpoint.from_dict(response.json())

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
) -> Response[DedicatedEndpoint | ErrorData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,
) -> Response[DedicatedEndpoint | ErrorData]:
    """Create a dedicated endpoint, it will start automatically

     Creates a new dedicated endpoint for serving models. The endpoint will automatically start after
    creation. You can deploy any supported model on hardware configurations that meet the model's
    requirements.

    Args:
        body (CreateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedEndpoint | ErrorData]
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
    body: CreateEndpointRequest,
) -> DedicatedEndpoint | ErrorData | None:
    """Create a dedicated endpoint, it will start automatically

     Creates a new dedicated endpoint for serving models. The endpoint will automatically start after
    creation. You can deploy any supported model on hardware configurations that meet the model's
    requirements.

    Args:
        body (CreateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedEndpoint | ErrorData
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,
) -> Response[DedicatedEndpoint | ErrorData]:
    """Create a dedicated endpoint, it will start automatically

     Creates a new dedicated endpoint for serving models. The endpoint will automatically start after
    creation. You can deploy any supported model on hardware configurations that meet the model's
    requirements.

    Args:
        body (CreateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedEndpoint | ErrorData]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,
) -> DedicatedEndpoint | ErrorData | None:
    """Create a dedicated endpoint, it will start automatically

     Creates a new dedicated endpoint for serving models. The endpoint will automatically start after
    creation. You can deploy any supported model on hardware configurations that meet the model's
    requirements.

    Args:
        body (CreateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedEndpoint | ErrorData
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
