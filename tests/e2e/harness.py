"""Runs named checks and prints the closing line 'N passed, M failed' that CI reads."""
from atspi import Failure

results = []


def check(name, test):
    try:
        test()
        results.append((name, None))
        print(f"PASS {name}", flush=True)
    except (Failure, AssertionError) as error:
        results.append((name, error))
        print(f"FAIL {name}: {error}", flush=True)


def finish():
    failed = sum(1 for _, error in results if error)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0
