/* semispace: Cheney's copying collector over two spaces.  Moving; no barrier.  A
 * collection copies what the roots reach into the other space and scans it breadth
 * first; interior references keep their offset inside the copied object. */
#include "gc_internal.h"

static pyr_gc_space spaces[2];
static pyr_gc_space *from, *to;
static uint8_t *limit; /* soft end of the current space: collect before passing it */

static uintptr_t capacity(void) { return (uintptr_t)(limit - from->lo); }

static void init(void) {
    pyr_gc_space_init(&spaces[0], pyr_gc_cfg.reserve);
    pyr_gc_space_init(&spaces[1], pyr_gc_cfg.reserve);
    from = &spaces[0];
    to = &spaces[1];
    pyr_gc_free = from->lo;
    limit = pyr_gc_top = from->lo + pyr_gc_cfg.nursery;
    pyr_gc_alloc_starts = from->starts;
    pyr_gc_alloc_lo = from->lo;
}

/* The next free room in to-space. */
static uint8_t *to_bump(uintptr_t size) {
    uint8_t *n = to->end;
    to->end += size;
    pyr_gc_set_start(to, n);
    return n;
}

static void visit(void **slot) { pyr_gc_forward_slot(from, slot, to_bump, NULL); }

static void collect(void) {
    pyr_gc_pause_begin();
    from->end = pyr_gc_free; /* its start bits were set at allocation */
    to->end = to->lo;
    pyr_gc_visit_roots(visit);
    for (uint8_t *scan = to->lo; scan < to->end; scan += pyr_gc_obj_size((pyr_gc_hdr *)scan)) pyr_gc_trace_obj(scan, visit);
    uintptr_t cap = capacity();
    uint8_t *old_lo = from->lo, *old_end = from->end;
    memset(from->starts, 0, (((uintptr_t)(from->end - from->lo) / 8 + 63) / 64) * 8);
    pyr_gc_space *t = from;
    from = to;
    to = t;
    to->end = to->lo;
    pyr_gc_free = from->end;
    pyr_gc_alloc_starts = from->starts;
    pyr_gc_alloc_lo = from->lo;
    /* Keep the space at least twice the survivors. */
    uintptr_t live = (uintptr_t)(from->end - from->lo);
    if (cap < 2 * live) cap = 2 * live;
    if (pyr_gc_cfg.max_heap && cap > pyr_gc_cfg.max_heap) cap = pyr_gc_cfg.max_heap;
    if (cap > (uintptr_t)(from->hi - from->lo)) cap = (uintptr_t)(from->hi - from->lo);
    limit = pyr_gc_top = from->lo + cap;
    /* The old space is the next copy target: keep the pages it will need. */
    pyr_gc_release(old_lo + cap, old_end);
    pyr_gc_pause_end(0);
}

static uint8_t *alloc(uintptr_t total) {
    if ((uintptr_t)(limit - pyr_gc_free) < total) {
        collect();
        if ((uintptr_t)(limit - pyr_gc_free) < total) {
            uintptr_t need = (uintptr_t)(pyr_gc_free - from->lo) + total;
            if ((pyr_gc_cfg.max_heap && need > pyr_gc_cfg.max_heap) || need > (uintptr_t)(from->hi - from->lo)) return NULL;
            limit = from->lo + need;
        }
    }
    uint8_t *p = pyr_gc_free;
    pyr_gc_free = p + total;
    pyr_gc_top = limit;
    pyr_gc_set_start(from, p);
    return p;
}

static uintptr_t heap_bytes(void) { return (uintptr_t)(pyr_gc_free - from->lo); }

const pyr_gc_policy pyr_gc_policy_semispace = { "semispace", 1, init, alloc, collect, heap_bytes };
