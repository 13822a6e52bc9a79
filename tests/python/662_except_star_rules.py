# except* compile-time rules (compile() reports them as SyntaxError) and
# nested/looping uses that are allowed.
srcs = [
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "while True:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* KeyError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
]
for s in srcs:
    try:
        exec(s)
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)

def handler_loops():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as eg:
        for e in eg.exceptions:
            if e.args[0] == 2:
                break
            out.append(e.args[0])
        def inner():
            return "inner ok"
        out.append(inner())
    except* TypeError as eg:
        out.append(len(eg.exceptions))
    return out
print(handler_loops())

def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")])])
        except* TypeError as e:
            print("inner handler", repr(e))
    except* KeyError as e:
        print("outer handler", repr(e))
    except* ValueError as e:
        print("outer value", repr(e))
nested()

def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [OSError("x")])
    except* OSError as e:
        yield repr(e)
print(list(gen()))
for i in range(2):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError as e:
        print("loop", i, repr(e))
print("e" in dir())
