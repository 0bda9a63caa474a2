from enum import StrEnum


class FineTuneEventType(StrEnum):
    """Known values of this field. A value the spec does not list is kept as an extra member."""

    BILLING_LIMIT = "billing_limit"
    CANCEL_REQUESTED = "cancel_requested"
    CHECKPOINT_SAVE = "checkpoint_save"
    EPOCH_COMPLETE = "epoch_complete"
    JOB_COMPLETE = "job_complete"
    JOB_ERROR = "job_error"
    JOB_PENDING = "job_pending"
    JOB_RESTARTED = "job_restarted"
    JOB_START = "job_start"
    JOB_STOPPED = "job_stopped"
    MODEL_COMPRESSING = "model_compressing"
    MODEL_COMPRESSION_COMPLETE = "model_compression_complete"
    MODEL_DOWNLOADING = "model_downloading"
    MODEL_DOWNLOAD_COMPLETE = "model_download_complete"
    MODEL_UPLOADING = "model_uploading"
    MODEL_UPLOAD_COMPLETE = "model_upload_complete"
    REFUND = "refund"
    TRAINING_COMPLETE = "training_complete"
    TRAINING_DATA_DOWNLOADING = "training_data_downloading"
    TRAINING_DATA_DOWNLOAD_COMPLETE = "training_data_download_complete"
    TRAINING_START = "training_start"
    VALIDATION_DATA_DOWNLOADING = "validation_data_downloading"
    VALIDATION_DATA_DOWNLOAD_COMPLETE = "validation_data_download_complete"
    WANDB_INIT = "wandb_init"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FineTuneEventType | None":
        # The live service sends values the spec does not know (a new finish reason, a new model
        # type). Keep the raw string instead of raising, so that reading a response never fails.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __repr__(self) -> str:
        return repr(self.value)
