"""together_facade: a Python SDK for the Together AI REST API."""
