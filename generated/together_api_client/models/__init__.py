"""Contains all the data models used in inputs/outputs"""

from .chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam
from .chat_completion_assistant_message_param_function_call import (
    ChatCompletionAssistantMessageParamFunctionCall,
)
from .chat_completion_assistant_message_param_role import (
    ChatCompletionAssistantMessageParamRole,
)
from .chat_completion_choice import ChatCompletionChoice
from .chat_completion_choice_chat_completion_choice_delta import (
    ChatCompletionChoiceChatCompletionChoiceDelta,
)
from .chat_completion_choice_chat_completion_choice_delta_function_call_type_0 import (
    ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0,
)
from .chat_completion_choice_chat_completion_choice_delta_role import (
    ChatCompletionChoiceChatCompletionChoiceDeltaRole,
)
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .chat_completion_chunk_delta import ChatCompletionChunkDelta
from .chat_completion_chunk_delta_function_call_type_0 import (
    ChatCompletionChunkDeltaFunctionCallType0,
)
from .chat_completion_chunk_delta_role import ChatCompletionChunkDeltaRole
from .chat_completion_chunk_object import ChatCompletionChunkObject
from .chat_completion_content_part_audio import ChatCompletionContentPartAudio
from .chat_completion_content_part_audio_audio_url import (
    ChatCompletionContentPartAudioAudioUrl,
)
from .chat_completion_content_part_audio_type import ChatCompletionContentPartAudioType
from .chat_completion_content_part_image import ChatCompletionContentPartImage
from .chat_completion_content_part_image_image_url import (
    ChatCompletionContentPartImageImageUrl,
)
from .chat_completion_content_part_image_type import ChatCompletionContentPartImageType
from .chat_completion_content_part_input_audio import (
    ChatCompletionContentPartInputAudio,
)
from .chat_completion_content_part_input_audio_input_audio import (
    ChatCompletionContentPartInputAudioInputAudio,
)
from .chat_completion_content_part_input_audio_input_audio_format import (
    ChatCompletionContentPartInputAudioInputAudioFormat,
)
from .chat_completion_content_part_input_audio_type import (
    ChatCompletionContentPartInputAudioType,
)
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_content_part_text_type import ChatCompletionContentPartTextType
from .chat_completion_content_part_video import ChatCompletionContentPartVideo
from .chat_completion_content_part_video_type import ChatCompletionContentPartVideoType
from .chat_completion_content_part_video_video_url import (
    ChatCompletionContentPartVideoVideoUrl,
)
from .chat_completion_event import ChatCompletionEvent
from .chat_completion_function_message_param import ChatCompletionFunctionMessageParam
from .chat_completion_function_message_param_role import (
    ChatCompletionFunctionMessageParamRole,
)
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_message_function_call_type_0 import (
    ChatCompletionMessageFunctionCallType0,
)
from .chat_completion_message_role import ChatCompletionMessageRole
from .chat_completion_message_tool_call_param import ChatCompletionMessageToolCallParam
from .chat_completion_message_tool_call_param_function import (
    ChatCompletionMessageToolCallParamFunction,
)
from .chat_completion_message_tool_call_param_type import (
    ChatCompletionMessageToolCallParamType,
)
from .chat_completion_request import ChatCompletionRequest
from .chat_completion_request_function_call_type_0 import (
    ChatCompletionRequestFunctionCallType0,
)
from .chat_completion_request_function_call_type_1 import (
    ChatCompletionRequestFunctionCallType1,
)
from .chat_completion_request_logit_bias import ChatCompletionRequestLogitBias
from .chat_completion_request_response_format import ChatCompletionRequestResponseFormat
from .chat_completion_request_response_format_json_schema import (
    ChatCompletionRequestResponseFormatJsonSchema,
)
from .chat_completion_request_response_format_json_schema_schema import (
    ChatCompletionRequestResponseFormatJsonSchemaSchema,
)
from .chat_completion_request_response_format_schema import (
    ChatCompletionRequestResponseFormatSchema,
)
from .chat_completion_request_stream_options import ChatCompletionRequestStreamOptions
from .chat_completion_request_tool_choice_type_1 import (
    ChatCompletionRequestToolChoiceType1,
)
from .chat_completion_request_tool_choice_type_1_function import (
    ChatCompletionRequestToolChoiceType1Function,
)
from .chat_completion_request_tool_choice_type_1_type import (
    ChatCompletionRequestToolChoiceType1Type,
)
from .chat_completion_response import ChatCompletionResponse
from .chat_completion_response_choice import ChatCompletionResponseChoice
from .chat_completion_response_object import ChatCompletionResponseObject
from .chat_completion_system_message_param import ChatCompletionSystemMessageParam
from .chat_completion_system_message_param_role import (
    ChatCompletionSystemMessageParamRole,
)
from .chat_completion_token import ChatCompletionToken
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_call_delta import ChatCompletionToolCallDelta
from .chat_completion_tool_call_delta_function import (
    ChatCompletionToolCallDeltaFunction,
)
from .chat_completion_tool_function import ChatCompletionToolFunction
from .chat_completion_tool_function_parameters import (
    ChatCompletionToolFunctionParameters,
)
from .chat_completion_tool_message_param import ChatCompletionToolMessageParam
from .chat_completion_tool_message_param_role import ChatCompletionToolMessageParamRole
from .chat_completion_tool_type import ChatCompletionToolType
from .chat_completion_user_message_param import ChatCompletionUserMessageParam
from .chat_completion_user_message_param_role import ChatCompletionUserMessageParamRole
from .completion_choice import CompletionChoice
from .completion_chunk import CompletionChunk
from .completion_chunk_choice import CompletionChunkChoice
from .completion_chunk_delta import CompletionChunkDelta
from .completion_chunk_object import CompletionChunkObject
from .completion_event import CompletionEvent
from .completion_request import CompletionRequest
from .completion_request_logit_bias import CompletionRequestLogitBias
from .completion_response import CompletionResponse
from .completion_response_choice import CompletionResponseChoice
from .completion_response_object import CompletionResponseObject
from .completion_token import CompletionToken
from .create_fine_tune_body import CreateFineTuneBody
from .embeddings_request import EmbeddingsRequest
from .embeddings_response import EmbeddingsResponse
from .embeddings_response_data_item import EmbeddingsResponseDataItem
from .embeddings_response_data_item_object import EmbeddingsResponseDataItemObject
from .embeddings_response_object import EmbeddingsResponseObject
from .error_data import ErrorData
from .error_data_error import ErrorDataError
from .file_delete_response import FileDeleteResponse
from .file_list import FileList
from .file_object import FileObject
from .file_response import FileResponse
from .file_response_file_type import FileResponseFileType
from .file_response_purpose import FileResponsePurpose
from .fine_tune_event import FineTuneEvent
from .fine_tune_event_level_type_1 import FineTuneEventLevelType1
from .fine_tune_event_object import FineTuneEventObject
from .fine_tune_event_type import FineTuneEventType
from .finetune_download_result import FinetuneDownloadResult
from .finetune_download_result_object_type_1 import FinetuneDownloadResultObjectType1
from .finetune_event import FinetuneEvent
from .finetune_event_levels_type_1 import FinetuneEventLevelsType1
from .finetune_event_object import FinetuneEventObject
from .finetune_event_type import FinetuneEventType
from .finetune_job_status import FinetuneJobStatus
from .finetune_list import FinetuneList
from .finetune_list_events import FinetuneListEvents
from .finetune_response import FinetuneResponse
from .finish_reason import FinishReason
from .full_training_type import FullTrainingType
from .full_training_type_type import FullTrainingTypeType
from .generate_images_body import GenerateImagesBody
from .generate_images_body_response_format import GenerateImagesBodyResponseFormat
from .image_response import ImageResponse
from .image_response_data_item import ImageResponseDataItem
from .image_response_object import ImageResponseObject
from .lo_ra_training_type import LoRATrainingType
from .lo_ra_training_type_type import LoRATrainingTypeType
from .logprobs_part import LogprobsPart
from .model_info import ModelInfo
from .model_info_type import ModelInfoType
from .pricing import Pricing
from .prompt_part_item import PromptPartItem
from .rerank_request import RerankRequest
from .rerank_request_documents_item_type_1 import RerankRequestDocumentsItemType1
from .rerank_response import RerankResponse
from .rerank_response_object import RerankResponseObject
from .rerank_response_results_item import RerankResponseResultsItem
from .rerank_response_results_item_document import RerankResponseResultsItemDocument
from .start_file_upload_body import StartFileUploadBody
from .stream_sentinel import StreamSentinel
from .stream_sentinel_stream_signal import StreamSentinelStreamSignal
from .tool_choice import ToolChoice
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_type import ToolChoiceType
from .tools_part import ToolsPart
from .tools_part_function import ToolsPartFunction
from .tools_part_function_parameters import ToolsPartFunctionParameters
from .usage_data import UsageData

