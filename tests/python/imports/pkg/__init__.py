print("pkg: init", __name__, __package__)
from .core import double
from . import util
PKG_CONST = "pkg-const"
