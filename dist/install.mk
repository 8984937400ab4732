# SPDX-License-Identifier: MIT
# dist/install.mk: the library as users get it.
#
#   make check-api      tests/install/consumer.c against build/libfdpost.a:
#                       the public API's promises (observers, names, version,
#                       NULL err, a failing post not retried)

$(B)/api/consumer: tests/install/consumer.c $(B)/libfdpost.a engine/fdpost.h \
                   engine/fdp_recorder.h
	@mkdir -p $(@D)
	$(CC) $(ENGINE_STD) $(CFLAGS) -Iengine $< $(B)/libfdpost.a -o $@

.PHONY: check-api
check-api: $(B)/api/consumer
	$<
CHECKS += check-api
