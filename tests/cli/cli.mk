# SPDX-License-Identifier: MIT
# tests/cli/: the fdpost command line as a user meets it: options of every
# command, directories and UTF-8 names for `check`, `check --diff`, and
# the demo's output (tests/cli/cli.sh says what each part asserts); again
# under ASan+UBSan, whose leak check fails a command that loses memory.

.PHONY: check-cli
check-cli: $(B)/fdpost $(B)/san/fdpost
	sh tests/cli/cli.sh $(B)/fdpost $(B)/cli
	sh tests/cli/cli.sh $(B)/san/fdpost $(B)/cli-san >/dev/null
	@echo "cli: also clean under ASan+UBSan"
CHECKS += check-cli
