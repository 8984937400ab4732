# SPDX-License-Identifier: MIT
# tests/cli/: the fdpost command line as a user meets it: options of every
# command, directories and UTF-8 names for `check`, `check --diff`, and
# the demo's output (tests/cli/cli.sh says what each part asserts).

.PHONY: check-cli
check-cli: $(B)/fdpost
	sh tests/cli/cli.sh $(B)/fdpost $(B)/cli
CHECKS += check-cli
