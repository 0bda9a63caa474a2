from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_volume_request import UpdateVolumeRequest
from ...models.update_volume_response_400 import UpdateVolumeResponse400
from ...models.update_volume_response_404 import UpdateVolumeResponse404
from ...models.update_volume_response_500 import UpdateVolumeResponse500
from ...models.volume_response_item import VolumeResponseItem
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateVolumeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deployments/storage/volumes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateVolumeResponse400
    | UpdateVolumeResponse404
    | UpdateVolumeResponse500
    | VolumeResponseItem
    | None
):
    if response.status_code == 200:
        response_200 = VolumeResponseItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateVolumeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = UpdateVolumeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = UpdateVolumeResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateVolumeResponse400
    | UpdateVolumeResponse404
    | UpdateVolumeResponse500
    | VolumeResponseItem
]:
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
    body: UpdateVolumeRequest,
) -> Response[
    UpdateVolumeResponse400
    | UpdateVolumeResponse404
    | UpdateVolumeResponse500
    | VolumeResponseItem
]:
    """Update a volume

     Update an existing volume's configuration or contents

    Args:
        id (str): Volume ID or name.
        body (UpdateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateVolumeResponse400 | UpdateVolumeResponse404 | UpdateVolumeResponse500 | VolumeResponseItem]
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
    body: UpdateVolumeRequest,
) -> (
    UpdateVolumeResponse400
    | UpdateVolumeResponse404
    | UpdateVolumeResponse500
    | VolumeResponseItem
    | None
):
    """Update a volume

     Update an existing volume's configuration or contents

    Args:
        id (str): Volume ID or name.
        body (UpdateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateVolumeResponse400 | UpdateVolumeResponse404 | UpdateVolumeResponse500 | VolumeResponseItem
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
    body: UpdateVolumeRequest,
) -> Response[
    UpdateVolumeResponse400
    | UpdateVolumeResponse404
    | UpdateVolumeResponse500
    | VolumeResponseItem
]:
    """Update a volume

     Update an existing volume's configuration or contents

    Args:
        id (str): Volume ID or name.
        body (UpdateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateVolumeResponse400 | UpdateVolumeResponse404 | UpdateVolumeResponse500 | VolumeResponseItem]
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
    body: UpdateVolumeRequest,
) -> (
    UpdateVolumeResponse400
    | UpdateVolumeResponse404
    | UpdateVolumeResponse500
    | VolumeResponseItem
    | None
):
    """Update a volume

     Update an existing volume's configuration or contents

    Args:
        id (str): Volume ID or name.
        body (UpdateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateVolumeResponse400 | UpdateVolumeResponse404 | UpdateVolumeResponse500 | VolumeResponseItem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
