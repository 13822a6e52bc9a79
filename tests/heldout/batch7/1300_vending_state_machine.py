class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.selection = None
        self.bank = 0
        self.transitions = []

    def _go(self, new):
        self.transitions.append(f"{self.state}->{new}")
        self.state = new

    def insert(self, coin):
        if coin not in self.COINS:
            return f"rejected coin {coin}"
        if self.state == "idle":
            self._go("has_credit")
        self.credit += coin
        return f"credit {self.credit}"

    def select(self, item):
        if self.state != "has_credit":
            return "insert coins first"
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.stock[item] -= 1
        self.credit -= price
        self.bank += price
        self._go("vending")
        change = self._change()
        self._go("idle")
        return f"vend {item}, change {change}"

    def _change(self):
        out, rest = [], self.credit
        for c in self.COINS:
            while rest >= c:
                out.append(c)
                rest -= c
        self.credit = 0
        return out

    def cancel(self):
        if self.state == "idle":
            return "nothing to cancel"
        refund = self._change()
        self._go("idle")
        return f"refund {refund}"


vm = VendingMachine({"cola": 1, "chips": 5, "candy": 0})
script = [("select", "cola"), ("insert", 100), ("insert", 3), ("select", "cola"), ("insert", 100),
          ("select", "cola"), ("insert", 200), ("select", "cola"), ("select", "candy"),
          ("insert", 20), ("insert", 50), ("select", "chips"), ("cancel",), ("cancel",)]
for action, *args in script:
    print(f"{action:6} {str(args):8} {getattr(vm, action)(*args):28} state={vm.state} credit={vm.credit}")
print(vm.stock, vm.bank)
print(vm.transitions)
