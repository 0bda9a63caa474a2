from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dedicated_endpoint import DedicatedEndpoint
from ...models.error_data import ErrorData
from ...models.update_endpoint_body import UpdateEndpointBody
from ...types import Response


def _get_kwargs(
    endpoint_id: str,
    *,
    body: UpdateEndpointBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/endpoints/{endpoint_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = ErrorData.from_dict(response.json())

        return response_404

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
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEndpointBody,
) -> Response[DedicatedEndpoint | ErrorData]:
    """Update endpoint, this can also be used to start or stop a dedicated endpoint

     Updates an existing endpoint's configuration. You can modify the display name, autoscaling settings,
    or change the endpoint's state (start/stop).

    Args:
        endpoint_id (str): The ID of the endpoint to update Example: endpoint-d23901de-
            ef8f-44bf-b3e7-de9c1ca8f2d7.
        body (UpdateEndpointBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedEndpoint | ErrorData]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEndpointBody,
) -> DedicatedEndpoint | ErrorData | None:
    """Update endpoint, this can also be used to start or stop a dedicated endpoint

     Updates an existing endpoint's configuration. You can modify the display name, autoscaling settings,
    or change the endpoint's state (start/stop).

    Args:
        endpoint_id (str): The ID of the endpoint to update Example: endpoint-d23901de-
            ef8f-44bf-b3e7-de9c1ca8f2d7.
        body (UpdateEndpointBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedEndpoint | ErrorData
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEndpointBody,
) -> Response[DedicatedEndpoint | ErrorData]:
    """Update endpoint, this can also be used to start or stop a dedicated endpoint

     Updates an existing endpoint's configuration. You can modify the display name, autoscaling settings,
    or change the endpoint's state (start/stop).

    Args:
        endpoint_id (str): The ID of the endpoint to update Example: endpoint-d23901de-
            ef8f-44bf-b3e7-de9c1ca8f2d7.
        body (UpdateEndpointBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedEndpoint | ErrorData]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEndpointBody,
) -> DedicatedEndpoint | ErrorData | None:
    """Update endpoint, this can also be used to start or stop a dedicated endpoint

     Updates an existing endpoint's configuration. You can modify the display name, autoscaling settings,
    or change the endpoint's state (start/stop).

    Args:
        endpoint_id (str): The ID of the endpoint to update Example: endpoint-d23901de-
            ef8f-44bf-b3e7-de9c1ca8f2d7.
        body (UpdateEndpointBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedEndpoint | ErrorData
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed
