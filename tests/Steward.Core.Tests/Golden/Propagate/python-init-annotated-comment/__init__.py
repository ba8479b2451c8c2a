"""The package."""

__version__: str = "0.1.0"  # set by steward propagate
__author__ = "someone"

def version():
    return __version__
