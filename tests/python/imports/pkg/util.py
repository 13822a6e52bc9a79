from .core import double as dbl
__all__ = ["quad", "TAG"]
TAG = "util"
HIDDEN = "not exported"


def quad(x):
    return dbl(dbl(x))
