from enum import StrEnum


class ListEndpointState(StrEnum):
    """Known values of this field. A value the spec does not list is kept as an extra member."""

    ERROR = "ERROR"
    PENDING = "PENDING"
    STARTED = "STARTED"
    STARTING = "STARTING"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListEndpointState | None":
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
