from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.rl_checkpoint_download_response import RLCheckpointDownloadResponse
from ...models.rl_checkpoint_variant import RLCheckpointVariant
from ...types import UNSET, Response


def _get_kwargs(
    id: str,
    *,
    variant: RLCheckpointVariant,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_variant = variant.value
    params["variant"] = json_variant

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rl/checkpoints/{id}/download".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | RLCheckpointDownloadResponse:
    if response.status_code == 200:
        response_200 = RLCheckpointDownloadResponse.from_dict(response.json())

        return response_200

    response_default = ErrorData.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | RLCheckpointDownloadResponse]:
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
    variant: RLCheckpointVariant,
) -> Response[ErrorData | RLCheckpointDownloadResponse]:
    """Download checkpoint

     Returns presigned URLs for downloading a checkpoint's model files. Only inference checkpoints
    support downloading.

    Args:
        id (str): ID of the checkpoint
        variant (RLCheckpointVariant): Checkpoint variant: merged (full model) or adapter (LoRA
            weights only)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLCheckpointDownloadResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        variant=variant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: RLCheckpointVariant,
) -> ErrorData | RLCheckpointDownloadResponse | None:
    """Download checkpoint

     Returns presigned URLs for downloading a checkpoint's model files. Only inference checkpoints
    support downloading.

    Args:
        id (str): ID of the checkpoint
        variant (RLCheckpointVariant): Checkpoint variant: merged (full model) or adapter (LoRA
            weights only)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLCheckpointDownloadResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        variant=variant,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: RLCheckpointVariant,
) -> Response[ErrorData | RLCheckpointDownloadResponse]:
    """Download checkpoint

     Returns presigned URLs for downloading a checkpoint's model files. Only inference checkpoints
    support downloading.

    Args:
        id (str): ID of the checkpoint
        variant (RLCheckpointVariant): Checkpoint variant: merged (full model) or adapter (LoRA
            weights only)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | RLCheckpointDownloadResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        variant=variant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: RLCheckpointVariant,
) -> ErrorData | RLCheckpointDownloadResponse | None:
    """Download checkpoint

     Returns presigned URLs for downloading a checkpoint's model files. Only inference checkpoints
    support downloading.

    Args:
        id (str): ID of the checkpoint
        variant (RLCheckpointVariant): Checkpoint variant: merged (full model) or adapter (LoRA
            weights only)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | RLCheckpointDownloadResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            variant=variant,
        )
    ).parsed
