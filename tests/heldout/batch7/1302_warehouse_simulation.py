import random

random.seed(7)


class Warehouse:
    def __init__(self, capacity):
        self.capacity = capacity
        self.stock = {}
        self.events = []
        self.backorders = []

    @property
    def used(self):
        return sum(self.stock.values())

    def receive(self, sku, qty):
        space = self.capacity - self.used
        accepted = min(space, qty)
        if accepted:
            self.stock[sku] = self.stock.get(sku, 0) + accepted
        if accepted < qty:
            self.events.append(f"overflow {sku} {qty - accepted}")
        return accepted

    def ship(self, sku, qty):
        have = self.stock.get(sku, 0)
        sent = min(have, qty)
        if sent:
            self.stock[sku] = have - sent
            if self.stock[sku] == 0:
                del self.stock[sku]
        if sent < qty:
            self.backorders.append((sku, qty - sent))
        return sent

    def fill_backorders(self):
        remaining = []
        for sku, qty in self.backorders:
            sent = min(self.stock.get(sku, 0), qty)
            if sent:
                self.stock[sku] -= sent
                if not self.stock[sku]:
                    del self.stock[sku]
                self.events.append(f"backorder {sku} {sent}")
            if qty - sent:
                remaining.append((sku, qty - sent))
        self.backorders = remaining


w = Warehouse(100)
skus = ["bolt", "nut", "gear", "belt"]
for day in range(1, 9):
    sku = random.choice(skus)
    qty = random.randint(5, 40)
    got = w.receive(sku, qty)
    out_sku = random.choice(skus)
    out_qty = random.randint(1, 25)
    sent = w.ship(out_sku, out_qty)
    w.fill_backorders()
    print(f"day {day}: +{got:2} {sku:4} -{sent:2}/{out_qty:2} {out_sku:4} used={w.used:3} stock={dict(sorted(w.stock.items()))}")
print("backorders:", w.backorders)
print("events:", w.events)
totals = {}
for sku, q in w.backorders:
    totals[sku] = totals.get(sku, 0) + q
print(sorted(totals.items(), key=lambda kv: -kv[1]))
