# tests/: Check suites (plain and under ASan+UBSan).
