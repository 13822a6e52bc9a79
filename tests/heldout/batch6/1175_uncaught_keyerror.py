inventory = {"apple": 5, "banana": 0, "cherry": 12}


def restock(item, qty):
    inventory[item] = inventory.get(item, 0) + qty
    return inventory[item]


def sell(item, qty):
    if inventory[item] < qty:
        raise ValueError(f"only {inventory[item]} {item} left")
    inventory[item] -= qty
    return inventory[item]


print(sell("apple", 2))
print(restock("banana", 10))
print(restock("durian", 1))
try:
    sell("cherry", 100)
except ValueError as e:
    print("ValueError:", e)
print(sorted(inventory.items()))
print("selling something we never stocked")
sell("elderberry", 1)
