/* The collecting policies under the CLI backend (`translate --backend cli`, built with
 * -DPYR_CLI; empty otherwise).  Generated CIL cannot reach C globals or inline functions,
 * so this file gives it the type table hand-over and the header's inline paths as
 * functions it calls through P/Invoke. */
#ifdef PYR_CLI
#include "gc.h"
#include <stdlib.h>
#include <string.h>

const pyr_gc_type *pyr_gc_types;
uint32_t pyr_gc_ntypes;
const pyr_gc_policy *pyr_gc_chosen;

/* Before any allocation: the generated type table and the policy, by registry name. */
void pyr_cli_gc_init(const pyr_gc_type *types, uint32_t ntypes, const char *policy) {
    pyr_gc_types = types;
    pyr_gc_ntypes = ntypes;
#define PYR_GC_POLICY(name, barrier, what) if (!strcmp(policy, #name)) pyr_gc_chosen = &pyr_gc_policy_##name;
#include "registry.h"
#undef PYR_GC_POLICY
    if (!pyr_gc_chosen) abort();
}

void *pyr_cli_gc_new(uint32_t tid, uintptr_t n) { return pyr_gc_new(tid, n); }
pyr_gc_root *pyr_cli_gc_push_frame(uintptr_t k) { return pyr_gc_push_frame(k); }
void pyr_cli_gc_pop_frame(pyr_gc_root *f) { pyr_gc_sp = f; }
void pyr_cli_gc_wb(const void *p, uintptr_t size) { pyr_gc_wb(p, size); }
#endif
