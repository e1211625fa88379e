# Workbench entry points; the work is done by scripts/.
SHELL := /bin/sh
S := scripts

.PHONY: all demo test soak deps tree kernels initramfs patches check-series check-builds check-debian compare scenario kunit

all: test

demo:
	@sh $(S)/demo.sh

test:
	@sh $(S)/test.sh

# The long stress runs on the debug kernel (not in make test; see README).
soak:
	@sh $(S)/soak.sh

deps:
	@sh $(S)/deps.sh

tree: deps
	@sh $(S)/prepare-tree.sh

kernels: tree
	@sh $(S)/build-kernel.sh patched
	@sh $(S)/build-kernel.sh base
	@sh $(S)/build-kernel.sh nodetect
	@sh $(S)/build-kernel.sh debug

initramfs:
	@sh $(S)/build-all.sh

# Regenerate patches/ from the commits in build/linux.
patches:
	@sh $(S)/export-patches.sh

check-series: tree
	@sh $(S)/check-series.sh

# Build the kernel at every commit of the series.
check-builds: kernels
	@sh $(S)/build-each.sh

# The touched files with Debian's amd64 config and W=1 (not in make test).
check-debian: tree
	@sh $(S)/check-debian.sh

# The KUnit suites the series adds, built into the debug kernel (kunit.py exec).
kunit: tree
	@sh $(S)/build-kernel.sh debug
	@sh $(S)/kunit.sh

# make scenario NAME=survive [KERNEL=base|patched|nodetect|debug] [DUMP=1]
scenario: initramfs
	@sh $(S)/run-scenario.sh $(if $(DUMP),--dump) $(or $(KERNEL),patched) $(NAME)

# Every scenario on both kernels, then the table.
compare: initramfs
	@sh $(S)/scenarios.sh base >/dev/null || true
	@sh $(S)/scenarios.sh patched >/dev/null || true
	@sh $(S)/scenarios.sh nodetect >/dev/null || true
	@sh $(S)/scenarios.sh debug >/dev/null || true
	@sh $(S)/compare.sh
