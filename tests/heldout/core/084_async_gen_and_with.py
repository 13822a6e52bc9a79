class Step:
    def __await__(self):
        yield "step"
class ACM:
    async def __aenter__(self):
        print("aenter")
        await Step()
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def agen(n):
    for i in range(n):
        await Step()
        yield i * i
async def main():
    async with ACM() as r:
        print("using", r)
    out = []
    async for v in agen(4):
        out.append(v)
    print("agen", out)
    print("comp", [v async for v in agen(3)])
    return "main done"
c = main()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print(e.value, "steps", steps)
        break
