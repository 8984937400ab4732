# SPDX-License-Identifier: MIT
# spec/ -> gen/: Ragel machines to table-driven C, their diagrams, and the
# headers made from the alphabet and the rule list.  Everything under gen/ is
# committed; `make check` regenerates it in $(B)/gen and compares (drift).

# One machine per network event, in the S15 posting order.
EVENTS := fd_connect fd_accept fd_oob fd_read fd_write fd_close fd_qos \
          fd_group_qos fd_routing_interface_change fd_address_list_change
PROFILES := spec windows
# A profile's machine for an event is spec/PROFILE/EVENT.rl when that file
# exists (a departure), else spec/EVENT.rl.
WINDOWS_EVENTS := $(basename $(notdir $(wildcard spec/windows/*.rl)))

SPEC_SHARED := spec/alphabet.rl spec/rules.rl spec/actions.rl spec/fd_close_common.rl \
               spec/fd_write_chart.rl
MACHINE_RL  := $(EVENTS:%=spec/%.rl) $(WINDOWS_EVENTS:%=spec/windows/%.rl)
GEN_C       := $(MACHINE_RL:spec/%.rl=gen/%.c)
GEN_SVG     := $(foreach p,$(PROFILES),$(EVENTS:%=gen/diagrams/$(p)/%.svg))
GEN_H       := gen/fdp_alphabet.h gen/fdp_rules.h gen/fdp_machines.h gen/fdp_dense.h
GEN_ALL     := $(GEN_C) $(GEN_H) $(GEN_SVG)

# $(call machine_rl,PROFILE,EVENT): the source of that profile's machine.
machine_rl = $(if $(filter $(2),$(if $(filter windows,$(1)),$(WINDOWS_EVENTS))),spec/$(1)/$(2).rl,spec/$(2).rl)

gen: $(GEN_ALL)

# gen/ is committed, so a build needs no Ragel: the rules that make gen/ from
# spec/ exist only when `make gen` is asked for (a fresh clone's file times
# say nothing about which side is newer).  `make check` catches a spec/ edit
# without `make gen` by its drift check.
ifneq ($(filter gen,$(MAKECMDGOALS)),)

gen/%.c: spec/%.rl $(SPEC_SHARED) Makefile    # Makefile: RAGEL_STYLE
	@mkdir -p $(@D)
	$(RAGEL) $(RAGEL_STYLE) -I spec $< -o $@

gen/fdp_alphabet.h: spec/alphabet.rl spec/gen_alphabet.awk
	awk -f spec/gen_alphabet.awk $< > $@

gen/fdp_rules.h: spec/rules.rl spec/gen_rules.awk
	awk -f spec/gen_rules.awk $< > $@

gen/fdp_machines.h: spec/spec.mk spec/gen_machines.sh $(GEN_C)
	sh spec/gen_machines.sh "$(EVENTS)" "$(WINDOWS_EVENTS)" > $@

# What the runtime executes: the machines probed into one dense table
# (next state, effect) with its rule tags and relevance, by a small program.
gen/fdp_dense.h: spec/gen_dense.c gen/fdp_machines.h $(GEN_C) engine/fdp_core.h
	@mkdir -p $(B)
	$(CC) -std=c99 $(WARN) -Iengine -Igen spec/gen_dense.c -o $(B)/gen_dense
	$(B)/gen_dense > $@

# Diagrams, from the machines as Ragel describes them (`ragel -x`): states
# named by their labels in spec/ (kept by a copy of the .rl that names
# them, spec/diagram_names.awk), edges by the alphabet's names and the rule
# tags (spec/gen_diagram.awk), laid out the first of a few ways that fits
# 1600 px (spec/draw_diagram.sh, which also drops Graphviz's version
# comment so the SVG is reproducible).
DIAGRAM_TOOLS := spec/diagram_names.awk spec/gen_diagram.awk spec/draw_diagram.sh
.SECONDEXPANSION:
gen/diagrams/%.svg: $$(call machine_rl,$$(*D),$$(*F)) $(SPEC_SHARED) $(DIAGRAM_TOOLS)
	@mkdir -p $(@D) $(B)/diagrams/$(*D)
	awk -f spec/diagram_names.awk $< > $(B)/diagrams/$*.rl
	$(RAGEL) -x -I spec $(B)/diagrams/$*.rl -o $(B)/diagrams/$*.names.xml
	$(RAGEL) -x -I spec $< -o $(B)/diagrams/$*.xml
	awk -f spec/gen_diagram.awk -v machine=$(*F) -v profile=$(*D) \
	  spec/alphabet.rl $(B)/diagrams/$*.names.xml $(B)/diagrams/$*.xml > $(B)/diagrams/$*.dot
	sh spec/draw_diagram.sh $(DOT) $(B)/diagrams/$*.dot $@
endif

# Drift: regenerate into a scratch tree and compare with what is committed.
.PHONY: check-drift
check-drift:
	rm -rf $(B)/drift && mkdir -p $(B)/drift
	tar --exclude=./$(B) --exclude=./gen --exclude=./.git -cf - . | tar -C $(B)/drift -xf -
	$(MAKE) -s -C $(B)/drift gen B=build >/dev/null
	diff -r gen $(B)/drift/gen
	@echo "drift: gen/ is what spec/ generates"
CHECKS += check-drift

# The diagrams: well-formed, states named, and every symbol each machine
# reads (probed from its tables) on an edge.  Then the same check must
# reject a diagram with one such symbol taken off its edges, and the spec
# FD_WRITE diagram must show both halves of "FD_WRITE only after
# WSAEWOULDBLOCK" between the states spec/fd_write.rl names.
FD_WRITE_SVG := gen/diagrams/spec/fd_write.svg
.PHONY: check-diagrams
check-diagrams:
	@mkdir -p $(B)/diagram-check/spec
	$(CC) -std=c99 $(WARN) -Iengine -Igen spec/diagram_reads.c -o $(B)/diagram_reads
	$(B)/diagram_reads > $(B)/diagram-reads.txt
	sh spec/check_diagrams.sh $(B)/diagram-reads.txt gen/diagrams
	sed 's/>send_block />removed /' gen/diagrams/spec/fd_write.svg > $(B)/diagram-check/spec/fd_write.svg
	grep '^spec fd_write ' $(B)/diagram-reads.txt > $(B)/diagram-check/reads.txt
	! sh spec/check_diagrams.sh $(B)/diagram-check/reads.txt $(B)/diagram-check >$(B)/diagram-check/out.txt 2>&1
	grep -q 'send_block changes fd_write' $(B)/diagram-check/out.txt
	@echo "diagrams: a diagram missing send_block is rejected"
	sh spec/diagram_edge.sh $(FD_WRITE_SVG) selected_writable selected_blocked | grep -qx 'send_block / S6'
	sh spec/diagram_edge.sh $(FD_WRITE_SVG) selected_blocked selected_writable > $(B)/diagram-check/edge.txt
	grep -qx 'send_space / WRITE3' $(B)/diagram-check/edge.txt
	grep -qx 'post FD_WRITE (error 0)' $(B)/diagram-check/edge.txt
	@echo "diagrams: FD_WRITE shows a WSAEWOULDBLOCK arming it and send space posting it"
CHECKS += check-diagrams
