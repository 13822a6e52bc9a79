class InventoryError(Exception):
    pass
def remove(stock, item, n):
    if stock.get(item, 0) < n:
        raise InventoryError(f"cannot remove {n} {item}: only {stock.get(item, 0)} left")
    stock[item] -= n
stock = {"apple": 3}
remove(stock, "apple", 2)
print("remaining", stock)
print("about to fail")
remove(stock, "apple", 5)
print("not reached")
