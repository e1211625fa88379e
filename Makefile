# Workbench entry points; the work is done by scripts/.
SHELL := /bin/sh
S := scripts

.PHONY: all demo test soak deps tree kernels initramfs patches check-series check-builds check-debian check-fixes compare pristine scenario kunit

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

# Every kernel variant of configs/variants.
kernels: tree
	@for v in $$(sh $(S)/variants.sh); do sh $(S)/build-kernel.sh $$v || exit 1; done

initramfs:
	@sh $(S)/build-all.sh

# Regenerate patches/ from the commits in the trees (BASE=6.12|upstream).
patches:
	@sh $(S)/export-patches.sh $(BASE)

check-series: tree
	@sh $(S)/check-series.sh 6.12
	@sh $(S)/check-series.sh upstream

# Build the kernel at every commit of each base's patches.
check-builds: tree
	@sh $(S)/build-each.sh 6.12
	@sh $(S)/build-each.sh upstream

# Each reproducer fails without its upstream fix: a kernel per fix (not in
# make test).
check-fixes: initramfs
	@sh $(S)/check-fixes.sh

# The touched files with Debian's amd64 config and W=1 (not in make test).
check-debian: tree
	@sh $(S)/check-debian.sh

# The KUnit suites the patches add, on each base's debug kernel (KASAN,
# lockdep; kunit.py exec); make test runs them on the patched kernels.
kunit: tree
	@sh $(S)/build-kernel.sh debug
	@sh $(S)/kunit.sh 6.12 debug
	@sh $(S)/build-kernel.sh upstream-debug
	@sh $(S)/kunit.sh upstream debug

# make scenario NAME=survive [KERNEL=<a variant of configs/variants>] [DUMP=1]
scenario: initramfs
	@sh $(S)/variants.sh without | grep -qx '$(or $(KERNEL),patched)' || \
		sh $(S)/build-kernel.sh $(or $(KERNEL),patched)
	@sh $(S)/mkinitramfs.sh $(or $(KERNEL),patched)
	@sh $(S)/run-scenario.sh $(if $(DUMP),--dump) $(or $(KERNEL),patched) $(NAME)

# The pristine kernels and the scenarios make test judges on them: make
# test builds and boots no pristine kernel, and judges the results this
# records (by kernel and inputs, in $WB_CACHE/pristine).
pristine: tree
	@WB_PRISTINE=record sh $(S)/build-all.sh
	@WB_PRISTINE=record sh $(S)/scenarios.sh $$(sh $(S)/variants.sh base | paste -sd, -)

# Every scenario on every kernel variant (the kernels make test leaves to
# it included), then the table.
compare: tree
	@WB_PRISTINE=all sh $(S)/build-all.sh
	@WB_PRISTINE=all sh $(S)/scenarios.sh $$(sh $(S)/variants.sh | paste -sd, -) >/dev/null || true
	@sh $(S)/compare.sh
