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
