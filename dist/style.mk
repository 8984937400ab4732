# SPDX-License-Identifier: MIT
# dist/style.mk: the habits (.editorconfig, .clang-format) checked.
#
#   make check-style    whitespace on every hand-written file; clang-format
#                       on the files of STYLE_FORMAT
#
# STYLE_FORMAT is the one list of C files kept in clang-format's layout:
# add files here once they are reformatted (`clang-format -i FILE`).

CLANG_FORMAT ?= clang-format
STYLE_FORMAT := engine/fdpost.h engine/fdp_core.h engine/fdp_engine.c \
                engine/fdp_recorder.h $(wildcard examples/*.c) \
                $(wildcard tests/install/*.c)
# Generated files, and test data malformed on purpose.
STYLE_SKIP := gen/ tests/vectors/coverage/ tests/malformed/ tests/fuzz/corpus/ \
              tests/fuzz/reader-seeds/ tools/trace/fdt_lex.c

.PHONY: check-style
check-style:
	@STYLE_SKIP="$(STYLE_SKIP)" CLANG_FORMAT=$(CLANG_FORMAT) \
	  sh dist/check-style.sh $(STYLE_FORMAT)
	@# The checker itself: a file that breaks a rule must fail it.
	@rm -rf $(B)/style && mkdir -p $(B)/style && \
	  printf 'a \n' > $(B)/style/blank.txt && printf 'a' > $(B)/style/nonl.txt && \
	  printf '\ta\n' > $(B)/style/tab.txt && printf 'int  x ;\n' > $(B)/style/fmt.c && \
	  for f in blank.txt nonl.txt tab.txt; do \
	    ! STYLE_FILES=$(B)/style/$$f sh dist/check-style.sh >/dev/null 2>&1 || \
	      { echo "check-style: $$f passed"; exit 1; }; \
	  done && \
	  ! STYLE_FILES= CLANG_FORMAT=$(CLANG_FORMAT) sh dist/check-style.sh \
	      $(B)/style/fmt.c >/dev/null 2>&1 || { echo "check-style: fmt.c passed"; exit 1; }
CHECKS += check-style

# Every hand-written source file starts with the licence line (dist/spdx.sh
# adds it).  Generated files carry the line their generator writes.
.PHONY: check-spdx
check-spdx:
	@SPDX_SKIP="$(STYLE_SKIP)" sh dist/spdx.sh --check
	@# The script itself: it adds the line once, in the file's syntax.
	@rm -rf $(B)/spdx && mkdir -p $(B)/spdx && cd $(B)/spdx && \
	  printf 'int x;\n' > a.c && printf '#!/bin/sh\necho\n' > b.sh && \
	  printf '%%%%{\nmachine m;\n}%%%%\n' > c.rl && \
	  sh $(CURDIR)/dist/spdx.sh a.c b.sh c.rl >/dev/null && \
	  sh $(CURDIR)/dist/spdx.sh a.c b.sh c.rl >/dev/null && \
	  test "$$(head -n 1 a.c)" = "/* SPDX-License-Identifier: MIT */" && \
	  test "$$(sed -n 2p b.sh)" = "# SPDX-License-Identifier: MIT" && \
	  test "$$(sed -n 2p c.rl)" = "# SPDX-License-Identifier: MIT" && \
	  test "$$(grep -c SPDX a.c b.sh c.rl | cut -d: -f2 | tr -d '\n')" = 111 && \
	  sh $(CURDIR)/dist/spdx.sh --check a.c b.sh c.rl >/dev/null && \
	  printf 'int y;\n' > d.c && ! sh $(CURDIR)/dist/spdx.sh --check d.c >/dev/null || \
	  { echo "check-spdx: dist/spdx.sh does not add the line once"; exit 1; }
CHECKS += check-spdx
