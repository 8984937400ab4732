# SPDX-License-Identifier: MIT
# tools/live/: what runs on real sockets through the POSIX adapter:
# `fdpost live` (scenarios on loopback), `fdpost demo` (the echo server) and
# `fdpost demo --load` (1,000+ concurrent connections).  Built into fdpost
# by tools/tools.mk; here are the targets that run them.

N ?= 50
LOAD_N ?= 1000
MODE ?= message

.PHONY: demo live live-soak check-live check-load
# The README's main command: an echo server and N clients over loopback,
# driven only by posted messages (MODE=event: by event objects); the trace
# is recorded and checked.
demo: $(B)/fdpost
	$(B)/fdpost demo --clients $(N) --mode $(MODE) --trace $(B)/demo.fdt

live: $(B)/fdpost
	$(B)/fdpost live --keep $(B)/live

# Every scenario (both modes) under both profiles, 100 rounds in a row.
live-soak: $(B)/fdpost
	$(B)/fdpost live --repeat 100

check-live: $(B)/fdpost
	$(B)/fdpost live --profile spec --keep $(B)/live
	$(B)/fdpost live --profile windows --keep $(B)/live

# 1,000 concurrent connections: no byte lost or duplicated, the trace conforms
# (messages in both profiles, and event objects).
check-load: $(B)/fdpost
	$(B)/fdpost demo --load --clients $(LOAD_N) --trace $(B)/load.fdt
	$(B)/fdpost demo --load --clients $(LOAD_N) --profile windows --trace $(B)/load-windows.fdt
	$(B)/fdpost demo --load --clients $(LOAD_N) --mode event --trace $(B)/load-event.fdt

CHECKS += check-live check-load
