#!/usr/bin/env bash
# Fails when a QTest comparison macro (QCOMPARE, QVERIFY, QTRY_*, ...) stands in a GoogleTest file: there it only
# logs and returns from the test body, so the check it makes can never fail the test. QtTest-based files (with
# QTEST_MAIN / QTEST_APPLESS_MAIN / QTEST_GUILESS_MAIN) may use them.
#   scripts/check-test-macros.sh [DIR]     check DIR (default: tests/ of this repository)
#   scripts/check-test-macros.sh --self-test
set -euo pipefail

macro='\bQ(TRY_)?(COMPARE|VERIFY|FAIL|EXPECT_FAIL|SKIP)[A-Z_0-9]*\('

check() {
    local dir=$1 bad=0 file
    while IFS= read -r -d '' file; do
        grep -qE 'QTEST_(APPLESS_|GUILESS_)?MAIN' "$file" && continue
        if grep -nE "$macro" "$file" >/dev/null; then
            grep -nE "$macro" "$file" | sed "s|^|$file:|" >&2
            bad=1
        fi
    done < <(find "$dir" -type f \( -name '*.cpp' -o -name '*.h' \) -print0)
    if [[ $bad -ne 0 ]]; then
        echo "QTest macros in GoogleTest files (above) cannot fail a test: use ASSERT_TRUE(QTest::qWaitFor(...)) and" \
            "gtest assertions." >&2
        return 1
    fi
}

if [[ "${1:-}" == "--self-test" ]]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    printf 'TEST(A, B)\n{\n    QTRY_COMPARE(x, 1);\n}\n' >"$tmp/BadTest.cpp"
    printf 'TEST(A, B)\n{\n    ASSERT_TRUE(QTest::qWaitFor([] { return true; }));\n}\n' >"$tmp/GoodTest.cpp"
    printf 'void T::f()\n{\n    QCOMPARE(x, 1);\n}\nQTEST_MAIN(T)\n' >"$tmp/QtTestBased.cpp"
    if check "$tmp" 2>/dev/null; then
        echo "self-test: a QTRY_COMPARE in a GoogleTest file was not found" >&2
        exit 1
    fi
    rm "$tmp/BadTest.cpp"
    check "$tmp" || { echo "self-test: good files were refused" >&2; exit 1; }
    echo "self-test: passed"
    exit 0
fi

check "${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests}"
