import io
import unittest


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)


class StackTests(unittest.TestCase):
    def setUp(self):
        self.s = Stack()
        self.s.push(1)
        self.s.push(2)

    def tearDown(self):
        self.s = None

    def test_len(self):
        self.assertEqual(len(self.s), 2)

    def test_pop_order(self):
        self.assertEqual([self.s.pop(), self.s.pop()], [2, 1])

    def test_pop_empty(self):
        self.s.pop()
        self.s.pop()
        with self.assertRaisesRegex(IndexError, "empty"):
            self.s.pop()

    def test_peek(self):
        self.assertEqual(self.s.peek(), 2)
        self.assertIsNone(Stack().peek())

    def test_types(self):
        self.assertIsInstance(self.s, Stack)
        self.assertTrue(len(self.s))
        self.assertFalse(len(Stack()))
        self.assertIn(2, self.s._items)
        self.assertNotIn(3, self.s._items)
        self.assertListEqual(self.s._items, [1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertGreater(3, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])


class Broken(unittest.TestCase):
    def test_fails(self):
        self.assertEqual({"a": 1}, {"a": 2}, "dicts differ")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
prog = unittest.main(module=__name__, argv=["prog"], exit=False, testRunner=runner)
r = prog.result
print(type(prog).__name__, r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
print([t.id() for t, _ in r.failures])
msg = r.failures[0][1]
print("dicts differ" in msg, "AssertionError" in msg)
only = unittest.main(module=__name__, argv=["prog", "StackTests"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO(), verbosity=0))
print(only.result.testsRun, only.result.wasSuccessful())
one = unittest.main(module=__name__, argv=["prog", "StackTests.test_peek"], exit=False,
                    testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(one.result.testsRun)
out = stream.getvalue()
print(out.count("FAIL:"), "Ran 6 tests" in out, out.rstrip().splitlines()[-1])