__all__ = (
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionAssistantMessageParamFunctionCall",
    "ChatCompletionAssistantMessageParamRole",
    "ChatCompletionChoice",
    "ChatCompletionChoiceChatCompletionChoiceDelta",
    "ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0",
    "ChatCompletionChoiceChatCompletionChoiceDeltaRole",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionChunkDeltaFunctionCallType0",
    "ChatCompletionChunkDeltaRole",
    "ChatCompletionChunkObject",
    "ChatCompletionContentPartAudio",
    "ChatCompletionContentPartAudioAudioUrl",
    "ChatCompletionContentPartAudioType",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartImageImageUrl",
    "ChatCompletionContentPartImageType",
    "ChatCompletionContentPartInputAudio",
    "ChatCompletionContentPartInputAudioInputAudio",
    "ChatCompletionContentPartInputAudioInputAudioFormat",
    "ChatCompletionContentPartInputAudioType",
    "ChatCompletionContentPartText",
    "ChatCompletionContentPartTextType",
    "ChatCompletionContentPartVideo",
    "ChatCompletionContentPartVideoType",
    "ChatCompletionContentPartVideoVideoUrl",
    "ChatCompletionEvent",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionFunctionMessageParamRole",
    "ChatCompletionMessage",
    "ChatCompletionMessageFunctionCallType0",
    "ChatCompletionMessageRole",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionMessageToolCallParamFunction",
    "ChatCompletionMessageToolCallParamType",
    "ChatCompletionRequest",
    "ChatCompletionRequestFunctionCallType0",
    "ChatCompletionRequestFunctionCallType1",
    "ChatCompletionRequestLogitBias",
    "ChatCompletionRequestResponseFormat",
    "ChatCompletionRequestResponseFormatJsonSchema",
    "ChatCompletionRequestResponseFormatJsonSchemaSchema",
    "ChatCompletionRequestResponseFormatSchema",
    "ChatCompletionRequestStreamOptions",
    "ChatCompletionRequestToolChoiceType1",
    "ChatCompletionRequestToolChoiceType1Function",
    "ChatCompletionRequestToolChoiceType1Type",
    "ChatCompletionResponse",
    "ChatCompletionResponseChoice",
    "ChatCompletionResponseObject",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionSystemMessageParamRole",
    "ChatCompletionToken",
    "ChatCompletionTool",
    "ChatCompletionToolCallDelta",
    "ChatCompletionToolCallDeltaFunction",
    "ChatCompletionToolFunction",
    "ChatCompletionToolFunctionParameters",
    "ChatCompletionToolMessageParam",
    "ChatCompletionToolMessageParamRole",
    "ChatCompletionToolType",
    "ChatCompletionUserMessageParam",
    "ChatCompletionUserMessageParamRole",
    "CompletionChoice",
    "CompletionChunk",
    "CompletionChunkChoice",
    "CompletionChunkDelta",
    "CompletionChunkObject",
    "CompletionEvent",
    "CompletionRequest",
    "CompletionRequestLogitBias",
    "CompletionResponse",
    "CompletionResponseChoice",
    "CompletionResponseObject",
    "CompletionToken",
    "CreateFineTuneBody",
    "EmbeddingsRequest",
    "EmbeddingsResponse",
    "EmbeddingsResponseDataItem",
    "EmbeddingsResponseDataItemObject",
    "EmbeddingsResponseObject",
    "ErrorData",
    "ErrorDataError",
    "FileDeleteResponse",
    "FileList",
    "FileObject",
    "FileResponse",
    "FileResponseFileType",
    "FileResponsePurpose",
    "FineTuneEvent",
    "FineTuneEventLevelType1",
    "FineTuneEventObject",
    "FineTuneEventType",
    "FinetuneDownloadResult",
    "FinetuneDownloadResultObjectType1",
    "FinetuneEvent",
    "FinetuneEventLevelsType1",
    "FinetuneEventObject",
    "FinetuneEventType",
    "FinetuneJobStatus",
    "FinetuneList",
    "FinetuneListEvents",
    "FinetuneResponse",
    "FinishReason",
    "FullTrainingType",
    "FullTrainingTypeType",
    "GenerateImagesBody",
    "GenerateImagesBodyResponseFormat",
    "ImageResponse",
    "ImageResponseDataItem",
    "ImageResponseObject",
    "LoRATrainingType",
    "LoRATrainingTypeType",
    "LogprobsPart",
    "ModelInfo",
    "ModelInfoType",
    "Pricing",
    "PromptPartItem",
    "RerankRequest",
    "RerankRequestDocumentsItemType1",
    "RerankResponse",
    "RerankResponseObject",
    "RerankResponseResultsItem",
    "RerankResponseResultsItemDocument",
    "StartFileUploadBody",
    "StreamSentinel",
    "StreamSentinelStreamSignal",
    "ToolChoice",
    "ToolChoiceFunction",
    "ToolChoiceType",
    "ToolsPart",
    "ToolsPartFunction",
    "ToolsPartFunctionParameters",
    "UsageData",
)
