import io
import unittest


class BankAccount:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("initial balance must be non-negative")
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


class AccountTests(unittest.TestCase):
    def setUp(self):
        self.acct = BankAccount("ann", 100)

    def test_deposit(self):
        self.assertEqual(self.acct.deposit(50), 150)

    def test_withdraw(self):
        self.assertEqual(self.acct.withdraw(30), 70)

    def test_overdraw(self):
        with self.assertRaisesRegex(ValueError, "insufficient"):
            self.acct.withdraw(1000)

    def test_negative_initial(self):
        self.assertRaises(ValueError, BankAccount, "bob", -5)

    def test_bad_deposit(self):
        for amt in (0, -1):
            with self.subTest(amount=amt):
                with self.assertRaises(ValueError):
                    self.acct.deposit(amt)

    def test_owner(self):
        self.assertTrue(self.acct.owner.islower())
        self.assertNotIn(" ", self.acct.owner)
        self.assertIsNot(self.acct, BankAccount("ann"))


suite = unittest.defaultTestLoader.loadTestsFromTestCase(AccountTests)
names = sorted(t.id().rsplit(".", 1)[-1] for t in suite)
print(names)
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for line in sorted(l for l in buf.getvalue().splitlines() if " ... " in l):
    print(line)
print(buf.getvalue().rstrip().splitlines()[-1])
single = unittest.TestSuite([AccountTests("test_deposit")])
r2 = unittest.TestResult()
single.run(r2)
print(r2.testsRun, r2.wasSuccessful())


class Failing(unittest.TestCase):
    def test_bad(self):
        self.assertEqual(1 + 1, 3)


r3 = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Failing).run(r3)
print(r3.testsRun, len(r3.failures), r3.failures[0][1].strip().splitlines()[-1])
