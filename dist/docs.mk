# SPDX-License-Identifier: MIT
# dist/docs.mk: the documents checked like code.
#
#   make check-readme   each C block of README.md marked
#                       `<!-- check-readme: NAME -->` is extracted to
#                       build/readme/NAME and compiled with -Werror against
#                       engine/fdpost.h and mingw-w64's Winsock headers
#   make check-docs     docs/rules.md names every rule the machines cite and
#                       every S, W, E and D item; no document points outside
#                       the repository; no file outside build/ and .git
#                       cites the old notes (the rules are docs/rules.md);
#                       the man pages render without warning

README_DIR := $(B)/readme

.PHONY: check-readme check-docs
check-readme: README.md engine/fdpost.h
	@rm -rf $(README_DIR) && mkdir -p $(README_DIR)
	@awk -v dir=$(README_DIR) ' \
	  /^<!-- check-readme: .* -->$$/ { name = $$3; next } \
	  name != "" && /^```c$$/ { out = dir "/" name; n++; next } \
	  out != "" && /^```$$/ { out = ""; name = ""; next } \
	  out != "" { print > out } \
	  END { if (!n) { print "check-readme: no marked block in README.md"; exit 1 } }' README.md
	@for f in $(README_DIR)/*.c; do \
	  $(MINGW) -std=c11 -Wall -Wextra -Werror -Iengine -c $$f -o $${f%.c}.o || exit 1; \
	done
	@echo "readme: $$(ls $(README_DIR)/*.c | wc -l) example(s) of README.md compile with -Werror against fdpost.h and Winsock's headers"

# Where a document may not point: a clone has no ../shared.  No file may cite
# the old notes, spec[-]notes (bracketed so that this file does not match):
# the rules are docs/rules.md.
DOCS_MD := README.md CONTRIBUTING.md CHANGELOG.md $(wildcard docs/*.md) \
           $(wildcard spec/*.md tests/*/README.md tests/vectors/*/README.md)
RULE_IDS = $(sort $(shell sed -n 's/^action \([A-Z0-9]*\) .*/\1/p' spec/rules.rl) \
             $(shell seq -f 'S%g' 1 18) $(shell seq -f 'W%g' 1 5) \
             $(shell seq -f 'E%g' 1 8) $(shell seq -f 'D%g' 1 13))
check-docs: docs/rules.md
	@bad=0; \
	for f in $(DOCS_MD); do \
	  if grep -nE '\.\./shared|(^|[^a-z])shared/(seed|trace-format)|/work/' $$f; then \
	    echo "check-docs: $$f points outside the repository"; bad=1; fi; \
	done; \
	if grep -rnIE --exclude-dir=.git --exclude-dir=build --exclude-dir=$(notdir $(B)) \
	     'spec[-]notes' .; then \
	  echo "check-docs: the files above cite notes outside the repository (the rules are docs/rules.md)"; bad=1; fi; \
	for id in $(RULE_IDS); do \
	  grep -Eq "^(#+ |- \*\*|\| )$$id([^0-9]|$$)" docs/rules.md || \
	    { echo "check-docs: docs/rules.md has no entry for $$id"; bad=1; }; \
	done; \
	for m in docs/man/fdpost.1 docs/man/fdpost.3; do \
	  groff -mandoc -ww -z $$m 2>&1 | grep . && { echo "check-docs: $$m warns"; bad=1; }; \
	done; \
	test $$bad = 0 && echo "docs: $(words $(RULE_IDS)) rule ids in docs/rules.md; no document points outside the repository; man pages clean"

CHECKS += check-readme check-docs
