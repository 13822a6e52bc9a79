# program ends with an uncaught custom exception
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, requested, available):
        super().__init__(f"cannot take {requested} x {item}: only {available} left")
        self.item = item
stock = {"apple": 5, "pear": 2}
def take(item, n):
    have = stock.get(item, 0)
    if n > have:
        raise OutOfStock(item, n, have)
    stock[item] = have - n
    return stock[item]
print("apples left:", take("apple", 3))
print("pears left:", take("pear", 2))
try:
    take("apple", 10)
except InventoryError as e:
    print("handled:", e)
print("now taking too many pears...")
take("pear", 1)
print("this line is never reached")
