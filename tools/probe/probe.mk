# SPDX-License-Identifier: MIT
# tools/probe/: fdpost-probe.exe, a black-box Winsock probe (docs/probe.md), and
# the checks that run it under Wine.
#
#   make probe         build/fdpost-probe.exe (mingw-w64; runs on Windows as is)
#   make check-wine    the probe's scenarios under Wine in a fresh prefix (no
#                      display), PROBE_REPEAT times with identical traces; the
#                      oracle's verdicts under both profiles against
#                      tests/wine/expected.txt; examples/scripted.exe under Wine
#                      against its golden output; docs/wine.md up to date
#   make wine-report   regenerate docs/wine.md from the traces and the oracle
#   make wine-expected rewrite tests/wine/expected.txt from a new run (after a
#                      deliberate change of the oracle, Wine or the probe)
#
# WINE_FRESH=0 keeps the prefix of the last run (a warm start).

PROBE_SRC := $(sort $(wildcard tools/probe/*.c))
PROBE_HDR := $(wildcard tools/probe/*.h)
PROBE_EXE := $(B)/fdpost-probe.exe
PROBE_SETTLE ?= 20
PROBE_REPEAT ?= 5
WINE ?= wine
WINESERVER ?= wineserver
WINE_FRESH ?= 1
WINE_DIR := $(B)/wine
# No display (the null driver serves message-only windows); no Mono or Gecko
# prompts; Wine's own diagnostics off.
WINE_ENV := WINEPREFIX=$(abspath $(WINE_DIR)/prefix) WINEDEBUG=-all \
            WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY= WAYLAND_DISPLAY=

.PHONY: probe check-wine wine-run wine-report wine-expected
probe: $(PROBE_EXE)

$(PROBE_EXE): $(PROBE_SRC) $(PROBE_HDR)
	@mkdir -p $(@D)
	$(MINGW) -std=c11 $(WARN) -O2 -Itools/probe $(PROBE_SRC) -o $@ -lws2_32 -luser32

# The probe and scripted.exe under Wine; the server is stopped at the end so
# nothing keeps running.
wine-run: $(PROBE_EXE) check-portable
	@if [ "$(WINE_FRESH)" = 1 ]; then rm -rf $(WINE_DIR)/prefix; fi
	@rm -rf $(WINE_DIR)/traces && mkdir -p $(WINE_DIR)/traces
	@cp $(PROBE_EXE) $(B)/portable/scripted.exe $(WINE_DIR)/
	@cd $(WINE_DIR) && $(WINE_ENV) $(WINE) fdpost-probe.exe --list >list.txt 2>/dev/null; \
	  $(WINE_ENV) $(WINE) fdpost-probe.exe --out traces \
	    --settle $(PROBE_SETTLE) --repeat $(PROBE_REPEAT) 2>probe.err; rc=$$?; \
	  $(WINE_ENV) $(WINE) scripted.exe 2>/dev/null | tr -d '\r' >scripted.txt; \
	  $(WINE_ENV) $(WINESERVER) -k 2>/dev/null; \
	  if [ $$rc -ne 0 ]; then cat probe.err; echo "check-wine: the probe failed (flake or setup; see above)"; exit 1; fi
	@echo "wine: $$(ls $(WINE_DIR)/traces/*.fdt | wc -l) traces, $(PROBE_REPEAT) repetitions identical"

check-wine: wine-run $(B)/fdpost
	@tr -d '\r' <$(WINE_DIR)/list.txt | awk '{ print $$1 }' | while read -r n; do \
	  grep -q "^| \`$$n\` |" docs/probe.md || { echo "check-wine: scenario $$n is not in docs/probe.md"; exit 1; }; \
	done
	@[ $$(wc -l <$(WINE_DIR)/list.txt) -ge 40 ] || { echo "check-wine: fewer than 40 scenarios"; exit 1; }
	@diff examples/scripted.out $(WINE_DIR)/scripted.txt \
	  || { echo "check-wine: scripted.exe under Wine differs from examples/scripted.out"; exit 1; }
	@sh tools/probe/verdicts.sh $(B)/fdpost $(WINE_DIR)/traces >$(WINE_DIR)/verdicts.txt
	@diff -u tests/wine/expected.txt $(WINE_DIR)/verdicts.txt \
	  || { echo "check-wine: the verdicts changed (above: - expected, + now)"; exit 1; }
	@python3 tools/probe/wine_report.py $(B)/fdpost $(WINE_DIR)/traces tools/probe/wine-notes.txt >$(WINE_DIR)/wine.md
	@diff -q docs/wine.md $(WINE_DIR)/wine.md >/dev/null \
	  || { echo "check-wine: docs/wine.md is out of date (make wine-report)"; exit 1; }
	@echo "check-wine: $$(grep -c conforms $(WINE_DIR)/verdicts.txt) conform, $$(grep -c diverges $(WINE_DIR)/verdicts.txt) divergences, as expected; scripted.exe golden"
CHECKS += check-wine

wine-report: wine-run $(B)/fdpost
	python3 tools/probe/wine_report.py $(B)/fdpost $(WINE_DIR)/traces tools/probe/wine-notes.txt >$(WINE_DIR)/wine.md && cp $(WINE_DIR)/wine.md docs/wine.md

wine-expected: wine-run $(B)/fdpost
	sh tools/probe/verdicts.sh $(B)/fdpost $(WINE_DIR)/traces >tests/wine/expected.txt
