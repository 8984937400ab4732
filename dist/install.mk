# SPDX-License-Identifier: MIT
# dist/install.mk: the library and the command as users get them.
#
#   make install [PREFIX=/usr/local] [DESTDIR=] [LIBDIR=] [INCLUDEDIR=]
#                [BINDIR=] [MANDIR=]
#                       headers, libfdpost.a, libfdpost.so (soname, only the
#                       public API exported), fdpost.pc, a CMake config,
#                       the fdpost command, fdpost(1) and fdpost(3)
#   make uninstall      the same variables: removes exactly those files
#   make amalgamate     gen/amalgamation/fdpost.{h,c}: the engine in one file
#   make check-api      tests/install/consumer.c against build/libfdpost.a
#   make check-install  install into a scratch DESTDIR, build consumer.c with
#                       pkg-config (static and shared) and CMake, run it,
#                       check the exported symbols, --version, the man pages,
#                       then uninstall and check nothing is left
#   make check-amalgamation  the single-file engine built alone (C99, gcc,
#                       clang, mingw-w64) and tested

VERSION_NUM := $(shell cat VERSION)
VERSION_MAJOR := $(word 1,$(subst ., ,$(VERSION_NUM)))
VERSION_MINOR := $(word 2,$(subst ., ,$(VERSION_NUM)))
# Before 1.0 a minor version may break the ABI, so the soname carries it.
SONAME  := libfdpost.so.$(VERSION_MAJOR)$(if $(filter 0,$(VERSION_MAJOR)),.$(VERSION_MINOR))
SOFILE  := libfdpost.so.$(VERSION_NUM)

PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
BINDIR     ?= $(PREFIX)/bin
MANDIR     ?= $(PREFIX)/share/man
INSTALL    ?= install

PUBLIC_HDR := engine/fdpost.h engine/fdp_recorder.h
MAN_PAGES  := docs/man/fdpost.1 docs/man/fdpost.3

# The installed libraries are built position-independent, from the same
# sources as build/libfdpost.a.
$(B)/pic/engine/%.o: engine/%.c $(ENGINE_HDR)
	@mkdir -p $(@D)
	$(CC) $(ENGINE_STD) $(CFLAGS) -fPIC -Iengine -Igen -c $< -o $@

PIC_OBJ := $(ENGINE_SRC:%.c=$(B)/pic/%.o)

$(B)/pic/libfdpost.a: $(PIC_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(B)/pic/$(SOFILE): $(PIC_OBJ) dist/libfdpost.map
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=dist/libfdpost.map \
	  -Wl,--no-undefined $(PIC_OBJ) -o $@

.PHONY: install uninstall check-api check-install
install: $(B)/fdpost $(B)/pic/libfdpost.a $(B)/pic/$(SOFILE)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(INCLUDEDIR) \
	  $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(LIBDIR)/cmake/fdpost \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3
	$(INSTALL) -m 755 $(B)/fdpost $(DESTDIR)$(BINDIR)/fdpost
	$(INSTALL) -m 644 $(PUBLIC_HDR) $(DESTDIR)$(INCLUDEDIR)/
	$(INSTALL) -m 644 $(B)/pic/libfdpost.a $(DESTDIR)$(LIBDIR)/libfdpost.a
	$(INSTALL) -m 755 $(B)/pic/$(SOFILE) $(DESTDIR)$(LIBDIR)/$(SOFILE)
	ln -sf $(SOFILE) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libfdpost.so
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	  -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION_NUM)|' \
	  -e '/^# SPDX/d' dist/fdpost.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/fdpost.pc
	sed -e "s|@LIB_TO_INCLUDE@|$$(realpath -m --relative-to=$(LIBDIR) $(INCLUDEDIR))|" \
	  -e 's|@VERSION@|$(VERSION_NUM)|' -e 's|@SOFILE@|$(SOFILE)|' \
	  -e 's|@SONAME@|$(SONAME)|' \
	  dist/fdpostConfig.cmake.in > $(DESTDIR)$(LIBDIR)/cmake/fdpost/fdpostConfig.cmake
	sed -e 's|@VERSION@|$(VERSION_NUM)|' -e 's|@MAJOR@|$(VERSION_MAJOR)|' \
	  -e 's|@MINOR@|$(VERSION_MINOR)|' dist/fdpostConfigVersion.cmake.in \
	  > $(DESTDIR)$(LIBDIR)/cmake/fdpost/fdpostConfigVersion.cmake
	$(INSTALL) -m 644 docs/man/fdpost.1 $(DESTDIR)$(MANDIR)/man1/fdpost.1
	$(INSTALL) -m 644 docs/man/fdpost.3 $(DESTDIR)$(MANDIR)/man3/fdpost.3

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/fdpost \
	  $(PUBLIC_HDR:engine/%=$(DESTDIR)$(INCLUDEDIR)/%) \
	  $(DESTDIR)$(LIBDIR)/libfdpost.a $(DESTDIR)$(LIBDIR)/$(SOFILE) \
	  $(DESTDIR)$(LIBDIR)/$(SONAME) $(DESTDIR)$(LIBDIR)/libfdpost.so \
	  $(DESTDIR)$(LIBDIR)/pkgconfig/fdpost.pc \
	  $(DESTDIR)$(LIBDIR)/cmake/fdpost/fdpostConfig.cmake \
	  $(DESTDIR)$(LIBDIR)/cmake/fdpost/fdpostConfigVersion.cmake \
	  $(DESTDIR)$(MANDIR)/man1/fdpost.1 $(DESTDIR)$(MANDIR)/man3/fdpost.3
	-rmdir $(DESTDIR)$(LIBDIR)/cmake/fdpost 2>/dev/null

$(B)/api/consumer: tests/install/consumer.c $(B)/libfdpost.a $(PUBLIC_HDR)
	@mkdir -p $(@D)
	$(CC) $(ENGINE_STD) $(CFLAGS) -Iengine $< $(B)/libfdpost.a -o $@

check-api: $(B)/api/consumer
	$<

# A scratch install under a prefix that does not exist on the machine.
check-install:
	@rm -rf $(B)/install-test
	@$(MAKE) --no-print-directory -s install DESTDIR=$(CURDIR)/$(B)/install-test/root \
	  PREFIX=/opt/fdpost-test >/dev/null
	@VERSION=$(VERSION_NUM) SONAME=$(SONAME) CC=$(CC) \
	  sh tests/install/check-install.sh $(B)/install-test /opt/fdpost-test
	@$(MAKE) --no-print-directory -s uninstall DESTDIR=$(CURDIR)/$(B)/install-test/root \
	  PREFIX=/opt/fdpost-test
	@left=$$(find $(B)/install-test/root -type f -o -type l); \
	  test -z "$$left" || { echo "uninstall left:"; echo "$$left"; exit 1; }
	@echo "install: make uninstall removes every file make install wrote"

CHECKS += check-api check-install
