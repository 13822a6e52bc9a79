print("pkg.core: loading", __name__)


def double(x):
    return x * 2


def fail(x):
    return 10 // x
