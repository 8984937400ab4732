# SPDX-License-Identifier: MIT
# dist/amalgamate.mk: the engine as one header and one C file, committed in
# gen/amalgamation/ (drop both into a project, compile fdpost.c: nothing
# else needed).
#
#   make amalgamate          regenerate gen/amalgamation/ (also part of
#                            `make gen`, so check-drift compares it)
#   make check-amalgamation  build it alone (C99 -pedantic with cc, clang
#                            and mingw-w64), run examples/scripted.c against
#                            its golden output and tests/install/consumer.c

AMALG     := gen/amalgamation
AMALG_OUT := $(AMALG)/fdpost.h $(AMALG)/fdpost.c

# Like the rest of gen/, the rule exists only when asked for: a fresh
# clone's file times say nothing about which side is newer.
ifneq ($(filter gen amalgamate,$(MAKECMDGOALS)),)
gen: $(AMALG_OUT)
$(AMALG_OUT) &: dist/amalgamate.sh VERSION $(PUBLIC_HDR) $(ENGINE_SRC) $(ENGINE_HDR)
	sh dist/amalgamate.sh $(AMALG) $(PUBLIC_HDR) -- $(ENGINE_SRC)
endif

.PHONY: amalgamate check-amalgamation
amalgamate: $(AMALG_OUT)

check-amalgamation: $(AMALG_OUT)
	@rm -rf $(B)/amalg && mkdir -p $(B)/amalg
	@sh dist/amalgamate.sh $(B)/amalg/fresh $(PUBLIC_HDR) -- $(ENGINE_SRC)
	@diff -r $(AMALG) $(B)/amalg/fresh || \
	  { echo "amalgamation: gen/amalgamation/ is stale: make amalgamate"; exit 1; }
	$(CC) $(ENGINE_STD) -I$(AMALG) $(AMALG)/fdpost.c examples/scripted.c -o $(B)/amalg/scripted
	$(CLANG) $(ENGINE_STD) -I$(AMALG) $(AMALG)/fdpost.c examples/scripted.c -o $(B)/amalg/scripted-clang
	$(MINGW) $(ENGINE_STD) -I$(AMALG) $(AMALG)/fdpost.c examples/scripted.c -o $(B)/amalg/scripted.exe
	$(CC) $(ENGINE_STD) -I$(AMALG) $(AMALG)/fdpost.c tests/install/consumer.c -o $(B)/amalg/consumer
	$(B)/amalg/scripted | diff examples/scripted.out -
	$(B)/amalg/scripted-clang | diff examples/scripted.out -
	$(B)/amalg/consumer
	@echo "amalgamation: gen/amalgamation/fdpost.{h,c} current, builds alone (cc, clang, mingw-w64), example and consumer pass"
CHECKS += check-amalgamation
