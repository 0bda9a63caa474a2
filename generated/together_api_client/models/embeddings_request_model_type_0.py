from enum import StrEnum


class EmbeddingsRequestModelType0(StrEnum):
    """Known values of this field. A value the spec does not list is kept as an extra member."""

    BAAIBGE_BASE_EN_V1_5 = "BAAI/bge-base-en-v1.5"
    BAAIBGE_LARGE_EN_V1_5 = "BAAI/bge-large-en-v1.5"
    TOGETHERCOMPUTERM2_BERT_80M_8K_RETRIEVAL = (
        "togethercomputer/m2-bert-80M-8k-retrieval"
    )
    WHEREISAIUAE_LARGE_V1 = "WhereIsAI/UAE-Large-V1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EmbeddingsRequestModelType0 | None":
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
