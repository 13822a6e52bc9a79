# typing Generic parameters and ForwardRef, traceback helpers, inspect
# additions, statistics.NormalDist.inv_cdf, functools.singledispatchmethod,
# dataclass(slots=True).
import functools
import inspect
import statistics
import traceback
from dataclasses import dataclass
from typing import Generic, List, Optional, TypeVar, get_type_hints

T = TypeVar("T")
K = TypeVar("K")


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


class Node:
    children: "List[Node]"
    parent: Optional["Node"] = None


print(Pair.__parameters__, Pair(1, "x").v, Pair.__orig_bases__)
print(get_type_hints(Node))
print(Node.__annotations__)

try:
    int("nope")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(type(e), e, None))
te = traceback.TracebackException.from_exception(KeyError("k"))
print(list(te.format_exception_only()), te.exc_type.__name__)
try:
    compile("x = (", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e)[-1].rstrip())


def where():
    return [f.name for f in traceback.extract_stack()][-2:]


def caller():
    return where()


print(caller())
print([c.__name__ for c in inspect.getmro(bool)])


def sample(a, b=2, *rest, key, **kw):
    pass


spec = inspect.getfullargspec(sample)
print(spec.args, spec.varargs, spec.varkw, spec.kwonlyargs, spec.defaults)
print(inspect.getcallargs(sample, 1, key=3) == {"a": 1, "b": 2, "rest": (), "key": 3, "kw": {}})

nd = statistics.NormalDist(100, 15)
print(nd.inv_cdf(0.5), round(nd.inv_cdf(0.975), 10), nd.quantiles(), round(nd.zscore(130), 6))
print(statistics.NormalDist().inv_cdf(1e-10), statistics.NormalDist().inv_cdf(0.999999))


class Disp:
    @functools.singledispatchmethod
    def handle(self, arg):
        return "default"

    @handle.register
    def _(self, arg: int):
        return "int"

    @handle.register(str)
    def _(self, arg):
        return "str " + arg


print(Disp().handle(1), Disp().handle("x"), Disp().handle(2.5))


@dataclass(slots=True)
class Slim:
    x: int
    y: int = 0


s = Slim(1)
print(s, hasattr(s, "__dict__"), Slim.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__)
