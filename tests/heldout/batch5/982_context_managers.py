# context managers: __enter__/__exit__
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False
log = []
with Resource("a", log) as r:
    log.append(f"using {r.name}")
print(log)
log = []
try:
    with Resource("b", log), Resource("c", log):
        log.append("body")
        raise KeyError("oops")
except KeyError as e:
    log.append(f"handled {e}")
print(log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "entered"
    def __exit__(self, et, ev, tb):
        if et and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
with Suppress(ZeroDivisionError) as val:
    print(val)
    1 / 0
print("after suppress")
class Transaction:
    def __init__(self, account):
        self.account = account
    def __enter__(self):
        self.snapshot = dict(self.account)
        return self.account
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.account.clear()
            self.account.update(self.snapshot)
            print("rolled back because", ev)
            return True
acct = {"balance": 100}
with Transaction(acct) as a:
    a["balance"] -= 30
with Transaction(acct) as a:
    a["balance"] -= 500
    if a["balance"] < 0:
        raise ValueError("insufficient funds")
print(acct)
def f():
    with Resource("ret", log2):
        return "returned"
log2 = []
print(f(), log2)
