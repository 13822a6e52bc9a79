class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return self.n * 10
async def task(name, n):
    print(f"{name} start")
    r = await Sleep(n)
    print(f"{name} got {r}")
    return name.upper()
def run(*coros):
    queue = list(coros)
    results = {}
    while queue:
        c = queue.pop(0)
        try:
            sig = c.send(None)
            print("  yielded", sig)
            queue.append(c)
        except StopIteration as e:
            results[c.cr_code.co_name + str(len(results))] = e.value
    return results
print(run(task("a", 2), task("b", 1)))
