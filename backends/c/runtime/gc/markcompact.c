/* markcompact: sliding mark-compact in one space, with no copy reserve.  Moving; no
 * barrier.  Marking sets a live bit for every 8-byte granule of a reachable object; the
 * new address of an object is the number of live bytes below it (a per-512-byte-block
 * running total plus a popcount), so no forwarding word is needed in the header. */
#include "gc_internal.h"

#include <stdlib.h>

static pyr_gc_space space;
static uint8_t *limit;
static uintptr_t *block_base; /* live bytes below each 512-byte block */

static void init(void) {
    pyr_gc_space_init(&space, pyr_gc_cfg.reserve);
    block_base = (uintptr_t *)malloc((pyr_gc_cfg.reserve / 512 + 1) * sizeof(uintptr_t));
    if (!block_base) pyr_gc_fatal("out of memory: GC block table");
    pyr_gc_free = space.lo;
    limit = pyr_gc_top = space.lo + pyr_gc_cfg.nursery;
}

static void collect(void) {
    pyr_gc_pause_begin();
    uint8_t *old_end = space.end = pyr_gc_free;
    uintptr_t live = pyr_gc_compact(&space, block_base, 0);
    pyr_gc_free = space.end;
    /* Room for 3/8 of the survivors again before the next collection: the heap peaks at
       1.375x the live data, so that with the side tables (3/64 of the heap: start and live
       bitmaps, block bases) the resident set stays under 1.5x. */
    uintptr_t cap = (uintptr_t)(limit - space.lo);
    uintptr_t want = live + live / 8 * 3;
    if (want < pyr_gc_cfg.nursery) want = pyr_gc_cfg.nursery;
    if (cap < want) cap = want;
    if (pyr_gc_cfg.max_heap && cap > pyr_gc_cfg.max_heap) cap = pyr_gc_cfg.max_heap;
    if (cap > (uintptr_t)(space.hi - space.lo)) cap = (uintptr_t)(space.hi - space.lo);
    limit = pyr_gc_top = space.lo + cap;
    pyr_gc_release(limit, old_end);
    pyr_gc_pause_end(0);
}

static uint8_t *alloc(uintptr_t total) {
    if ((uintptr_t)(limit - pyr_gc_free) < total) {
        collect();
        if ((uintptr_t)(limit - pyr_gc_free) < total) {
            uintptr_t need = (uintptr_t)(pyr_gc_free - space.lo) + total;
            if ((pyr_gc_cfg.max_heap && need > pyr_gc_cfg.max_heap) || need > (uintptr_t)(space.hi - space.lo)) return NULL;
            limit = space.lo + need;
        }
    }
    uint8_t *p = pyr_gc_free;
    pyr_gc_free = p + total;
    pyr_gc_top = limit;
    return p;
}

static uintptr_t heap_bytes(void) { return (uintptr_t)(pyr_gc_free - space.lo); }

const pyr_gc_policy pyr_gc_policy_markcompact = { "markcompact", 1, init, alloc, collect, heap_bytes };
