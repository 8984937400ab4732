# SPDX-License-Identifier: MIT
# dist/docs.mk: the documents checked like code.
#
#   make check-readme   each C block of README.md marked
#                       `<!-- check-readme: NAME -->` is extracted to
#                       build/readme/NAME and compiled with -Werror against
#                       engine/fdpost.h and mingw-w64's Winsock headers
#   make check-docs     docs/rules.md names every rule the machines cite and
#                       every S, W, E and D item; no document points outside
#                       the repository, and every relative link resolves
#                       (dist/links.sh); no file outside build/ and .git
#                       cites the old notes (the rules are docs/rules.md);
#                       the man pages render without warning
#   make figures        README.md's "Figures" table measured again and
#                       written between its markers (dist/figures.sh)
#   make check-figures  fails, naming the row, when a measured row of that
#                       table is stale (state, machines, verify, unit suites,
#                       vectors, coverage); `make figures` fixes it

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
	sh dist/links.sh $(DOCS_MD) || { echo "check-docs: the links above lead nowhere"; bad=1; }; \
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
	test $$bad = 0 && echo "docs: $(words $(RULE_IDS)) rule ids in docs/rules.md; no document points outside the repository; every link resolves; man pages clean"

CHECKS += check-readme check-docs

# The figures: what each tool prints, kept in $(FIG_DIR) and made again
# when the tool or its input changes; dist/figures.sh makes the rows of it.
# The vector folders are prerequisites too, so that a deleted vector counts.
# The long campaigns are not run: their rows stay as README.md has them, but
# mutation's once `make mutate` has left $(MU_DIR)/mutate.txt.
FIG_DIR := $(B)/figures
FIG_OUT := $(FIG_DIR)/info.txt $(FIG_DIR)/verify.txt $(FIG_DIR)/unit.txt \
           $(FIG_DIR)/coverage.txt
FIG_VECTOR_DIRS := tests/vectors/spec tests/vectors/windows \
                   tests/vectors/coverage/spec tests/vectors/coverage/windows
FIGURES := B=$(B) FIG=$(FIG_DIR) sh dist/figures.sh

$(FIG_DIR)/info.txt: $(B)/fdpost
	@mkdir -p $(@D)
	$(B)/fdpost info > $@.tmp || { cat $@.tmp; exit 1; }
	@mv $@.tmp $@

$(FIG_DIR)/verify.txt: $(B)/fdpost
	@mkdir -p $(@D)
	$(B)/fdpost verify > $@.tmp || { cat $@.tmp; exit 1; }
	@mv $@.tmp $@

# The unit suites as check-unit runs them (tests/tests.mk).
$(FIG_DIR)/unit.txt: $(B)/unit/fdp_unit
	@mkdir -p $(@D)
	CK_DEFAULT_TIMEOUT=10 $< > $@.tmp 2>&1 || { cat $@.tmp; exit 1; }
	@mv $@.tmp $@

# Coverage as check-coverage measures it (tests/mutate/mutate.mk).
$(FIG_DIR)/coverage.txt: $(MU_DIR)/fdp_mutate $(MU_VECTORS) $(FIG_VECTOR_DIRS)
	@mkdir -p $(@D)
	@$(MU_DIR)/fdp_mutate coverage $(MU_VECTOR_ARGS) > $@.tmp || { cat $@.tmp; exit 1; }
	@mv $@.tmp $@

.PHONY: figures check-figures
figures: $(FIG_OUT)
	@MUTATE=$(MU_DIR)/mutate.txt $(FIGURES) write README.md

# The measured rows only (no campaign is run, nor its output read).  Then
# the check itself: a README.md with one measured number changed must fail
# it, and `write` must make that copy README.md again, byte for byte.
check-figures: $(FIG_OUT)
	@$(FIGURES) check README.md
	@rm -rf $(FIG_DIR)/stale && mkdir -p $(FIG_DIR)/stale && \
	  sed '/^| per-socket state |/s/[0-9]/&0/' README.md > $(FIG_DIR)/stale/README.md && \
	  ! cmp -s README.md $(FIG_DIR)/stale/README.md && \
	  ! $(FIGURES) check $(FIG_DIR)/stale/README.md > $(FIG_DIR)/stale/out 2>&1 && \
	  grep -q '"per-socket state" is stale' $(FIG_DIR)/stale/out && \
	  grep -q 'make figures' $(FIG_DIR)/stale/out && \
	  MUTATE= $(FIGURES) write $(FIG_DIR)/stale/README.md > /dev/null && \
	  cmp -s README.md $(FIG_DIR)/stale/README.md || \
	  { echo "check-figures: dist/figures.sh passed a stale README.md, or did not rewrite it"; \
	    cat $(FIG_DIR)/stale/out 2>/dev/null; exit 1; }

CHECKS += check-figures
