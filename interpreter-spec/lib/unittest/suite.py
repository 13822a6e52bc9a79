"""TestSuite (Pyrite's unittest.suite): runs its tests in order and the
class fixtures (setUpClass/tearDownClass) around each class's tests."""

from . import case


class _ErrorHolder:
    """Stands in for a test when a class fixture fails."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (case.strclass(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        top = not getattr(result, '_testRunEntered', False)
        if top:
            result._testRunEntered = True
            result._previousTestClass = None
            result._classSetupFailed = set()
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestSuite):
                test.run(result)
                continue
            self._handleClassSetUp(test, result)
            if test.__class__ in result._classSetupFailed:
                continue
            test(result)
        if top:
            self._tearDownPreviousClass(None, result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previousClass = result._previousTestClass
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        self._tearDownPreviousClass(test, result)
        result._previousTestClass = currentClass
        if getattr(currentClass, "__unittest_skip__", False):
            return
        try:
            currentClass.setUpClass()
        except Exception as e:
            if isinstance(e, case.SkipTest):
                raise
            result._classSetupFailed.add(currentClass)
            desc = 'setUpClass (%s)' % case.strclass(currentClass)
            result.addError(_ErrorHolder(desc), e)

    def _tearDownPreviousClass(self, test, result):
        previousClass = result._previousTestClass
        currentClass = test.__class__
        if currentClass == previousClass or previousClass is None:
            return
        if previousClass in result._classSetupFailed:
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        try:
            previousClass.tearDownClass()
        except Exception as e:
            desc = 'tearDownClass (%s)' % case.strclass(previousClass)
            result.addError(_ErrorHolder(desc), e)
