/* marksweep: non-moving mark-sweep.  No barrier.  The sweep turns each run of dead
 * objects into a filler (the heap stays walkable) and lists the runs of 64 bytes or more
 * as gaps; allocation bumps through the gaps in address order, then through the frontier
 * above the last object. */
#include "gc_internal.h"

#include <stdlib.h>

static pyr_gc_space space;
static uint8_t *frontier;    /* end of the walkable heap, outside the frontier window */
static uint8_t *limit;       /* soft end of the frontier: collect before passing it */
static uint8_t *win_end;     /* end of the current bump window */
static int in_gap;
static uint8_t **gaps;       /* start, end pairs */
static uintptr_t ngaps, next_gap, gap_cap;

static void init(void) {
    pyr_gc_space_init(&space, pyr_gc_cfg.reserve);
    space.fillers = 1;
    pyr_gc_free = frontier = space.lo;
    limit = win_end = pyr_gc_top = space.lo + pyr_gc_cfg.nursery;
}

static void fill(uint8_t *a, uint8_t *b) {
    if (b <= a) return;
    ((pyr_gc_hdr *)a)->tid = PYR_GC_FILLER;
    ((pyr_gc_hdr *)a)->len = (uint32_t)(b - a);
}

static void close_window(void) {
    if (in_gap) fill(pyr_gc_free, win_end);
    else frontier = pyr_gc_free;
    in_gap = 0;
}

static void add_gap(uint8_t *a, uint8_t *b) {
    if (ngaps + 2 > gap_cap) {
        gap_cap = gap_cap ? gap_cap * 2 : 1024;
        gaps = realloc(gaps, gap_cap * sizeof *gaps);
        if (!gaps) pyr_gc_fatal("out of memory: GC gap list");
    }
    gaps[ngaps++] = a;
    gaps[ngaps++] = b;
}

/* Fillers over 4 GiB do not fit a header's length: split them. */
static void fill_run(uint8_t *a, uint8_t *b) {
    while ((uintptr_t)(b - a) > 0x80000000u) {
        fill(a, a + 0x80000000u);
        a += 0x80000000u;
    }
    fill(a, b);
}

static void collect(void) {
    pyr_gc_pause_begin();
    close_window();
    space.end = frontier;
    pyr_gc_space_index(&space);
    pyr_gc_mark(&space);
    ngaps = next_gap = 0;
    uintptr_t live = 0;
    uint8_t *h = space.lo;
    while (h < space.end) {
        if (pyr_gc_is_live(&space, h)) {
            uintptr_t size = pyr_gc_obj_size((pyr_gc_hdr *)h);
            live += size;
            h += size;
            continue;
        }
        uint8_t *run = h;
        while (h < space.end && !pyr_gc_is_live(&space, h)) h += pyr_gc_obj_size((pyr_gc_hdr *)h);
        if (h == space.end) {
            frontier = run; /* a dead tail gives its room back to the frontier */
            break;
        }
        fill_run(run, h);
        if (h - run >= 64) add_gap(run, h);
    }
    space.end = frontier;
    uintptr_t cap = (uintptr_t)(limit - space.lo);
    uintptr_t want = 2 * live;
    if (want < pyr_gc_cfg.nursery) want = pyr_gc_cfg.nursery;
    if (cap < want) cap = want;
    if (pyr_gc_cfg.max_heap && cap > pyr_gc_cfg.max_heap) cap = pyr_gc_cfg.max_heap;
    if (cap > (uintptr_t)(space.hi - space.lo)) cap = (uintptr_t)(space.hi - space.lo);
    if (space.lo + cap > limit) limit = space.lo + cap;
    pyr_gc_free = frontier;
    win_end = limit;
    pyr_gc_top = win_end;
    pyr_gc_pause_end(0);
}

/* Opens the first remaining gap that fits `total`, else the frontier. */
static void open_window(uintptr_t total) {
    close_window();
    while (next_gap < ngaps) {
        uint8_t *a = gaps[next_gap], *b = gaps[next_gap + 1];
        next_gap += 2;
        if ((uintptr_t)(b - a) >= total) {
            in_gap = 1;
            pyr_gc_free = a;
            win_end = b;
            return;
        }
    }
    pyr_gc_free = frontier;
    win_end = limit;
}

static uint8_t *alloc(uintptr_t total) {
    if ((uintptr_t)(win_end - pyr_gc_free) < total) {
        open_window(total);
        if ((uintptr_t)(win_end - pyr_gc_free) < total) {
            collect();
            open_window(total);
            if ((uintptr_t)(win_end - pyr_gc_free) < total) {
                uintptr_t need = (uintptr_t)(frontier - space.lo) + total;
                if ((pyr_gc_cfg.max_heap && need > pyr_gc_cfg.max_heap) || need > (uintptr_t)(space.hi - space.lo)) return NULL;
                limit = win_end = space.lo + need;
            }
        }
    }
    uint8_t *p = pyr_gc_free;
    pyr_gc_free = p + total;
    pyr_gc_top = win_end;
    return p;
}

static uintptr_t heap_bytes(void) { return (uintptr_t)((in_gap ? frontier : pyr_gc_free) - space.lo); }

const pyr_gc_policy pyr_gc_policy_marksweep = { "marksweep", 0, init, alloc, collect, heap_bytes };
