# Uncaught AttributeError on an instance, with CPython's suggestion, after
# caught AttributeErrors on builtins and modules of the object model.
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        self.balance += n
for obj, name in [(5, "zzz"), ("s", "qqq"), ([], "kkk"), (None, "x"), (Account, "withdraw")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
acct = Account()
acct.deposit(5)
print(acct.balance)
acct.balanse += 1
