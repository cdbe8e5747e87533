"""TAP for the Python unit tests: check() runs one test and prints its line, finish() the plan."""
import sys

count = failed = 0


def check(description, function):
    """Runs function; an AssertionError fails the test and its first 40 lines are printed."""
    global count, failed
    count += 1
    try:
        function()
    except AssertionError as error:
        failed += 1
        print(f"not ok {count} - {description}")
        for line in str(error).splitlines()[:40]:
            print(f"# {line}")
        # Also where meson's --print-errorlogs shows it, which is stderr only for TAP tests.
        print(f"not ok {count} - {description}", file=sys.stderr)
        print("\n".join(str(error).splitlines()[:40]), file=sys.stderr)
    else:
        print(f"ok {count} - {description}")
    sys.stdout.flush()


def finish():
    """Prints the plan; the exit status for the script: 1 if a test failed."""
    print(f"1..{count}")
    return 1 if failed else 0
