# finally interacting with return, break and continue.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("c")
    return out
print(loop_continue())
def order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("k")
        except KeyError:
            log.append("except")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_value())
def nested_loops():
    for i in range(2):
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                print("cleanup", i, j)
nested_loops()
def reraise():
    try:
        raise IndexError("from try")
    finally:
        print("finally runs before propagation")
reraise()
