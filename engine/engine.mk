# engine/: the runtime provider authors embed.  libfdpost.a holds the engine
# (with the generated machines compiled in) and the recorder.

ENGINE_SRC := engine/fdp_engine.c engine/fdp_names.c $(wildcard engine/fdp_recorder.c)
ENGINE_HDR := engine/fdpost.h engine/fdp_core.h $(wildcard engine/fdp_recorder.h) $(GEN_H) $(GEN_C)
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

# Portability: the engine alone, C99, with clang and with mingw-w64.
.PHONY: check-portable
check-portable:
	@mkdir -p $(B)/portable
	for f in $(ENGINE_SRC); do \
	  $(CLANG) $(ENGINE_STD) -Iengine -Igen -c $$f -o $(B)/portable/clang-$$(basename $$f .c).o || exit 1; \
	  $(MINGW) $(ENGINE_STD) -Iengine -Igen -c $$f -o $(B)/portable/mingw-$$(basename $$f .c).o || exit 1; \
	done
	@echo "portable: engine builds with $(CLANG) and $(MINGW), C99, $(words $(ENGINE_SRC)) files"
CHECKS += check-portable
