# a vending machine state machine
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.events = []
    def _go(self, new):
        self.events.append(f"{self.state}->{new}")
        self.state = new
    def insert(self, coin):
        if coin not in (5, 10, 25, 100):
            return f"rejected coin {coin}"
        self.credit += coin
        if self.state == "idle":
            self._go("has_credit")
        return f"credit {self.credit}"
    def select(self, item):
        if self.state != "has_credit":
            return "insert coins first"
        if item not in self.PRICES:
            return f"unknown item {item}"
        if self.stock[item] == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.stock[item] -= 1
        change = self.credit - price
        self.credit = 0
        self._go("idle")
        return f"vend {item}, change {self.make_change(change)}"
    def refund(self):
        if self.state == "idle":
            return "nothing to refund"
        amount, self.credit = self.credit, 0
        self._go("idle")
        return f"refund {self.make_change(amount)}"
    @staticmethod
    def make_change(amount):
        coins = []
        for c in (100, 25, 10, 5):
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins
vm = VendingMachine()
script = [("select", "cola"), ("insert", 100), ("insert", 3), ("select", "cola"),
          ("insert", 25), ("insert", 25), ("insert", 10), ("select", "cola"),
          ("insert", 100), ("select", "candy"), ("select", "gum"), ("select", "chips"),
          ("refund",), ("insert", 100), ("insert", 100), ("refund",), ("refund",)]
for step in script:
    action, *args = step
    print(f"{action}{tuple(args) if args else '()'}: {getattr(vm, action)(*args)}")
print(vm.state, vm.credit, vm.stock)
print(vm.events)
