from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_fine_tune_checkpoint import DownloadFineTuneCheckpoint
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    ft_id: str,
    checkpoint_step: int | Unset = UNSET,
    checkpoint: DownloadFineTuneCheckpoint | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ft_id"] = ft_id

    params["checkpoint_step"] = checkpoint_step

    json_checkpoint: str | Unset = UNSET
    if not isinstance(checkpoint, Unset):
        json_checkpoint = checkpoint.value

    params["checkpoint"] = json_checkpoint

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finetune/download",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ft_id: str,
    checkpoint_step: int | Unset = UNSET,
    checkpoint: DownloadFineTuneCheckpoint | Unset = UNSET,
) -> Response[Any | File]:
    """Download model

     Receive a compressed fine-tuned model or checkpoint.

    Args:
        ft_id (str): Fine-tune ID to download. A string that starts with `ft-`.
        checkpoint_step (int | Unset): Specifies step number for checkpoint to download. Ignores
            `checkpoint` value if set.
        checkpoint (DownloadFineTuneCheckpoint | Unset): Specifies checkpoint type to download -
            `merged` vs `adapter`. This field is required if the checkpoint_step is not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        ft_id=ft_id,
        checkpoint_step=checkpoint_step,
        checkpoint=checkpoint,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ft_id: str,
    checkpoint_step: int | Unset = UNSET,
    checkpoint: DownloadFineTuneCheckpoint | Unset = UNSET,
) -> Any | File | None:
    """Download model

     Receive a compressed fine-tuned model or checkpoint.

    Args:
        ft_id (str): Fine-tune ID to download. A string that starts with `ft-`.
        checkpoint_step (int | Unset): Specifies step number for checkpoint to download. Ignores
            `checkpoint` value if set.
        checkpoint (DownloadFineTuneCheckpoint | Unset): Specifies checkpoint type to download -
            `merged` vs `adapter`. This field is required if the checkpoint_step is not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        ft_id=ft_id,
        checkpoint_step=checkpoint_step,
        checkpoint=checkpoint,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ft_id: str,
    checkpoint_step: int | Unset = UNSET,
    checkpoint: DownloadFineTuneCheckpoint | Unset = UNSET,
) -> Response[Any | File]:
    """Download model

     Receive a compressed fine-tuned model or checkpoint.

    Args:
        ft_id (str): Fine-tune ID to download. A string that starts with `ft-`.
        checkpoint_step (int | Unset): Specifies step number for checkpoint to download. Ignores
            `checkpoint` value if set.
        checkpoint (DownloadFineTuneCheckpoint | Unset): Specifies checkpoint type to download -
            `merged` vs `adapter`. This field is required if the checkpoint_step is not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        ft_id=ft_id,
        checkpoint_step=checkpoint_step,
        checkpoint=checkpoint,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ft_id: str,
    checkpoint_step: int | Unset = UNSET,
    checkpoint: DownloadFineTuneCheckpoint | Unset = UNSET,
) -> Any | File | None:
    """Download model

     Receive a compressed fine-tuned model or checkpoint.

    Args:
        ft_id (str): Fine-tune ID to download. A string that starts with `ft-`.
        checkpoint_step (int | Unset): Specifies step number for checkpoint to download. Ignores
            `checkpoint` value if set.
        checkpoint (DownloadFineTuneCheckpoint | Unset): Specifies checkpoint type to download -
            `merged` vs `adapter`. This field is required if the checkpoint_step is not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            ft_id=ft_id,
            checkpoint_step=checkpoint_step,
            checkpoint=checkpoint,
        )
    ).parsed
