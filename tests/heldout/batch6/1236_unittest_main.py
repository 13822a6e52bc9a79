import io
import sys
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

    def __len__(self):
        return len(self._items)


class StackTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        self.s = Stack()

    def tearDown(self):
        self.s = None

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty_pop(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")

    def test_raises_regex(self):
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)

    def test_dict_equal(self):
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_failing(self):
        self.assertEqual([1, 2], [1, 3], "lists differ")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(argv=["prog"], testRunner=runner, exit=False)
res = prog.result
print("run", res.testsRun, "failures", len(res.failures), "errors", len(res.errors))
lines = [l for l in stream.getvalue().splitlines() if l.startswith("test_")]
for l in sorted(lines):
    print(l)
msg = [l for l in res.failures[0][1].splitlines() if l.startswith("AssertionError")][0]
print(msg)
print(sys.argv[0].endswith(".py"))
