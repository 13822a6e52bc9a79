# inspect on user-defined objects
import inspect
class Account:
    """A bank account."""
    rate = 0.05
    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount: float) -> float:
        """Add money."""
        self.balance += amount
        return self.balance
    @staticmethod
    def helper(x, *args, key=None, **kw):
        return x
    @classmethod
    def open(cls, owner):
        return cls(owner)
    @property
    def rich(self):
        return self.balance > 1000
def gen():
    yield 1
async def coro():
    pass
print(inspect.isclass(Account), inspect.isfunction(Account.deposit), inspect.ismethod(Account(1).deposit), inspect.ismethod(Account.open))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isbuiltin(len), inspect.ismodule(inspect))
print(inspect.signature(Account.__init__), inspect.signature(Account.helper), inspect.signature(Account.deposit).return_annotation)
sig = inspect.signature(Account.helper)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty)
bound = sig.bind(1, 2, 3, key='k', extra=5)
print(bound.arguments)
print(inspect.getdoc(Account), inspect.getdoc(Account.deposit), inspect.cleandoc('  a\n    b\n  c'))
members = [n for n, _ in inspect.getmembers(Account) if not n.startswith('_')]
print(members)
print([n for n, _ in inspect.getmembers(Account, inspect.isfunction)])
print([c.__name__ for c in inspect.getmro(bool)])
print(inspect.getfullargspec(Account.helper).args, inspect.getfullargspec(Account.helper).kwonlyargs)
def outer(a, b=2):
    frame = inspect.currentframe()
    return sorted(frame.f_locals)
print(outer(1))
print(inspect.getattr_static(Account, 'rich').__class__.__name__, inspect.isabstract(Account))
c = Account('z')
print(inspect.getcallargs(Account.deposit, c, 5) == {'self': c, 'amount': 5})
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3))
