"""The API areas of a client: one module per area, each with its sync and async class."""
