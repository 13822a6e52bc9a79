import io
import unittest


def slugify(text):
    return "-".join(text.lower().split())


class SlugifyTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_spaces(self):
        self.assertEqual(slugify("  many   spaces "), "many-spaces")

    def test_wrong_expectation(self):
        self.assertEqual(slugify("A B"), "a_b")

    def test_raises(self):
        with self.assertRaises(AttributeError):
            slugify(None)

    def test_error(self):
        raise RuntimeError("unexpected")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)


class MathTests(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]

    def test_sorted(self):
        self.assertListEqual(sorted(self.values), [1, 2, 3])

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_in_and_is(self):
        self.assertIn(2, self.values)
        self.assertIsNone(None)
        self.assertIsInstance(self.values, list)
        self.assertGreater(5, 3)

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertNotEqual(n, 2)


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(SlugifyTests))
suite.addTests(loader.loadTestsFromTestCase(MathTests))
print("tests collected:", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("ran:", result.testsRun)
print("failures:", sorted(t.id().split(".")[-1] for t, _ in result.failures))
print("errors:", sorted(t.id().split(".")[-1] for t, _ in result.errors))
print("skipped:", [(t.id().split(".")[-1], reason) for t, reason in result.skipped])
print("expected failures:", len(result.expectedFailures), "unexpected successes:", len(result.unexpectedSuccesses))
print("successful:", result.wasSuccessful())
fail_text = dict((t.id().split(".")[-1], tb) for t, tb in result.failures)
print([l for l in fail_text["test_wrong_expectation"].splitlines() if l.startswith("AssertionError")][0])
print(dict((t.id().split(".")[-1], tb) for t, tb in result.errors)["test_error"].strip().splitlines()[-1])
out = stream.getvalue()
print("FAILED" in out, "failures=2" in out, "errors=1" in out, "skipped=1" in out)
