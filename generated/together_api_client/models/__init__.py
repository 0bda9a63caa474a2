"""Contains all the data models used in inputs/outputs.

Ours: a model's module is imported on first use (``models.X``, ``from .models import X``), not
every module when the package loads, so that a spec of hundreds of models stays cheap to import.
Type checkers see the plain imports."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_ref import AudioRef
    from .audio_speech_request import AudioSpeechRequest
    from .audio_speech_request_bit_rate import AudioSpeechRequestBitRate
    from .audio_speech_request_language import AudioSpeechRequestLanguage
    from .audio_speech_request_model_type_0 import AudioSpeechRequestModelType0
    from .audio_speech_request_response_encoding import (
        AudioSpeechRequestResponseEncoding,
    )
    from .audio_speech_request_response_format import AudioSpeechRequestResponseFormat
    from .audio_speech_stream_chunk import AudioSpeechStreamChunk
    from .audio_speech_stream_event import AudioSpeechStreamEvent
    from .audio_transcription_json_response import AudioTranscriptionJsonResponse
    from .audio_transcription_request import AudioTranscriptionRequest
    from .audio_transcription_request_model import AudioTranscriptionRequestModel
    from .audio_transcription_request_response_format import (
        AudioTranscriptionRequestResponseFormat,
    )
    from .audio_transcription_request_timestamp_granularities_type_0 import (
        AudioTranscriptionRequestTimestampGranularitiesType0,
    )
    from .audio_transcription_request_timestamp_granularities_type_1_item import (
        AudioTranscriptionRequestTimestampGranularitiesType1Item,
    )
    from .audio_transcription_segment import AudioTranscriptionSegment
    from .audio_transcription_speaker_segment import AudioTranscriptionSpeakerSegment
    from .audio_transcription_verbose_json_response import (
        AudioTranscriptionVerboseJsonResponse,
    )
    from .audio_transcription_verbose_json_response_task import (
        AudioTranscriptionVerboseJsonResponseTask,
    )
    from .audio_transcription_word import AudioTranscriptionWord
    from .audio_translation_json_response import AudioTranslationJsonResponse
    from .audio_translation_request import AudioTranslationRequest
    from .audio_translation_request_model import AudioTranslationRequestModel
    from .audio_translation_request_response_format import (
        AudioTranslationRequestResponseFormat,
    )
    from .audio_translation_request_timestamp_granularities_type_0 import (
        AudioTranslationRequestTimestampGranularitiesType0,
    )
    from .audio_translation_request_timestamp_granularities_type_1_item import (
        AudioTranslationRequestTimestampGranularitiesType1Item,
    )
    from .audio_translation_verbose_json_response import (
        AudioTranslationVerboseJsonResponse,
    )
    from .audio_translation_verbose_json_response_task import (
        AudioTranslationVerboseJsonResponseTask,
    )
    from .autoscaling import Autoscaling
    from .batch_error_response import BatchErrorResponse
    from .batch_job import BatchJob
    from .batch_job_status import BatchJobStatus
    from .batch_job_with_warning import BatchJobWithWarning
    from .chat_completion_assistant_message_param import (
        ChatCompletionAssistantMessageParam,
    )
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
    from .chat_completion_content_part_audio import ChatCompletionContentPartAudio
    from .chat_completion_content_part_audio_audio_url import (
        ChatCompletionContentPartAudioAudioUrl,
    )
    from .chat_completion_content_part_audio_type import (
        ChatCompletionContentPartAudioType,
    )
    from .chat_completion_content_part_image import ChatCompletionContentPartImage
    from .chat_completion_content_part_image_image_url import (
        ChatCompletionContentPartImageImageUrl,
    )
    from .chat_completion_content_part_image_type import (
        ChatCompletionContentPartImageType,
    )
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
    from .chat_completion_content_part_text_type import (
        ChatCompletionContentPartTextType,
    )
    from .chat_completion_content_part_video import ChatCompletionContentPartVideo
    from .chat_completion_content_part_video_type import (
        ChatCompletionContentPartVideoType,
    )
    from .chat_completion_content_part_video_video_url import (
        ChatCompletionContentPartVideoVideoUrl,
    )
    from .chat_completion_event import ChatCompletionEvent
    from .chat_completion_function_message_param import (
        ChatCompletionFunctionMessageParam,
    )
    from .chat_completion_function_message_param_role import (
        ChatCompletionFunctionMessageParamRole,
    )
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_function_call_type_0 import (
        ChatCompletionMessageFunctionCallType0,
    )
    from .chat_completion_message_role import ChatCompletionMessageRole
    from .chat_completion_message_tool_call_param import (
        ChatCompletionMessageToolCallParam,
    )
    from .chat_completion_message_tool_call_param_function import (
        ChatCompletionMessageToolCallParamFunction,
    )
    from .chat_completion_message_tool_call_param_type import (
        ChatCompletionMessageToolCallParamType,
    )
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_chat_template_kwargs import (
        ChatCompletionRequestChatTemplateKwargs,
    )
    from .chat_completion_request_context_length_exceeded_behavior import (
        ChatCompletionRequestContextLengthExceededBehavior,
    )
    from .chat_completion_request_function_call_type_0 import (
        ChatCompletionRequestFunctionCallType0,
    )
    from .chat_completion_request_function_call_type_1 import (
        ChatCompletionRequestFunctionCallType1,
    )
    from .chat_completion_request_logit_bias import ChatCompletionRequestLogitBias
    from .chat_completion_request_reasoning import ChatCompletionRequestReasoning
    from .chat_completion_request_reasoning_effort import (
        ChatCompletionRequestReasoningEffort,
    )
    from .chat_completion_request_stream_options import (
        ChatCompletionRequestStreamOptions,
    )
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
    from .chat_completion_tool_message_param_role import (
        ChatCompletionToolMessageParamRole,
    )
    from .chat_completion_tool_type import ChatCompletionToolType
    from .chat_completion_user_message_param import ChatCompletionUserMessageParam
    from .chat_completion_user_message_param_role import (
        ChatCompletionUserMessageParamRole,
    )
    from .cluster_driver_version_info import ClusterDriverVersionInfo
    from .completion_choice import CompletionChoice
    from .completion_choice_completion_choice_delta import (
        CompletionChoiceCompletionChoiceDelta,
    )
    from .completion_choice_completion_choice_delta_function_call_type_0 import (
        CompletionChoiceCompletionChoiceDeltaFunctionCallType0,
    )
    from .completion_choice_completion_choice_delta_role import (
        CompletionChoiceCompletionChoiceDeltaRole,
    )
    from .completion_chunk import CompletionChunk
    from .completion_chunk_choice import CompletionChunkChoice
    from .completion_chunk_delta import CompletionChunkDelta
    from .completion_event import CompletionEvent
    from .completion_request import CompletionRequest
    from .completion_request_logit_bias import CompletionRequestLogitBias
    from .completion_request_model_type_0 import CompletionRequestModelType0
    from .completion_request_safety_model_type_0 import (
        CompletionRequestSafetyModelType0,
    )
    from .completion_response import CompletionResponse
    from .completion_response_choice import CompletionResponseChoice
    from .completion_token import CompletionToken
    from .container_status import ContainerStatus
    from .cosine_lr_scheduler_args import CosineLRSchedulerArgs
    from .create_batch_request import CreateBatchRequest
    from .create_deployment_request import CreateDeploymentRequest
    from .create_deployment_request_gpu_type import CreateDeploymentRequestGpuType
    from .create_deployment_response_400 import CreateDeploymentResponse400
    from .create_deployment_response_500 import CreateDeploymentResponse500
    from .create_endpoint_request import CreateEndpointRequest
    from .create_endpoint_request_state import CreateEndpointRequestState
    from .create_fine_tune_body import CreateFineTuneBody
    from .create_fine_tune_body_batch_size_type_1 import (
        CreateFineTuneBodyBatchSizeType1,
    )
    from .create_fine_tune_body_train_on_inputs_type_1 import (
        CreateFineTuneBodyTrainOnInputsType1,
    )
    from .create_secret_request import CreateSecretRequest
    from .create_secret_response_400 import CreateSecretResponse400
    from .create_secret_response_500 import CreateSecretResponse500
    from .create_video_request import CreateVideoRequest
    from .create_volume_request import CreateVolumeRequest
    from .create_volume_response_400 import CreateVolumeResponse400
    from .create_volume_response_500 import CreateVolumeResponse500
    from .custom_metric_autoscaling_config import CustomMetricAutoscalingConfig
    from .custom_metric_autoscaling_config_metric import (
        CustomMetricAutoscalingConfigMetric,
    )
    from .dedicated_endpoint import DedicatedEndpoint
    from .dedicated_endpoint_state import DedicatedEndpointState
    from .dedicated_endpoint_type import DedicatedEndpointType
    from .delete_deployment_response_200 import DeleteDeploymentResponse200
    from .delete_deployment_response_404 import DeleteDeploymentResponse404
    from .delete_deployment_response_500 import DeleteDeploymentResponse500
    from .delete_secret_response_200 import DeleteSecretResponse200
    from .delete_secret_response_404 import DeleteSecretResponse404
    from .delete_secret_response_500 import DeleteSecretResponse500
    from .delete_volume_response_200 import DeleteVolumeResponse200
    from .delete_volume_response_404 import DeleteVolumeResponse404
    from .delete_volume_response_500 import DeleteVolumeResponse500
    from .deployment_list_response import DeploymentListResponse
    from .deployment_logs import DeploymentLogs
    from .deployment_response_item import DeploymentResponseItem
    from .deployment_response_item_gpu_type import DeploymentResponseItemGpuType
    from .deployment_response_item_replica_events import (
        DeploymentResponseItemReplicaEvents,
    )
    from .deployment_status import DeploymentStatus
    from .displayor_execute_output import DisplayorExecuteOutput
    from .displayor_execute_output_data import DisplayorExecuteOutputData
    from .displayor_execute_output_data_applicationgeojson import (
        DisplayorExecuteOutputDataApplicationgeojson,
    )
    from .displayor_execute_output_data_applicationjson import (
        DisplayorExecuteOutputDataApplicationjson,
    )
    from .displayor_execute_output_data_applicationvnd_vega_v5_json import (
        DisplayorExecuteOutputDataApplicationvndVegaV5Json,
    )
    from .displayor_execute_output_data_applicationvnd_vegalite_v4_json import (
        DisplayorExecuteOutputDataApplicationvndVegaliteV4Json,
    )
    from .displayor_execute_output_type import DisplayorExecuteOutputType
    from .download_deployment_file_response_400 import DownloadDeploymentFileResponse400
    from .download_deployment_file_response_404 import DownloadDeploymentFileResponse404
    from .download_deployment_file_response_500 import DownloadDeploymentFileResponse500
    from .download_fine_tune_checkpoint import DownloadFineTuneCheckpoint
    from .embeddings_request import EmbeddingsRequest
    from .embeddings_request_model_type_0 import EmbeddingsRequestModelType0
    from .embeddings_response import EmbeddingsResponse
    from .embeddings_response_data_item import EmbeddingsResponseDataItem
    from .endpoint_pricing import EndpointPricing
    from .environment_variable import EnvironmentVariable
    from .error_data import ErrorData
    from .error_data_error import ErrorDataError
    from .error_output import ErrorOutput
    from .error_output_type import ErrorOutputType
    from .error_response import ErrorResponse
    from .error_type_1 import ErrorType1
    from .estimate_fine_tune_price_body import EstimateFineTunePriceBody
    from .estimate_fine_tune_price_response_200 import EstimateFineTunePriceResponse200
    from .evaluation_classify_parameters import EvaluationClassifyParameters
    from .evaluation_classify_results import EvaluationClassifyResults
    from .evaluation_compare_parameters import EvaluationCompareParameters
    from .evaluation_compare_results import EvaluationCompareResults
    from .evaluation_job import EvaluationJob
    from .evaluation_job_parameters import EvaluationJobParameters
    from .evaluation_job_results_type_3 import EvaluationJobResultsType3
    from .evaluation_job_status import EvaluationJobStatus
    from .evaluation_job_status_update import EvaluationJobStatusUpdate
    from .evaluation_job_type import EvaluationJobType
    from .evaluation_judge_model_config import EvaluationJudgeModelConfig
    from .evaluation_judge_model_config_model_source import (
        EvaluationJudgeModelConfigModelSource,
    )
    from .evaluation_model_request import EvaluationModelRequest
    from .evaluation_model_request_model_source import EvaluationModelRequestModelSource
    from .evaluation_response import EvaluationResponse
    from .evaluation_response_status import EvaluationResponseStatus
    from .evaluation_score_parameters import EvaluationScoreParameters
    from .evaluation_score_results import EvaluationScoreResults
    from .evaluation_score_results_aggregated_scores import (
        EvaluationScoreResultsAggregatedScores,
    )
    from .evaluation_typed_request import EvaluationTypedRequest
    from .evaluation_typed_request_type import EvaluationTypedRequestType
    from .execute_request import ExecuteRequest
    from .execute_request_files_item import ExecuteRequestFilesItem
    from .execute_request_files_item_encoding import ExecuteRequestFilesItemEncoding
    from .execute_request_language import ExecuteRequestLanguage
    from .failed_execution import FailedExecution
    from .failed_execution_errors_item_type_1 import FailedExecutionErrorsItemType1
    from .file_delete_response import FileDeleteResponse
    from .file_info import FileInfo
    from .file_list import FileList
    from .file_purpose import FilePurpose
    from .file_response import FileResponse
    from .file_type import FileType
    from .fine_tune_checkpoint import FineTuneCheckpoint
    from .fine_tune_event import FineTuneEvent
    from .fine_tune_model_limits import FineTuneModelLimits
    from .fine_tune_model_limits_full_training import FineTuneModelLimitsFullTraining
    from .fine_tune_model_limits_lora_training import FineTuneModelLimitsLoraTraining
    from .fine_tune_progress import FineTuneProgress
    from .finetune_delete_response import FinetuneDeleteResponse
    from .finetune_event_levels_type_1 import FinetuneEventLevelsType1
    from .finetune_event_type import FinetuneEventType
    from .finetune_job_status import FinetuneJobStatus
    from .finetune_list_checkpoints import FinetuneListCheckpoints
    from .finetune_list_events import FinetuneListEvents
    from .finetune_response import FinetuneResponse
    from .finetune_response_batch_size_type_1 import FinetuneResponseBatchSizeType1
    from .finetune_response_train_on_inputs_type_1 import (
        FinetuneResponseTrainOnInputsType1,
    )
    from .finetune_response_truncated import FinetuneResponseTruncated
    from .finetune_truncated_list import FinetuneTruncatedList
    from .finish_reason import FinishReason
    from .full_training_type import FullTrainingType
    from .full_training_type_type import FullTrainingTypeType
    from .generate_images_body import GenerateImagesBody
    from .generate_images_body_image_loras_item import GenerateImagesBodyImageLorasItem
    from .generate_images_body_model_type_0 import GenerateImagesBodyModelType0
    from .generate_images_body_output_format import GenerateImagesBodyOutputFormat
    from .generate_images_body_response_format import GenerateImagesBodyResponseFormat
    from .get_evaluation_job_status_and_results_response_200 import (
        GetEvaluationJobStatusAndResultsResponse200,
    )
    from .get_evaluation_job_status_and_results_response_200_status import (
        GetEvaluationJobStatusAndResultsResponse200Status,
    )
    from .get_model_list_response_200 import GetModelListResponse200
    from .gpu_cluster_control_plane_node import GPUClusterControlPlaneNode
    from .gpu_cluster_create_request import GPUClusterCreateRequest
    from .gpu_cluster_create_request_billing_type import (
        GPUClusterCreateRequestBillingType,
    )
    from .gpu_cluster_create_request_cluster_type import (
        GPUClusterCreateRequestClusterType,
    )
    from .gpu_cluster_create_request_gpu_type import GPUClusterCreateRequestGpuType
    from .gpu_cluster_gpu_worker_node import GPUClusterGPUWorkerNode
    from .gpu_cluster_info import GPUClusterInfo
    from .gpu_cluster_info_cluster_type import GPUClusterInfoClusterType
    from .gpu_cluster_info_gpu_type import GPUClusterInfoGpuType
    from .gpu_cluster_info_status import GPUClusterInfoStatus
    from .gpu_cluster_service_delete_response_200 import (
        GpuClusterServiceDeleteResponse200,
    )
    from .gpu_cluster_update_request import GPUClusterUpdateRequest
    from .gpu_cluster_update_request_cluster_type import (
        GPUClusterUpdateRequestClusterType,
    )
    from .gpu_cluster_volume import GPUClusterVolume
    from .gpu_clusters import GPUClusters
    from .gpu_clusters_shared_volume import GPUClustersSharedVolume
    from .gpu_clusters_shared_volume_create_request import (
        GPUClustersSharedVolumeCreateRequest,
    )
    from .gpu_clusters_shared_volume_delete_response import (
        GPUClustersSharedVolumeDeleteResponse,
    )
    from .gpu_clusters_shared_volume_status import GPUClustersSharedVolumeStatus
    from .gpu_clusters_shared_volume_update_request import (
        GPUClustersSharedVolumeUpdateRequest,
    )
    from .gpu_clusters_shared_volumes import GPUClustersSharedVolumes
    from .hardware_availability import HardwareAvailability
    from .hardware_availability_status import HardwareAvailabilityStatus
    from .hardware_spec import HardwareSpec
    from .hardware_with_status import HardwareWithStatus
    from .http_autoscaling_config import HTTPAutoscalingConfig
    from .http_autoscaling_config_metric import HTTPAutoscalingConfigMetric
    from .image_response import ImageResponse
    from .image_response_data_b64 import ImageResponseDataB64
    from .image_response_data_b64_type import ImageResponseDataB64Type
    from .image_response_data_url import ImageResponseDataUrl
    from .image_response_data_url_type import ImageResponseDataUrlType
    from .image_response_image_data import ImageResponseImageData
    from .image_response_image_data_timings import ImageResponseImageDataTimings
    from .inference_warning import InferenceWarning
    from .instance_types_response import InstanceTypesResponse
    from .instance_types_response_types_item import InstanceTypesResponseTypesItem
    from .job_info_success_response import JobInfoSuccessResponse
    from .job_info_success_response_args import JobInfoSuccessResponseArgs
    from .job_info_success_response_status import JobInfoSuccessResponseStatus
    from .job_info_success_response_status_updates_item import (
        JobInfoSuccessResponseStatusUpdatesItem,
    )
    from .jobs_info_success_response import JobsInfoSuccessResponse
    from .json_object import JSONObject
    from .json_object_type import JSONObjectType
    from .kubernetes_event import KubernetesEvent
    from .linear_lr_scheduler_args import LinearLRSchedulerArgs
    from .list_availibility_zones_response import ListAvailibilityZonesResponse
    from .list_deployments_response_500 import ListDeploymentsResponse500
    from .list_endpoint import ListEndpoint
    from .list_endpoint_state import ListEndpointState
    from .list_endpoint_type import ListEndpointType
    from .list_endpoints_response_200 import ListEndpointsResponse200
    from .list_endpoints_type import ListEndpointsType
    from .list_endpoints_usage_type import ListEndpointsUsageType
    from .list_fine_tune_supported_models_response_200 import (
        ListFineTuneSupportedModelsResponse200,
    )
    from .list_hardware_response_200 import ListHardwareResponse200
    from .list_secrets_response import ListSecretsResponse
    from .list_secrets_response_500 import ListSecretsResponse500
    from .list_voices_response import ListVoicesResponse
    from .list_volumes_response import ListVolumesResponse
    from .list_volumes_response_500 import ListVolumesResponse500
    from .lo_ra_training_type import LoRATrainingType
    from .lo_ra_training_type_type import LoRATrainingTypeType
    from .logprobs_part import LogprobsPart
    from .lr_scheduler import LRScheduler
    from .lr_scheduler_lr_scheduler_type import LRSchedulerLrSchedulerType
    from .model_info import ModelInfo
    from .model_info_type import ModelInfoType
    from .model_upload_request import ModelUploadRequest
    from .model_upload_request_model_type import ModelUploadRequestModelType
    from .model_upload_success_response import ModelUploadSuccessResponse
    from .model_upload_success_response_data import ModelUploadSuccessResponseData
    from .model_voices import ModelVoices
    from .model_voices_voices_item import ModelVoicesVoicesItem
    from .multimodal_params import MultimodalParams
    from .pricing import Pricing
    from .prompt_part_item import PromptPartItem
    from .queue_autoscaling_config import QueueAutoscalingConfig
    from .queue_autoscaling_config_metric import QueueAutoscalingConfigMetric
    from .queue_cancel_request import QueueCancelRequest
    from .queue_cancel_response import QueueCancelResponse
    from .queue_cancel_response_status import QueueCancelResponseStatus
    from .queue_error import QueueError
    from .queue_job_request import QueueJobRequest
    from .queue_job_request_info import QueueJobRequestInfo
    from .queue_job_request_payload import QueueJobRequestPayload
    from .queue_job_response import QueueJobResponse
    from .queue_job_status_response import QueueJobStatusResponse
    from .queue_job_status_response_info import QueueJobStatusResponseInfo
    from .queue_job_status_response_inputs import QueueJobStatusResponseInputs
    from .queue_job_status_response_outputs import QueueJobStatusResponseOutputs
    from .queue_job_status_response_status import QueueJobStatusResponseStatus
    from .queue_metrics_response import QueueMetricsResponse
    from .realtime_transcription_input_audio_format import (
        RealtimeTranscriptionInputAudioFormat,
    )
    from .realtime_tts_model import RealtimeTtsModel
    from .region_list_response import RegionListResponse
    from .region_list_response_regions_item import RegionListResponseRegionsItem
    from .replica_event import ReplicaEvent
    from .rerank_request import RerankRequest
    from .rerank_request_documents_item_type_1 import RerankRequestDocumentsItemType1
    from .rerank_request_model_type_0 import RerankRequestModelType0
    from .rerank_response import RerankResponse
    from .rerank_response_results_item import RerankResponseResultsItem
    from .rerank_response_results_item_document import RerankResponseResultsItemDocument
    from .response import Response
    from .response_errors_item_type_1 import ResponseErrorsItemType1
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_response_format_json_schema_config import (
        ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig,
    )
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_json_schema_type import ResponseFormatJsonSchemaType
    from .retrieve_deployment_logs_response_404 import RetrieveDeploymentLogsResponse404
    from .retrieve_deployment_logs_response_500 import RetrieveDeploymentLogsResponse500
    from .retrieve_deployment_response_404 import RetrieveDeploymentResponse404
    from .retrieve_deployment_response_500 import RetrieveDeploymentResponse500
    from .retrieve_fine_tune_metrics_body import RetrieveFineTuneMetricsBody
    from .retrieve_fine_tune_metrics_response_200 import (
        RetrieveFineTuneMetricsResponse200,
    )
    from .retrieve_fine_tune_metrics_response_200_metrics_item import (
        RetrieveFineTuneMetricsResponse200MetricsItem,
    )
    from .retrieve_fine_tune_model_limits_response_404 import (
        RetrieveFineTuneModelLimitsResponse404,
    )
    from .retrieve_secret_response_404 import RetrieveSecretResponse404
    from .retrieve_secret_response_500 import RetrieveSecretResponse500
    from .retrieve_volume_response_404 import RetrieveVolumeResponse404
    from .retrieve_volume_response_500 import RetrieveVolumeResponse500
    from .rl_adam_w_optimizer_params import RLAdamWOptimizerParams
    from .rl_checkpoint_download_response import RLCheckpointDownloadResponse
    from .rl_checkpoint_file import RLCheckpointFile
    from .rl_checkpoint_variant import RLCheckpointVariant
    from .rl_cross_entropy_loss_params import RLCrossEntropyLossParams
    from .rl_encoded_text import RLEncodedText
    from .rl_forward_backward_body import RLForwardBackwardBody
    from .rl_forward_backward_operation import RLForwardBackwardOperation
    from .rl_forward_backward_result import RLForwardBackwardResult
    from .rl_forward_backward_result_metrics import RLForwardBackwardResultMetrics
    from .rl_inference_checkpoint import RLInferenceCheckpoint
    from .rl_inference_checkpoint_operation import RLInferenceCheckpointOperation
    from .rl_inference_checkpoint_registration import RLInferenceCheckpointRegistration
    from .rl_inference_checkpoint_result import RLInferenceCheckpointResult
    from .rl_input_chunk import RLInputChunk
    from .rl_list_meta import RLListMeta
    from .rl_lora_config import RLLoraConfig
    from .rl_loss_advantages import RLLossAdvantages
    from .rl_loss_config import RLLossConfig
    from .rl_loss_inputs import RLLossInputs
    from .rl_loss_logprobs import RLLossLogprobs
    from .rl_loss_mask import RLLossMask
    from .rl_loss_target_tokens import RLLossTargetTokens
    from .rl_loss_type import RLLossType
    from .rl_model_input import RLModelInput
    from .rl_optim_step_body import RLOptimStepBody
    from .rl_optim_step_operation import RLOptimStepOperation
    from .rl_optim_step_result import RLOptimStepResult
    from .rl_sample_body import RLSampleBody
    from .rl_sample_operation import RLSampleOperation
    from .rl_sample_result import RLSampleResult
    from .rl_sample_rollout import RLSampleRollout
    from .rl_sample_sequence import RLSampleSequence
    from .rl_sampling_params import RLSamplingParams
    from .rl_session_type import RLSessionType
    from .rl_start_training_session_request import RLStartTrainingSessionRequest
    from .rl_training_checkpoint import RLTrainingCheckpoint
    from .rl_training_checkpoint_operation import RLTrainingCheckpointOperation
    from .rl_training_checkpoint_result import RLTrainingCheckpointResult
    from .rl_training_operation_error import RLTrainingOperationError
    from .rl_training_operation_error_code import RLTrainingOperationErrorCode
    from .rl_training_operation_status import RLTrainingOperationStatus
    from .rl_training_sample import RLTrainingSample
    from .rl_training_session import RLTrainingSession
    from .rl_training_session_status import RLTrainingSessionStatus
    from .rl_training_sessions_list_response import RLTrainingSessionsListResponse
    from .rld_type import RLDType
    from .rlgrpo_loss_aggregation_type import RLGRPOLossAggregationType
    from .rlgrpo_loss_inputs import RLGRPOLossInputs
    from .rlgrpo_loss_params import RLGRPOLossParams
    from .secret_response_item import SecretResponseItem
    from .session_list_response import SessionListResponse
    from .session_list_response_data import SessionListResponseData
    from .session_list_response_data_sessions_item import (
        SessionListResponseDataSessionsItem,
    )
    from .session_list_response_errors_item_type_1 import (
        SessionListResponseErrorsItemType1,
    )
    from .start_file_upload_body import StartFileUploadBody
    from .stream_output import StreamOutput
    from .stream_output_type import StreamOutputType
    from .stream_sentinel import StreamSentinel
    from .stream_sentinel_stream_signal import StreamSentinelStreamSignal
    from .successful_execution import SuccessfulExecution
    from .successful_execution_execute_response_data import (
        SuccessfulExecutionExecuteResponseData,
    )
    from .successful_execution_execute_response_data_status import (
        SuccessfulExecutionExecuteResponseDataStatus,
    )
    from .text import Text
    from .text_type import TextType
    from .tool_choice import ToolChoice
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_type import ToolChoiceType
    from .tools_part import ToolsPart
    from .tools_part_function import ToolsPartFunction
    from .tools_part_function_parameters import ToolsPartFunctionParameters
    from .top_logprobs import TopLogprobs
    from .training_method_dpo import TrainingMethodDPO
    from .training_method_dpo_method import TrainingMethodDPOMethod
    from .training_method_sft import TrainingMethodSFT
    from .training_method_sft_method import TrainingMethodSFTMethod
    from .training_method_sft_train_on_inputs_type_1 import (
        TrainingMethodSFTTrainOnInputsType1,
    )
    from .update_deployment_request import UpdateDeploymentRequest
    from .update_deployment_request_gpu_type import UpdateDeploymentRequestGpuType
    from .update_deployment_response_400 import UpdateDeploymentResponse400
    from .update_deployment_response_404 import UpdateDeploymentResponse404
    from .update_deployment_response_500 import UpdateDeploymentResponse500
    from .update_endpoint_body import UpdateEndpointBody
    from .update_endpoint_body_state import UpdateEndpointBodyState
    from .update_secret_request import UpdateSecretRequest
    from .update_secret_response_400 import UpdateSecretResponse400
    from .update_secret_response_404 import UpdateSecretResponse404
    from .update_secret_response_500 import UpdateSecretResponse500
    from .update_volume_request import UpdateVolumeRequest
    from .update_volume_response_400 import UpdateVolumeResponse400
    from .update_volume_response_404 import UpdateVolumeResponse404
    from .update_volume_response_500 import UpdateVolumeResponse500
    from .upload_file_body import UploadFileBody
    from .usage_data import UsageData
    from .version_history_item import VersionHistoryItem
    from .video_frame_image_input import VideoFrameImageInput
    from .video_frame_image_input_frame_type_1 import VideoFrameImageInputFrameType1
    from .video_job import VideoJob
    from .video_job_error import VideoJobError
    from .video_job_outputs import VideoJobOutputs
    from .video_media import VideoMedia
    from .video_output_format import VideoOutputFormat
    from .video_ref import VideoRef
    from .video_status import VideoStatus
    from .volume_content import VolumeContent
    from .volume_content_request import VolumeContentRequest
    from .volume_content_request_type import VolumeContentRequestType
    from .volume_content_type import VolumeContentType
    from .volume_mount import VolumeMount
    from .volume_response_item import VolumeResponseItem
    from .volume_response_item_version_history import VolumeResponseItemVersionHistory
    from .volume_type import VolumeType

#: Each model's module, relative to this package.
_MODULES = {
    "AudioRef": ".audio_ref",
    "AudioSpeechRequest": ".audio_speech_request",
    "AudioSpeechRequestBitRate": ".audio_speech_request_bit_rate",
    "AudioSpeechRequestLanguage": ".audio_speech_request_language",
    "AudioSpeechRequestModelType0": ".audio_speech_request_model_type_0",
    "AudioSpeechRequestResponseEncoding": ".audio_speech_request_response_encoding",
    "AudioSpeechRequestResponseFormat": ".audio_speech_request_response_format",
    "AudioSpeechStreamChunk": ".audio_speech_stream_chunk",
    "AudioSpeechStreamEvent": ".audio_speech_stream_event",
    "AudioTranscriptionJsonResponse": ".audio_transcription_json_response",
    "AudioTranscriptionRequest": ".audio_transcription_request",
    "AudioTranscriptionRequestModel": ".audio_transcription_request_model",
    "AudioTranscriptionRequestResponseFormat": ".audio_transcription_request_response_format",
    "AudioTranscriptionRequestTimestampGranularitiesType0": ".audio_transcription_request_timestamp_granularities_type_0",
    "AudioTranscriptionRequestTimestampGranularitiesType1Item": ".audio_transcription_request_timestamp_granularities_type_1_item",
    "AudioTranscriptionSegment": ".audio_transcription_segment",
    "AudioTranscriptionSpeakerSegment": ".audio_transcription_speaker_segment",
    "AudioTranscriptionVerboseJsonResponse": ".audio_transcription_verbose_json_response",
    "AudioTranscriptionVerboseJsonResponseTask": ".audio_transcription_verbose_json_response_task",
    "AudioTranscriptionWord": ".audio_transcription_word",
    "AudioTranslationJsonResponse": ".audio_translation_json_response",
    "AudioTranslationRequest": ".audio_translation_request",
    "AudioTranslationRequestModel": ".audio_translation_request_model",
    "AudioTranslationRequestResponseFormat": ".audio_translation_request_response_format",
    "AudioTranslationRequestTimestampGranularitiesType0": ".audio_translation_request_timestamp_granularities_type_0",
    "AudioTranslationRequestTimestampGranularitiesType1Item": ".audio_translation_request_timestamp_granularities_type_1_item",
    "AudioTranslationVerboseJsonResponse": ".audio_translation_verbose_json_response",
    "AudioTranslationVerboseJsonResponseTask": ".audio_translation_verbose_json_response_task",
    "Autoscaling": ".autoscaling",
    "BatchErrorResponse": ".batch_error_response",
    "BatchJob": ".batch_job",
    "BatchJobStatus": ".batch_job_status",
    "BatchJobWithWarning": ".batch_job_with_warning",
    "ChatCompletionAssistantMessageParam": ".chat_completion_assistant_message_param",
    "ChatCompletionAssistantMessageParamFunctionCall": ".chat_completion_assistant_message_param_function_call",
    "ChatCompletionAssistantMessageParamRole": ".chat_completion_assistant_message_param_role",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChoiceChatCompletionChoiceDelta": ".chat_completion_choice_chat_completion_choice_delta",
    "ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0": ".chat_completion_choice_chat_completion_choice_delta_function_call_type_0",
    "ChatCompletionChoiceChatCompletionChoiceDeltaRole": ".chat_completion_choice_chat_completion_choice_delta_role",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionChunkDelta": ".chat_completion_chunk_delta",
    "ChatCompletionChunkDeltaFunctionCallType0": ".chat_completion_chunk_delta_function_call_type_0",
    "ChatCompletionChunkDeltaRole": ".chat_completion_chunk_delta_role",
    "ChatCompletionContentPartAudio": ".chat_completion_content_part_audio",
    "ChatCompletionContentPartAudioAudioUrl": ".chat_completion_content_part_audio_audio_url",
    "ChatCompletionContentPartAudioType": ".chat_completion_content_part_audio_type",
    "ChatCompletionContentPartImage": ".chat_completion_content_part_image",
    "ChatCompletionContentPartImageImageUrl": ".chat_completion_content_part_image_image_url",
    "ChatCompletionContentPartImageType": ".chat_completion_content_part_image_type",
    "ChatCompletionContentPartInputAudio": ".chat_completion_content_part_input_audio",
    "ChatCompletionContentPartInputAudioInputAudio": ".chat_completion_content_part_input_audio_input_audio",
    "ChatCompletionContentPartInputAudioInputAudioFormat": ".chat_completion_content_part_input_audio_input_audio_format",
    "ChatCompletionContentPartInputAudioType": ".chat_completion_content_part_input_audio_type",
    "ChatCompletionContentPartText": ".chat_completion_content_part_text",
    "ChatCompletionContentPartTextType": ".chat_completion_content_part_text_type",
    "ChatCompletionContentPartVideo": ".chat_completion_content_part_video",
    "ChatCompletionContentPartVideoType": ".chat_completion_content_part_video_type",
    "ChatCompletionContentPartVideoVideoUrl": ".chat_completion_content_part_video_video_url",
    "ChatCompletionEvent": ".chat_completion_event",
    "ChatCompletionFunctionMessageParam": ".chat_completion_function_message_param",
    "ChatCompletionFunctionMessageParamRole": ".chat_completion_function_message_param_role",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageFunctionCallType0": ".chat_completion_message_function_call_type_0",
    "ChatCompletionMessageRole": ".chat_completion_message_role",
    "ChatCompletionMessageToolCallParam": ".chat_completion_message_tool_call_param",
    "ChatCompletionMessageToolCallParamFunction": ".chat_completion_message_tool_call_param_function",
    "ChatCompletionMessageToolCallParamType": ".chat_completion_message_tool_call_param_type",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestChatTemplateKwargs": ".chat_completion_request_chat_template_kwargs",
    "ChatCompletionRequestContextLengthExceededBehavior": ".chat_completion_request_context_length_exceeded_behavior",
    "ChatCompletionRequestFunctionCallType0": ".chat_completion_request_function_call_type_0",
    "ChatCompletionRequestFunctionCallType1": ".chat_completion_request_function_call_type_1",
    "ChatCompletionRequestLogitBias": ".chat_completion_request_logit_bias",
    "ChatCompletionRequestReasoning": ".chat_completion_request_reasoning",
    "ChatCompletionRequestReasoningEffort": ".chat_completion_request_reasoning_effort",
    "ChatCompletionRequestStreamOptions": ".chat_completion_request_stream_options",
    "ChatCompletionRequestToolChoiceType1": ".chat_completion_request_tool_choice_type_1",
    "ChatCompletionRequestToolChoiceType1Function": ".chat_completion_request_tool_choice_type_1_function",
    "ChatCompletionRequestToolChoiceType1Type": ".chat_completion_request_tool_choice_type_1_type",
    "ChatCompletionResponse": ".chat_completion_response",
    "ChatCompletionResponseChoice": ".chat_completion_response_choice",
    "ChatCompletionSystemMessageParam": ".chat_completion_system_message_param",
    "ChatCompletionSystemMessageParamRole": ".chat_completion_system_message_param_role",
    "ChatCompletionToken": ".chat_completion_token",
    "ChatCompletionTool": ".chat_completion_tool",
    "ChatCompletionToolCallDelta": ".chat_completion_tool_call_delta",
    "ChatCompletionToolCallDeltaFunction": ".chat_completion_tool_call_delta_function",
    "ChatCompletionToolFunction": ".chat_completion_tool_function",
    "ChatCompletionToolFunctionParameters": ".chat_completion_tool_function_parameters",
    "ChatCompletionToolMessageParam": ".chat_completion_tool_message_param",
    "ChatCompletionToolMessageParamRole": ".chat_completion_tool_message_param_role",
    "ChatCompletionToolType": ".chat_completion_tool_type",
    "ChatCompletionUserMessageParam": ".chat_completion_user_message_param",
    "ChatCompletionUserMessageParamRole": ".chat_completion_user_message_param_role",
    "ClusterDriverVersionInfo": ".cluster_driver_version_info",
    "CompletionChoice": ".completion_choice",
    "CompletionChoiceCompletionChoiceDelta": ".completion_choice_completion_choice_delta",
    "CompletionChoiceCompletionChoiceDeltaFunctionCallType0": ".completion_choice_completion_choice_delta_function_call_type_0",
    "CompletionChoiceCompletionChoiceDeltaRole": ".completion_choice_completion_choice_delta_role",
    "CompletionChunk": ".completion_chunk",
    "CompletionChunkChoice": ".completion_chunk_choice",
    "CompletionChunkDelta": ".completion_chunk_delta",
    "CompletionEvent": ".completion_event",
    "CompletionRequest": ".completion_request",
    "CompletionRequestLogitBias": ".completion_request_logit_bias",
    "CompletionRequestModelType0": ".completion_request_model_type_0",
    "CompletionRequestSafetyModelType0": ".completion_request_safety_model_type_0",
    "CompletionResponse": ".completion_response",
    "CompletionResponseChoice": ".completion_response_choice",
    "CompletionToken": ".completion_token",
    "ContainerStatus": ".container_status",
    "CosineLRSchedulerArgs": ".cosine_lr_scheduler_args",
    "CreateBatchRequest": ".create_batch_request",
    "CreateDeploymentRequest": ".create_deployment_request",
    "CreateDeploymentRequestGpuType": ".create_deployment_request_gpu_type",
    "CreateDeploymentResponse400": ".create_deployment_response_400",
    "CreateDeploymentResponse500": ".create_deployment_response_500",
    "CreateEndpointRequest": ".create_endpoint_request",
    "CreateEndpointRequestState": ".create_endpoint_request_state",
    "CreateFineTuneBody": ".create_fine_tune_body",
    "CreateFineTuneBodyBatchSizeType1": ".create_fine_tune_body_batch_size_type_1",
    "CreateFineTuneBodyTrainOnInputsType1": ".create_fine_tune_body_train_on_inputs_type_1",
    "CreateSecretRequest": ".create_secret_request",
    "CreateSecretResponse400": ".create_secret_response_400",
    "CreateSecretResponse500": ".create_secret_response_500",
    "CreateVideoRequest": ".create_video_request",
    "CreateVolumeRequest": ".create_volume_request",
    "CreateVolumeResponse400": ".create_volume_response_400",
    "CreateVolumeResponse500": ".create_volume_response_500",
    "CustomMetricAutoscalingConfig": ".custom_metric_autoscaling_config",
    "CustomMetricAutoscalingConfigMetric": ".custom_metric_autoscaling_config_metric",
    "DedicatedEndpoint": ".dedicated_endpoint",
    "DedicatedEndpointState": ".dedicated_endpoint_state",
    "DedicatedEndpointType": ".dedicated_endpoint_type",
    "DeleteDeploymentResponse200": ".delete_deployment_response_200",
    "DeleteDeploymentResponse404": ".delete_deployment_response_404",
    "DeleteDeploymentResponse500": ".delete_deployment_response_500",
    "DeleteSecretResponse200": ".delete_secret_response_200",
    "DeleteSecretResponse404": ".delete_secret_response_404",
    "DeleteSecretResponse500": ".delete_secret_response_500",
    "DeleteVolumeResponse200": ".delete_volume_response_200",
    "DeleteVolumeResponse404": ".delete_volume_response_404",
    "DeleteVolumeResponse500": ".delete_volume_response_500",
    "DeploymentListResponse": ".deployment_list_response",
    "DeploymentLogs": ".deployment_logs",
    "DeploymentResponseItem": ".deployment_response_item",
    "DeploymentResponseItemGpuType": ".deployment_response_item_gpu_type",
    "DeploymentResponseItemReplicaEvents": ".deployment_response_item_replica_events",
    "DeploymentStatus": ".deployment_status",
    "DisplayorExecuteOutput": ".displayor_execute_output",
    "DisplayorExecuteOutputData": ".displayor_execute_output_data",
    "DisplayorExecuteOutputDataApplicationgeojson": ".displayor_execute_output_data_applicationgeojson",
    "DisplayorExecuteOutputDataApplicationjson": ".displayor_execute_output_data_applicationjson",
    "DisplayorExecuteOutputDataApplicationvndVegaV5Json": ".displayor_execute_output_data_applicationvnd_vega_v5_json",
    "DisplayorExecuteOutputDataApplicationvndVegaliteV4Json": ".displayor_execute_output_data_applicationvnd_vegalite_v4_json",
    "DisplayorExecuteOutputType": ".displayor_execute_output_type",
    "DownloadDeploymentFileResponse400": ".download_deployment_file_response_400",
    "DownloadDeploymentFileResponse404": ".download_deployment_file_response_404",
    "DownloadDeploymentFileResponse500": ".download_deployment_file_response_500",
    "DownloadFineTuneCheckpoint": ".download_fine_tune_checkpoint",
    "EmbeddingsRequest": ".embeddings_request",
    "EmbeddingsRequestModelType0": ".embeddings_request_model_type_0",
    "EmbeddingsResponse": ".embeddings_response",
    "EmbeddingsResponseDataItem": ".embeddings_response_data_item",
    "EndpointPricing": ".endpoint_pricing",
    "EnvironmentVariable": ".environment_variable",
    "ErrorData": ".error_data",
    "ErrorDataError": ".error_data_error",
    "ErrorOutput": ".error_output",
    "ErrorOutputType": ".error_output_type",
    "ErrorResponse": ".error_response",
    "ErrorType1": ".error_type_1",
    "EstimateFineTunePriceBody": ".estimate_fine_tune_price_body",
    "EstimateFineTunePriceResponse200": ".estimate_fine_tune_price_response_200",
    "EvaluationClassifyParameters": ".evaluation_classify_parameters",
    "EvaluationClassifyResults": ".evaluation_classify_results",
    "EvaluationCompareParameters": ".evaluation_compare_parameters",
    "EvaluationCompareResults": ".evaluation_compare_results",
    "EvaluationJob": ".evaluation_job",
    "EvaluationJobParameters": ".evaluation_job_parameters",
    "EvaluationJobResultsType3": ".evaluation_job_results_type_3",
    "EvaluationJobStatus": ".evaluation_job_status",
    "EvaluationJobStatusUpdate": ".evaluation_job_status_update",
    "EvaluationJobType": ".evaluation_job_type",
    "EvaluationJudgeModelConfig": ".evaluation_judge_model_config",
    "EvaluationJudgeModelConfigModelSource": ".evaluation_judge_model_config_model_source",
    "EvaluationModelRequest": ".evaluation_model_request",
    "EvaluationModelRequestModelSource": ".evaluation_model_request_model_source",
    "EvaluationResponse": ".evaluation_response",
    "EvaluationResponseStatus": ".evaluation_response_status",
    "EvaluationScoreParameters": ".evaluation_score_parameters",
    "EvaluationScoreResults": ".evaluation_score_results",
    "EvaluationScoreResultsAggregatedScores": ".evaluation_score_results_aggregated_scores",
    "EvaluationTypedRequest": ".evaluation_typed_request",
    "EvaluationTypedRequestType": ".evaluation_typed_request_type",
    "ExecuteRequest": ".execute_request",
    "ExecuteRequestFilesItem": ".execute_request_files_item",
    "ExecuteRequestFilesItemEncoding": ".execute_request_files_item_encoding",
    "ExecuteRequestLanguage": ".execute_request_language",
    "FailedExecution": ".failed_execution",
    "FailedExecutionErrorsItemType1": ".failed_execution_errors_item_type_1",
    "FileDeleteResponse": ".file_delete_response",
    "FileInfo": ".file_info",
    "FileList": ".file_list",
    "FilePurpose": ".file_purpose",
    "FileResponse": ".file_response",
    "FileType": ".file_type",
    "FineTuneCheckpoint": ".fine_tune_checkpoint",
    "FineTuneEvent": ".fine_tune_event",
    "FineTuneModelLimits": ".fine_tune_model_limits",
    "FineTuneModelLimitsFullTraining": ".fine_tune_model_limits_full_training",
    "FineTuneModelLimitsLoraTraining": ".fine_tune_model_limits_lora_training",
    "FineTuneProgress": ".fine_tune_progress",
    "FinetuneDeleteResponse": ".finetune_delete_response",
    "FinetuneEventLevelsType1": ".finetune_event_levels_type_1",
    "FinetuneEventType": ".finetune_event_type",
    "FinetuneJobStatus": ".finetune_job_status",
    "FinetuneListCheckpoints": ".finetune_list_checkpoints",
    "FinetuneListEvents": ".finetune_list_events",
    "FinetuneResponse": ".finetune_response",
    "FinetuneResponseBatchSizeType1": ".finetune_response_batch_size_type_1",
    "FinetuneResponseTrainOnInputsType1": ".finetune_response_train_on_inputs_type_1",
    "FinetuneResponseTruncated": ".finetune_response_truncated",
    "FinetuneTruncatedList": ".finetune_truncated_list",
    "FinishReason": ".finish_reason",
    "FullTrainingType": ".full_training_type",
    "FullTrainingTypeType": ".full_training_type_type",
    "GenerateImagesBody": ".generate_images_body",
    "GenerateImagesBodyImageLorasItem": ".generate_images_body_image_loras_item",
    "GenerateImagesBodyModelType0": ".generate_images_body_model_type_0",
    "GenerateImagesBodyOutputFormat": ".generate_images_body_output_format",
    "GenerateImagesBodyResponseFormat": ".generate_images_body_response_format",
    "GetEvaluationJobStatusAndResultsResponse200": ".get_evaluation_job_status_and_results_response_200",
    "GetEvaluationJobStatusAndResultsResponse200Status": ".get_evaluation_job_status_and_results_response_200_status",
    "GetModelListResponse200": ".get_model_list_response_200",
    "GPUClusterControlPlaneNode": ".gpu_cluster_control_plane_node",
    "GPUClusterCreateRequest": ".gpu_cluster_create_request",
    "GPUClusterCreateRequestBillingType": ".gpu_cluster_create_request_billing_type",
    "GPUClusterCreateRequestClusterType": ".gpu_cluster_create_request_cluster_type",
    "GPUClusterCreateRequestGpuType": ".gpu_cluster_create_request_gpu_type",
    "GPUClusterGPUWorkerNode": ".gpu_cluster_gpu_worker_node",
    "GPUClusterInfo": ".gpu_cluster_info",
    "GPUClusterInfoClusterType": ".gpu_cluster_info_cluster_type",
    "GPUClusterInfoGpuType": ".gpu_cluster_info_gpu_type",
    "GPUClusterInfoStatus": ".gpu_cluster_info_status",
    "GpuClusterServiceDeleteResponse200": ".gpu_cluster_service_delete_response_200",
    "GPUClusterUpdateRequest": ".gpu_cluster_update_request",
    "GPUClusterUpdateRequestClusterType": ".gpu_cluster_update_request_cluster_type",
    "GPUClusterVolume": ".gpu_cluster_volume",
    "GPUClusters": ".gpu_clusters",
    "GPUClustersSharedVolume": ".gpu_clusters_shared_volume",
    "GPUClustersSharedVolumeCreateRequest": ".gpu_clusters_shared_volume_create_request",
    "GPUClustersSharedVolumeDeleteResponse": ".gpu_clusters_shared_volume_delete_response",
    "GPUClustersSharedVolumeStatus": ".gpu_clusters_shared_volume_status",
    "GPUClustersSharedVolumeUpdateRequest": ".gpu_clusters_shared_volume_update_request",
    "GPUClustersSharedVolumes": ".gpu_clusters_shared_volumes",
    "HardwareAvailability": ".hardware_availability",
    "HardwareAvailabilityStatus": ".hardware_availability_status",
    "HardwareSpec": ".hardware_spec",
    "HardwareWithStatus": ".hardware_with_status",
    "HTTPAutoscalingConfig": ".http_autoscaling_config",
    "HTTPAutoscalingConfigMetric": ".http_autoscaling_config_metric",
    "ImageResponse": ".image_response",
    "ImageResponseDataB64": ".image_response_data_b64",
    "ImageResponseDataB64Type": ".image_response_data_b64_type",
    "ImageResponseDataUrl": ".image_response_data_url",
    "ImageResponseDataUrlType": ".image_response_data_url_type",
    "ImageResponseImageData": ".image_response_image_data",
    "ImageResponseImageDataTimings": ".image_response_image_data_timings",
    "InferenceWarning": ".inference_warning",
    "InstanceTypesResponse": ".instance_types_response",
    "InstanceTypesResponseTypesItem": ".instance_types_response_types_item",
    "JobInfoSuccessResponse": ".job_info_success_response",
    "JobInfoSuccessResponseArgs": ".job_info_success_response_args",
    "JobInfoSuccessResponseStatus": ".job_info_success_response_status",
    "JobInfoSuccessResponseStatusUpdatesItem": ".job_info_success_response_status_updates_item",
    "JobsInfoSuccessResponse": ".jobs_info_success_response",
    "JSONObject": ".json_object",
    "JSONObjectType": ".json_object_type",
    "KubernetesEvent": ".kubernetes_event",
    "LinearLRSchedulerArgs": ".linear_lr_scheduler_args",
    "ListAvailibilityZonesResponse": ".list_availibility_zones_response",
    "ListDeploymentsResponse500": ".list_deployments_response_500",
    "ListEndpoint": ".list_endpoint",
    "ListEndpointState": ".list_endpoint_state",
    "ListEndpointType": ".list_endpoint_type",
    "ListEndpointsResponse200": ".list_endpoints_response_200",
    "ListEndpointsType": ".list_endpoints_type",
    "ListEndpointsUsageType": ".list_endpoints_usage_type",
    "ListFineTuneSupportedModelsResponse200": ".list_fine_tune_supported_models_response_200",
    "ListHardwareResponse200": ".list_hardware_response_200",
    "ListSecretsResponse": ".list_secrets_response",
    "ListSecretsResponse500": ".list_secrets_response_500",
    "ListVoicesResponse": ".list_voices_response",
    "ListVolumesResponse": ".list_volumes_response",
    "ListVolumesResponse500": ".list_volumes_response_500",
    "LoRATrainingType": ".lo_ra_training_type",
    "LoRATrainingTypeType": ".lo_ra_training_type_type",
    "LogprobsPart": ".logprobs_part",
    "LRScheduler": ".lr_scheduler",
    "LRSchedulerLrSchedulerType": ".lr_scheduler_lr_scheduler_type",
    "ModelInfo": ".model_info",
    "ModelInfoType": ".model_info_type",
    "ModelUploadRequest": ".model_upload_request",
    "ModelUploadRequestModelType": ".model_upload_request_model_type",
    "ModelUploadSuccessResponse": ".model_upload_success_response",
    "ModelUploadSuccessResponseData": ".model_upload_success_response_data",
    "ModelVoices": ".model_voices",
    "ModelVoicesVoicesItem": ".model_voices_voices_item",
    "MultimodalParams": ".multimodal_params",
    "Pricing": ".pricing",
    "PromptPartItem": ".prompt_part_item",
    "QueueAutoscalingConfig": ".queue_autoscaling_config",
    "QueueAutoscalingConfigMetric": ".queue_autoscaling_config_metric",
    "QueueCancelRequest": ".queue_cancel_request",
    "QueueCancelResponse": ".queue_cancel_response",
    "QueueCancelResponseStatus": ".queue_cancel_response_status",
    "QueueError": ".queue_error",
    "QueueJobRequest": ".queue_job_request",
    "QueueJobRequestInfo": ".queue_job_request_info",
    "QueueJobRequestPayload": ".queue_job_request_payload",
    "QueueJobResponse": ".queue_job_response",
    "QueueJobStatusResponse": ".queue_job_status_response",
    "QueueJobStatusResponseInfo": ".queue_job_status_response_info",
    "QueueJobStatusResponseInputs": ".queue_job_status_response_inputs",
    "QueueJobStatusResponseOutputs": ".queue_job_status_response_outputs",
    "QueueJobStatusResponseStatus": ".queue_job_status_response_status",
    "QueueMetricsResponse": ".queue_metrics_response",
    "RealtimeTranscriptionInputAudioFormat": ".realtime_transcription_input_audio_format",
    "RealtimeTtsModel": ".realtime_tts_model",
    "RegionListResponse": ".region_list_response",
    "RegionListResponseRegionsItem": ".region_list_response_regions_item",
    "ReplicaEvent": ".replica_event",
    "RerankRequest": ".rerank_request",
    "RerankRequestDocumentsItemType1": ".rerank_request_documents_item_type_1",
    "RerankRequestModelType0": ".rerank_request_model_type_0",
    "RerankResponse": ".rerank_response",
    "RerankResponseResultsItem": ".rerank_response_results_item",
    "RerankResponseResultsItemDocument": ".rerank_response_results_item_document",
    "Response": ".response",
    "ResponseErrorsItemType1": ".response_errors_item_type_1",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig": ".response_format_json_schema_response_format_json_schema_config",
    "ResponseFormatJsonSchemaSchema": ".response_format_json_schema_schema",
    "ResponseFormatJsonSchemaType": ".response_format_json_schema_type",
    "RetrieveDeploymentLogsResponse404": ".retrieve_deployment_logs_response_404",
    "RetrieveDeploymentLogsResponse500": ".retrieve_deployment_logs_response_500",
    "RetrieveDeploymentResponse404": ".retrieve_deployment_response_404",
    "RetrieveDeploymentResponse500": ".retrieve_deployment_response_500",
    "RetrieveFineTuneMetricsBody": ".retrieve_fine_tune_metrics_body",
    "RetrieveFineTuneMetricsResponse200": ".retrieve_fine_tune_metrics_response_200",
    "RetrieveFineTuneMetricsResponse200MetricsItem": ".retrieve_fine_tune_metrics_response_200_metrics_item",
    "RetrieveFineTuneModelLimitsResponse404": ".retrieve_fine_tune_model_limits_response_404",
    "RetrieveSecretResponse404": ".retrieve_secret_response_404",
    "RetrieveSecretResponse500": ".retrieve_secret_response_500",
    "RetrieveVolumeResponse404": ".retrieve_volume_response_404",
    "RetrieveVolumeResponse500": ".retrieve_volume_response_500",
    "RLAdamWOptimizerParams": ".rl_adam_w_optimizer_params",
    "RLCheckpointDownloadResponse": ".rl_checkpoint_download_response",
    "RLCheckpointFile": ".rl_checkpoint_file",
    "RLCheckpointVariant": ".rl_checkpoint_variant",
    "RLCrossEntropyLossParams": ".rl_cross_entropy_loss_params",
    "RLEncodedText": ".rl_encoded_text",
    "RLForwardBackwardBody": ".rl_forward_backward_body",
    "RLForwardBackwardOperation": ".rl_forward_backward_operation",
    "RLForwardBackwardResult": ".rl_forward_backward_result",
    "RLForwardBackwardResultMetrics": ".rl_forward_backward_result_metrics",
    "RLInferenceCheckpoint": ".rl_inference_checkpoint",
    "RLInferenceCheckpointOperation": ".rl_inference_checkpoint_operation",
    "RLInferenceCheckpointRegistration": ".rl_inference_checkpoint_registration",
    "RLInferenceCheckpointResult": ".rl_inference_checkpoint_result",
    "RLInputChunk": ".rl_input_chunk",
    "RLListMeta": ".rl_list_meta",
    "RLLoraConfig": ".rl_lora_config",
    "RLLossAdvantages": ".rl_loss_advantages",
    "RLLossConfig": ".rl_loss_config",
    "RLLossInputs": ".rl_loss_inputs",
    "RLLossLogprobs": ".rl_loss_logprobs",
    "RLLossMask": ".rl_loss_mask",
    "RLLossTargetTokens": ".rl_loss_target_tokens",
    "RLLossType": ".rl_loss_type",
    "RLModelInput": ".rl_model_input",
    "RLOptimStepBody": ".rl_optim_step_body",
    "RLOptimStepOperation": ".rl_optim_step_operation",
    "RLOptimStepResult": ".rl_optim_step_result",
    "RLSampleBody": ".rl_sample_body",
    "RLSampleOperation": ".rl_sample_operation",
    "RLSampleResult": ".rl_sample_result",
    "RLSampleRollout": ".rl_sample_rollout",
    "RLSampleSequence": ".rl_sample_sequence",
    "RLSamplingParams": ".rl_sampling_params",
    "RLSessionType": ".rl_session_type",
    "RLStartTrainingSessionRequest": ".rl_start_training_session_request",
    "RLTrainingCheckpoint": ".rl_training_checkpoint",
    "RLTrainingCheckpointOperation": ".rl_training_checkpoint_operation",
    "RLTrainingCheckpointResult": ".rl_training_checkpoint_result",
    "RLTrainingOperationError": ".rl_training_operation_error",
    "RLTrainingOperationErrorCode": ".rl_training_operation_error_code",
    "RLTrainingOperationStatus": ".rl_training_operation_status",
    "RLTrainingSample": ".rl_training_sample",
    "RLTrainingSession": ".rl_training_session",
    "RLTrainingSessionStatus": ".rl_training_session_status",
    "RLTrainingSessionsListResponse": ".rl_training_sessions_list_response",
    "RLDType": ".rld_type",
    "RLGRPOLossAggregationType": ".rlgrpo_loss_aggregation_type",
    "RLGRPOLossInputs": ".rlgrpo_loss_inputs",
    "RLGRPOLossParams": ".rlgrpo_loss_params",
    "SecretResponseItem": ".secret_response_item",
    "SessionListResponse": ".session_list_response",
    "SessionListResponseData": ".session_list_response_data",
    "SessionListResponseDataSessionsItem": ".session_list_response_data_sessions_item",
    "SessionListResponseErrorsItemType1": ".session_list_response_errors_item_type_1",
    "StartFileUploadBody": ".start_file_upload_body",
    "StreamOutput": ".stream_output",
    "StreamOutputType": ".stream_output_type",
    "StreamSentinel": ".stream_sentinel",
    "StreamSentinelStreamSignal": ".stream_sentinel_stream_signal",
    "SuccessfulExecution": ".successful_execution",
    "SuccessfulExecutionExecuteResponseData": ".successful_execution_execute_response_data",
    "SuccessfulExecutionExecuteResponseDataStatus": ".successful_execution_execute_response_data_status",
    "Text": ".text",
    "TextType": ".text_type",
    "ToolChoice": ".tool_choice",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceType": ".tool_choice_type",
    "ToolsPart": ".tools_part",
    "ToolsPartFunction": ".tools_part_function",
    "ToolsPartFunctionParameters": ".tools_part_function_parameters",
    "TopLogprobs": ".top_logprobs",
    "TrainingMethodDPO": ".training_method_dpo",
    "TrainingMethodDPOMethod": ".training_method_dpo_method",
    "TrainingMethodSFT": ".training_method_sft",
    "TrainingMethodSFTMethod": ".training_method_sft_method",
    "TrainingMethodSFTTrainOnInputsType1": ".training_method_sft_train_on_inputs_type_1",
    "UpdateDeploymentRequest": ".update_deployment_request",
    "UpdateDeploymentRequestGpuType": ".update_deployment_request_gpu_type",
    "UpdateDeploymentResponse400": ".update_deployment_response_400",
    "UpdateDeploymentResponse404": ".update_deployment_response_404",
    "UpdateDeploymentResponse500": ".update_deployment_response_500",
    "UpdateEndpointBody": ".update_endpoint_body",
    "UpdateEndpointBodyState": ".update_endpoint_body_state",
    "UpdateSecretRequest": ".update_secret_request",
    "UpdateSecretResponse400": ".update_secret_response_400",
    "UpdateSecretResponse404": ".update_secret_response_404",
    "UpdateSecretResponse500": ".update_secret_response_500",
    "UpdateVolumeRequest": ".update_volume_request",
    "UpdateVolumeResponse400": ".update_volume_response_400",
    "UpdateVolumeResponse404": ".update_volume_response_404",
    "UpdateVolumeResponse500": ".update_volume_response_500",
    "UploadFileBody": ".upload_file_body",
    "UsageData": ".usage_data",
    "VersionHistoryItem": ".version_history_item",
    "VideoFrameImageInput": ".video_frame_image_input",
    "VideoFrameImageInputFrameType1": ".video_frame_image_input_frame_type_1",
    "VideoJob": ".video_job",
    "VideoJobError": ".video_job_error",
    "VideoJobOutputs": ".video_job_outputs",
    "VideoMedia": ".video_media",
    "VideoOutputFormat": ".video_output_format",
    "VideoRef": ".video_ref",
    "VideoStatus": ".video_status",
    "VolumeContent": ".volume_content",
    "VolumeContentRequest": ".volume_content_request",
    "VolumeContentRequestType": ".volume_content_request_type",
    "VolumeContentType": ".volume_content_type",
    "VolumeMount": ".volume_mount",
    "VolumeResponseItem": ".volume_response_item",
    "VolumeResponseItemVersionHistory": ".volume_response_item_version_history",
    "VolumeType": ".volume_type",
}

__all__ = (
    "AudioRef",
    "AudioSpeechRequest",
    "AudioSpeechRequestBitRate",
    "AudioSpeechRequestLanguage",
    "AudioSpeechRequestModelType0",
    "AudioSpeechRequestResponseEncoding",
    "AudioSpeechRequestResponseFormat",
    "AudioSpeechStreamChunk",
    "AudioSpeechStreamEvent",
    "AudioTranscriptionJsonResponse",
    "AudioTranscriptionRequest",
    "AudioTranscriptionRequestModel",
    "AudioTranscriptionRequestResponseFormat",
    "AudioTranscriptionRequestTimestampGranularitiesType0",
    "AudioTranscriptionRequestTimestampGranularitiesType1Item",
    "AudioTranscriptionSegment",
    "AudioTranscriptionSpeakerSegment",
    "AudioTranscriptionVerboseJsonResponse",
    "AudioTranscriptionVerboseJsonResponseTask",
    "AudioTranscriptionWord",
    "AudioTranslationJsonResponse",
    "AudioTranslationRequest",
    "AudioTranslationRequestModel",
    "AudioTranslationRequestResponseFormat",
    "AudioTranslationRequestTimestampGranularitiesType0",
    "AudioTranslationRequestTimestampGranularitiesType1Item",
    "AudioTranslationVerboseJsonResponse",
    "AudioTranslationVerboseJsonResponseTask",
    "Autoscaling",
    "BatchErrorResponse",
    "BatchJob",
    "BatchJobStatus",
    "BatchJobWithWarning",
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
    "ChatCompletionRequestChatTemplateKwargs",
    "ChatCompletionRequestContextLengthExceededBehavior",
    "ChatCompletionRequestFunctionCallType0",
    "ChatCompletionRequestFunctionCallType1",
    "ChatCompletionRequestLogitBias",
    "ChatCompletionRequestReasoning",
    "ChatCompletionRequestReasoningEffort",
    "ChatCompletionRequestStreamOptions",
    "ChatCompletionRequestToolChoiceType1",
    "ChatCompletionRequestToolChoiceType1Function",
    "ChatCompletionRequestToolChoiceType1Type",
    "ChatCompletionResponse",
    "ChatCompletionResponseChoice",
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
    "ClusterDriverVersionInfo",
    "CompletionChoice",
    "CompletionChoiceCompletionChoiceDelta",
    "CompletionChoiceCompletionChoiceDeltaFunctionCallType0",
    "CompletionChoiceCompletionChoiceDeltaRole",
    "CompletionChunk",
    "CompletionChunkChoice",
    "CompletionChunkDelta",
    "CompletionEvent",
    "CompletionRequest",
    "CompletionRequestLogitBias",
    "CompletionRequestModelType0",
    "CompletionRequestSafetyModelType0",
    "CompletionResponse",
    "CompletionResponseChoice",
    "CompletionToken",
    "ContainerStatus",
    "CosineLRSchedulerArgs",
    "CreateBatchRequest",
    "CreateDeploymentRequest",
    "CreateDeploymentRequestGpuType",
    "CreateDeploymentResponse400",
    "CreateDeploymentResponse500",
    "CreateEndpointRequest",
    "CreateEndpointRequestState",
    "CreateFineTuneBody",
    "CreateFineTuneBodyBatchSizeType1",
    "CreateFineTuneBodyTrainOnInputsType1",
    "CreateSecretRequest",
    "CreateSecretResponse400",
    "CreateSecretResponse500",
    "CreateVideoRequest",
    "CreateVolumeRequest",
    "CreateVolumeResponse400",
    "CreateVolumeResponse500",
    "CustomMetricAutoscalingConfig",
    "CustomMetricAutoscalingConfigMetric",
    "DedicatedEndpoint",
    "DedicatedEndpointState",
    "DedicatedEndpointType",
    "DeleteDeploymentResponse200",
    "DeleteDeploymentResponse404",
    "DeleteDeploymentResponse500",
    "DeleteSecretResponse200",
    "DeleteSecretResponse404",
    "DeleteSecretResponse500",
    "DeleteVolumeResponse200",
    "DeleteVolumeResponse404",
    "DeleteVolumeResponse500",
    "DeploymentListResponse",
    "DeploymentLogs",
    "DeploymentResponseItem",
    "DeploymentResponseItemGpuType",
    "DeploymentResponseItemReplicaEvents",
    "DeploymentStatus",
    "DisplayorExecuteOutput",
    "DisplayorExecuteOutputData",
    "DisplayorExecuteOutputDataApplicationgeojson",
    "DisplayorExecuteOutputDataApplicationjson",
    "DisplayorExecuteOutputDataApplicationvndVegaV5Json",
    "DisplayorExecuteOutputDataApplicationvndVegaliteV4Json",
    "DisplayorExecuteOutputType",
    "DownloadDeploymentFileResponse400",
    "DownloadDeploymentFileResponse404",
    "DownloadDeploymentFileResponse500",
    "DownloadFineTuneCheckpoint",
    "EmbeddingsRequest",
    "EmbeddingsRequestModelType0",
    "EmbeddingsResponse",
    "EmbeddingsResponseDataItem",
    "EndpointPricing",
    "EnvironmentVariable",
    "ErrorData",
    "ErrorDataError",
    "ErrorOutput",
    "ErrorOutputType",
    "ErrorResponse",
    "ErrorType1",
    "EstimateFineTunePriceBody",
    "EstimateFineTunePriceResponse200",
    "EvaluationClassifyParameters",
    "EvaluationClassifyResults",
    "EvaluationCompareParameters",
    "EvaluationCompareResults",
    "EvaluationJob",
    "EvaluationJobParameters",
    "EvaluationJobResultsType3",
    "EvaluationJobStatus",
    "EvaluationJobStatusUpdate",
    "EvaluationJobType",
    "EvaluationJudgeModelConfig",
    "EvaluationJudgeModelConfigModelSource",
    "EvaluationModelRequest",
    "EvaluationModelRequestModelSource",
    "EvaluationResponse",
    "EvaluationResponseStatus",
    "EvaluationScoreParameters",
    "EvaluationScoreResults",
    "EvaluationScoreResultsAggregatedScores",
    "EvaluationTypedRequest",
    "EvaluationTypedRequestType",
    "ExecuteRequest",
    "ExecuteRequestFilesItem",
    "ExecuteRequestFilesItemEncoding",
    "ExecuteRequestLanguage",
    "FailedExecution",
    "FailedExecutionErrorsItemType1",
    "FileDeleteResponse",
    "FileInfo",
    "FileList",
    "FilePurpose",
    "FileResponse",
    "FileType",
    "FineTuneCheckpoint",
    "FineTuneEvent",
    "FineTuneModelLimits",
    "FineTuneModelLimitsFullTraining",
    "FineTuneModelLimitsLoraTraining",
    "FineTuneProgress",
    "FinetuneDeleteResponse",
    "FinetuneEventLevelsType1",
    "FinetuneEventType",
    "FinetuneJobStatus",
    "FinetuneListCheckpoints",
    "FinetuneListEvents",
    "FinetuneResponse",
    "FinetuneResponseBatchSizeType1",
    "FinetuneResponseTrainOnInputsType1",
    "FinetuneResponseTruncated",
    "FinetuneTruncatedList",
    "FinishReason",
    "FullTrainingType",
    "FullTrainingTypeType",
    "GPUClusterControlPlaneNode",
    "GPUClusterCreateRequest",
    "GPUClusterCreateRequestBillingType",
    "GPUClusterCreateRequestClusterType",
    "GPUClusterCreateRequestGpuType",
    "GPUClusterGPUWorkerNode",
    "GPUClusterInfo",
    "GPUClusterInfoClusterType",
    "GPUClusterInfoGpuType",
    "GPUClusterInfoStatus",
    "GPUClusterUpdateRequest",
    "GPUClusterUpdateRequestClusterType",
    "GPUClusterVolume",
    "GPUClusters",
    "GPUClustersSharedVolume",
    "GPUClustersSharedVolumeCreateRequest",
    "GPUClustersSharedVolumeDeleteResponse",
    "GPUClustersSharedVolumeStatus",
    "GPUClustersSharedVolumeUpdateRequest",
    "GPUClustersSharedVolumes",
    "GenerateImagesBody",
    "GenerateImagesBodyImageLorasItem",
    "GenerateImagesBodyModelType0",
    "GenerateImagesBodyOutputFormat",
    "GenerateImagesBodyResponseFormat",
    "GetEvaluationJobStatusAndResultsResponse200",
    "GetEvaluationJobStatusAndResultsResponse200Status",
    "GetModelListResponse200",
    "GpuClusterServiceDeleteResponse200",
    "HTTPAutoscalingConfig",
    "HTTPAutoscalingConfigMetric",
    "HardwareAvailability",
    "HardwareAvailabilityStatus",
    "HardwareSpec",
    "HardwareWithStatus",
    "ImageResponse",
    "ImageResponseDataB64",
    "ImageResponseDataB64Type",
    "ImageResponseDataUrl",
    "ImageResponseDataUrlType",
    "ImageResponseImageData",
    "ImageResponseImageDataTimings",
    "InferenceWarning",
    "InstanceTypesResponse",
    "InstanceTypesResponseTypesItem",
    "JSONObject",
    "JSONObjectType",
    "JobInfoSuccessResponse",
    "JobInfoSuccessResponseArgs",
    "JobInfoSuccessResponseStatus",
    "JobInfoSuccessResponseStatusUpdatesItem",
    "JobsInfoSuccessResponse",
    "KubernetesEvent",
    "LRScheduler",
    "LRSchedulerLrSchedulerType",
    "LinearLRSchedulerArgs",
    "ListAvailibilityZonesResponse",
    "ListDeploymentsResponse500",
    "ListEndpoint",
    "ListEndpointState",
    "ListEndpointType",
    "ListEndpointsResponse200",
    "ListEndpointsType",
    "ListEndpointsUsageType",
    "ListFineTuneSupportedModelsResponse200",
    "ListHardwareResponse200",
    "ListSecretsResponse",
    "ListSecretsResponse500",
    "ListVoicesResponse",
    "ListVolumesResponse",
    "ListVolumesResponse500",
    "LoRATrainingType",
    "LoRATrainingTypeType",
    "LogprobsPart",
    "ModelInfo",
    "ModelInfoType",
    "ModelUploadRequest",
    "ModelUploadRequestModelType",
    "ModelUploadSuccessResponse",
    "ModelUploadSuccessResponseData",
    "ModelVoices",
    "ModelVoicesVoicesItem",
    "MultimodalParams",
    "Pricing",
    "PromptPartItem",
    "QueueAutoscalingConfig",
    "QueueAutoscalingConfigMetric",
    "QueueCancelRequest",
    "QueueCancelResponse",
    "QueueCancelResponseStatus",
    "QueueError",
    "QueueJobRequest",
    "QueueJobRequestInfo",
    "QueueJobRequestPayload",
    "QueueJobResponse",
    "QueueJobStatusResponse",
    "QueueJobStatusResponseInfo",
    "QueueJobStatusResponseInputs",
    "QueueJobStatusResponseOutputs",
    "QueueJobStatusResponseStatus",
    "QueueMetricsResponse",
    "RLAdamWOptimizerParams",
    "RLCheckpointDownloadResponse",
    "RLCheckpointFile",
    "RLCheckpointVariant",
    "RLCrossEntropyLossParams",
    "RLDType",
    "RLEncodedText",
    "RLForwardBackwardBody",
    "RLForwardBackwardOperation",
    "RLForwardBackwardResult",
    "RLForwardBackwardResultMetrics",
    "RLGRPOLossAggregationType",
    "RLGRPOLossInputs",
    "RLGRPOLossParams",
    "RLInferenceCheckpoint",
    "RLInferenceCheckpointOperation",
    "RLInferenceCheckpointRegistration",
    "RLInferenceCheckpointResult",
    "RLInputChunk",
    "RLListMeta",
    "RLLoraConfig",
    "RLLossAdvantages",
    "RLLossConfig",
    "RLLossInputs",
    "RLLossLogprobs",
    "RLLossMask",
    "RLLossTargetTokens",
    "RLLossType",
    "RLModelInput",
    "RLOptimStepBody",
    "RLOptimStepOperation",
    "RLOptimStepResult",
    "RLSampleBody",
    "RLSampleOperation",
    "RLSampleResult",
    "RLSampleRollout",
    "RLSampleSequence",
    "RLSamplingParams",
    "RLSessionType",
    "RLStartTrainingSessionRequest",
    "RLTrainingCheckpoint",
    "RLTrainingCheckpointOperation",
    "RLTrainingCheckpointResult",
    "RLTrainingOperationError",
    "RLTrainingOperationErrorCode",
    "RLTrainingOperationStatus",
    "RLTrainingSample",
    "RLTrainingSession",
    "RLTrainingSessionStatus",
    "RLTrainingSessionsListResponse",
    "RealtimeTranscriptionInputAudioFormat",
    "RealtimeTtsModel",
    "RegionListResponse",
    "RegionListResponseRegionsItem",
    "ReplicaEvent",
    "RerankRequest",
    "RerankRequestDocumentsItemType1",
    "RerankRequestModelType0",
    "RerankResponse",
    "RerankResponseResultsItem",
    "RerankResponseResultsItemDocument",
    "Response",
    "ResponseErrorsItemType1",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatJsonSchemaType",
    "RetrieveDeploymentLogsResponse404",
    "RetrieveDeploymentLogsResponse500",
    "RetrieveDeploymentResponse404",
    "RetrieveDeploymentResponse500",
    "RetrieveFineTuneMetricsBody",
    "RetrieveFineTuneMetricsResponse200",
    "RetrieveFineTuneMetricsResponse200MetricsItem",
    "RetrieveFineTuneModelLimitsResponse404",
    "RetrieveSecretResponse404",
    "RetrieveSecretResponse500",
    "RetrieveVolumeResponse404",
    "RetrieveVolumeResponse500",
    "SecretResponseItem",
    "SessionListResponse",
    "SessionListResponseData",
    "SessionListResponseDataSessionsItem",
    "SessionListResponseErrorsItemType1",
    "StartFileUploadBody",
    "StreamOutput",
    "StreamOutputType",
    "StreamSentinel",
    "StreamSentinelStreamSignal",
    "SuccessfulExecution",
    "SuccessfulExecutionExecuteResponseData",
    "SuccessfulExecutionExecuteResponseDataStatus",
    "Text",
    "TextType",
    "ToolChoice",
    "ToolChoiceFunction",
    "ToolChoiceType",
    "ToolsPart",
    "ToolsPartFunction",
    "ToolsPartFunctionParameters",
    "TopLogprobs",
    "TrainingMethodDPO",
    "TrainingMethodDPOMethod",
    "TrainingMethodSFT",
    "TrainingMethodSFTMethod",
    "TrainingMethodSFTTrainOnInputsType1",
    "UpdateDeploymentRequest",
    "UpdateDeploymentRequestGpuType",
    "UpdateDeploymentResponse400",
    "UpdateDeploymentResponse404",
    "UpdateDeploymentResponse500",
    "UpdateEndpointBody",
    "UpdateEndpointBodyState",
    "UpdateSecretRequest",
    "UpdateSecretResponse400",
    "UpdateSecretResponse404",
    "UpdateSecretResponse500",
    "UpdateVolumeRequest",
    "UpdateVolumeResponse400",
    "UpdateVolumeResponse404",
    "UpdateVolumeResponse500",
    "UploadFileBody",
    "UsageData",
    "VersionHistoryItem",
    "VideoFrameImageInput",
    "VideoFrameImageInputFrameType1",
    "VideoJob",
    "VideoJobError",
    "VideoJobOutputs",
    "VideoMedia",
    "VideoOutputFormat",
    "VideoRef",
    "VideoStatus",
    "VolumeContent",
    "VolumeContentRequest",
    "VolumeContentRequestType",
    "VolumeContentType",
    "VolumeMount",
    "VolumeResponseItem",
    "VolumeResponseItemVersionHistory",
    "VolumeType",
)

if (
    not TYPE_CHECKING
):  # type checkers see the imports above: a misspelt name stays an error

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted([*globals(), *_MODULES])
