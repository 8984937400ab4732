# SPDX-License-Identifier: MIT
# engine/: the runtime provider authors embed.  libfdpost.a holds the engine
# (with the generated machines compiled in) and the recorder.

ENGINE_SRC := engine/fdp_engine.c engine/fdp_names.c $(wildcard engine/fdp_recorder.c)
ENGINE_HDR := engine/fdpost.h engine/fdp_core.h engine/fdp_vocab.h $(wildcard engine/fdp_recorder.h) $(GEN_H) $(GEN_C)
ENGINE_OBJ := $(ENGINE_SRC:%.c=$(B)/%.o)

$(B)/engine/%.o: engine/%.c $(ENGINE_HDR)
	@mkdir -p $(@D)
	$(CC) $(ENGINE_STD) $(CFLAGS) -Iengine -Igen -c $< -o $@

$(B)/libfdpost.a: $(ENGINE_OBJ)
	$(AR) rcs $@ $^

# The same library with the sanitizers, for the ASan+UBSan test run.
$(B)/san/engine/%.o: engine/%.c $(ENGINE_HDR)
	@mkdir -p $(@D)
	$(CC) $(ENGINE_STD) -O1 -g $(SAN) -Iengine -Igen -c $< -o $@

$(B)/san/libfdpost.a: $(ENGINE_SRC:%.c=$(B)/san/%.o)
	$(AR) rcs $@ $^

# Portability: the engine alone, C99, with clang and with mingw-w64 (to a
# Windows executable); the example provider's output is golden.
.PHONY: check-portable
check-portable: $(B)/libfdpost.a
	@mkdir -p $(B)/portable
	$(CLANG) $(ENGINE_STD) -Iengine -Igen $(ENGINE_SRC) examples/scripted.c -o $(B)/portable/scripted-clang
	$(MINGW) $(ENGINE_STD) -Iengine -Igen $(ENGINE_SRC) examples/scripted.c -o $(B)/portable/scripted.exe
	$(CC) $(ENGINE_STD) -Iengine examples/scripted.c $(B)/libfdpost.a -o $(B)/portable/scripted
	$(B)/portable/scripted | diff examples/scripted.out -
	$(B)/portable/scripted-clang | diff examples/scripted.out -
	@! grep -Hn '^#include <' engine/*.c engine/*.h | grep -Ev '<(stdint|stddef|string|limits|stdarg|stdio|stdlib)\.h>' \
	  || { echo "portable: the engine includes a header beyond the C standard library"; exit 1; }
	@echo "portable: engine builds with $(CC), $(CLANG) and $(MINGW) (C99); example output as golden"
CHECKS += check-portable
