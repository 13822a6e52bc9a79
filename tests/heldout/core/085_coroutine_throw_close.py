class Wait:
    def __await__(self):
        v = yield "waiting"
        return v
async def worker():
    try:
        a = await Wait()
        print("worker got", a)
        b = await Wait()
        print("worker got", b)
    except ValueError as e:
        print("worker caught", e)
        return "handled"
    finally:
        print("worker finally")
c = worker()
print(c.send(None))
print(c.send("first"))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("returned", e.value)
c2 = worker()
c2.send(None)
c2.close()
print("closed")
async def f(): return 1
c3 = f()
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
