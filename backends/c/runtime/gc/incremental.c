/* incremental: a nursery (as in generational) over a non-moving mark-sweep old space
 * whose marking and sweeping are spread over the minor collections, so no pause walks the
 * whole old space.  Needs the card-marking barrier, which serves both invariants: a card
 * written since the last minor collection (1) may hold old-to-young references; a card
 * written during a marking cycle (1, or 2 once a minor collection has scanned it) may hold
 * references the marker has not seen, and is rescanned in the cycle's final pause together
 * with the roots.  Objects promoted during marking are grey; during a cycle every new old
 * object is live, so the sweep keeps it. */
#include "gc_internal.h"

#include <stdlib.h>

enum { IDLE, MARKING, SWEEPING };
static int phase;
static pyr_gc_space nursery, old;
static uintptr_t nursery_size, since_cycle, last_live;
static uint8_t *win, *win_end;            /* old-space allocation window inside a gap */
static uint8_t **gaps;                    /* start, end pairs, found by the sweep */
static uintptr_t ngaps, next_gap, gap_cap, gap_bytes; /* gap_bytes: free in gaps */
static uint8_t *sweep_at, *sweep_end;
static uint8_t **promoted;                /* objects promoted by this minor collection */
static uintptr_t npromoted, promoted_cap;
static uint8_t *card_lo, *card_hi;
static uintptr_t stress_collections;

#define STEP ((uintptr_t)256 << 10)       /* old-space bytes marked or swept per minor */

static void init(void) {
    nursery_size = pyr_gc_cfg.nursery;
    pyr_gc_space_init(&nursery, nursery_size + 4096);
    pyr_gc_space_init(&old, pyr_gc_cfg.reserve);
    pyr_gc_cards = calloc(pyr_gc_cfg.reserve >> PYR_GC_CARD_SHIFT, 1);
    if (!pyr_gc_cards) pyr_gc_fatal("out of memory: GC card table");
    pyr_gc_card_lo = old.lo;
    pyr_gc_card_span = (uintptr_t)(old.hi - old.lo);
    pyr_gc_free = nursery.lo;
    pyr_gc_top = nursery.lo + nursery_size;
    pyr_gc_alloc_starts = nursery.starts;
    pyr_gc_alloc_lo = nursery.lo;
    last_live = 4 * nursery_size;
}

static void grow(uint8_t ***v, uintptr_t *cap, uintptr_t need) {
    if (need <= *cap) return;
    *cap = *cap ? *cap * 2 : 1024;
    if (*cap < need) *cap = need;
    *v = realloc(*v, *cap * sizeof **v);
    if (!*v) pyr_gc_fatal("out of memory: GC side table");
}

static void clear_starts(uint8_t *a, uint8_t *b) {
    for (uintptr_t g = (uintptr_t)(a - old.lo) / 8, e = (uintptr_t)(b - old.lo) / 8; g < e; g++)
        old.starts[g / 64] &= ~((uint64_t)1 << (g % 64));
}

/* Makes [a, b) one filler object (split when over 2 GiB). */
static void fill(uint8_t *a, uint8_t *b) {
    if (!a || b <= a) return;
    clear_starts(a, b);
    while (a < b) {
        uintptr_t n = (uintptr_t)(b - a) > 0x80000000u ? 0x80000000u : (uintptr_t)(b - a);
        ((pyr_gc_hdr *)a)->tid = PYR_GC_FILLER;
        ((pyr_gc_hdr *)a)->len = (uint32_t)n;
        pyr_gc_set_start(&old, a);
        a += n;
    }
}

/* Room for `size` bytes in the old space: the current gap, a later gap, or the frontier. */
static uint8_t *old_alloc(uintptr_t size) {
    if ((uintptr_t)(win_end - win) < size) {
        /* The rest of this window and any gap too small are given up (they stay fillers). */
        gap_bytes -= (uintptr_t)(win_end - win);
        fill(win, win_end);
        win = win_end = NULL;
        while (next_gap < ngaps) {
            uint8_t *a = gaps[next_gap], *b = gaps[next_gap + 1];
            next_gap += 2;
            if ((uintptr_t)(b - a) >= size) {
                win = a;
                win_end = b;
                break;
            }
            gap_bytes -= (uintptr_t)(b - a);
        }
    }
    uint8_t *n;
    if ((uintptr_t)(win_end - win) >= size) {
        n = win;
        win += size;
        gap_bytes -= size;
        /* Keep the heap walkable: the rest of the window is a filler (its interior has no
           start bits since the sweep made the gap one filler). */
        if (win < win_end && (uintptr_t)(win_end - win) <= 0x80000000u) {
            ((pyr_gc_hdr *)win)->tid = PYR_GC_FILLER;
            ((pyr_gc_hdr *)win)->len = (uint32_t)(win_end - win);
            pyr_gc_set_start(&old, win);
        } else {
            fill(win, win_end);
        }
    } else {
        if ((uintptr_t)(old.hi - old.end) < size) pyr_gc_fatal("out of memory: the old generation's address space is full");
        n = old.end;
        old.end += size;
    }
    pyr_gc_set_start(&old, n);
    since_cycle += size;
    return n;
}

/* New old objects are live during a cycle; during marking they are grey too. */
static void born_old(uint8_t *n) {
    if (phase == MARKING) pyr_gc_mark_grey(n);
    else if (phase == SWEEPING && n < sweep_end) pyr_gc_mark_grey(n), pyr_gc_mark_drain(0);
}

static void record_promoted(uint8_t *n) {
    grow(&promoted, &promoted_cap, npromoted + 1);
    promoted[npromoted++] = n;
}

static void promote(void **slot) { pyr_gc_forward_slot(&nursery, slot, old_alloc, record_promoted); }

static void promote_in_card(void **slot) {
    if ((uint8_t *)slot >= card_lo && (uint8_t *)slot < card_hi) promote(slot);
}

static void mark_in_card(void **slot) {
    if ((uint8_t *)slot >= card_lo && (uint8_t *)slot < card_hi) pyr_gc_mark_slot(slot);
}

/* Visits the fields on every card whose value is in [lo_val, hi_val] with `visit`,
   restricted to live objects when `live_only`; leaves the card at `after`. */
static void scan_cards(uint8_t lo_val, uint8_t hi_val, uint8_t after, int live_only, pyr_gc_visit visit) {
    uint8_t *end = old.end;
    uintptr_t ncards = ((uintptr_t)(end - old.lo) + (1u << PYR_GC_CARD_SHIFT) - 1) >> PYR_GC_CARD_SHIFT;
    uint8_t *prev = NULL, *prev_end = NULL; /* the last object visited, so a large object
                                                 spanning many cards is found once */
    for (uintptr_t c = 0; c < ncards; c++) {
        if (pyr_gc_cards[c] < lo_val || pyr_gc_cards[c] > hi_val) continue;
        pyr_gc_cards[c] = after;
        card_lo = old.lo + (c << PYR_GC_CARD_SHIFT);
        card_hi = card_lo + (1u << PYR_GC_CARD_SHIFT);
        if (card_hi > end) card_hi = end;
        uint8_t *h = prev && card_lo < prev_end ? prev : pyr_gc_space_block(&old, card_lo);
        while (h < card_hi) {
            if (!live_only || pyr_gc_is_live(&old, h)) pyr_gc_trace_range(h, card_lo, card_hi, visit);
            prev = h;
            h += pyr_gc_obj_size((pyr_gc_hdr *)h);
            prev_end = h;
        }
    }
}

static void start_cycle(void) {
    memset(old.live, 0, (((uintptr_t)(old.end - old.lo) / 8 + 63) / 64) * 8);
    phase = MARKING;
    since_cycle = 0;
    pyr_gc_mark_start(&old);
    pyr_gc_visit_roots(pyr_gc_mark_slot);
}

/* The final pause of marking: the roots and the cards written during the cycle again. */
static void finish_marking(void) {
    pyr_gc_visit_roots(pyr_gc_mark_slot);
    scan_cards(1, 2, 0, 1, mark_in_card);
    pyr_gc_mark_drain(UINTPTR_MAX);
    fill(win, win_end);
    win = win_end = NULL;
    ngaps = next_gap = gap_bytes = 0;
    sweep_at = old.lo;
    sweep_end = old.end;
    last_live = 0;
    phase = SWEEPING;
}

static void add_gap(uint8_t *a, uint8_t *b) {
    grow(&gaps, &gap_cap, ngaps + 2);
    gaps[ngaps++] = a;
    gaps[ngaps++] = b;
    gap_bytes += (uintptr_t)(b - a);
}

/* Sweeps about `budget` bytes: each run of dead objects becomes a filler, a gap if big. */
static void sweep(uintptr_t budget) {
    uint8_t *stop = budget < (uintptr_t)(sweep_end - sweep_at) ? sweep_at + budget : sweep_end;
    uint8_t *h = sweep_at;
    while (h < stop) {
        if (pyr_gc_is_live(&old, h)) {
            uintptr_t size = pyr_gc_obj_size((pyr_gc_hdr *)h);
            last_live += size;
            h += size;
            continue;
        }
        uint8_t *run = h;
        while (h < sweep_end && !pyr_gc_is_live(&old, h)) h += pyr_gc_obj_size((pyr_gc_hdr *)h);
        fill(run, h);
        if (h - run >= 64) add_gap(run, h);
    }
    sweep_at = h;
    if (sweep_at >= sweep_end) phase = IDLE;
}

static void advance(uintptr_t budget) {
    if (phase == IDLE && since_cycle > last_live && since_cycle > 4 * nursery_size) start_cycle();
    else if (phase == MARKING && pyr_gc_mark_drain(budget)) finish_marking();
    else if (phase == SWEEPING) sweep(budget);
}

static void minor(uintptr_t budget) {
    pyr_gc_pause_begin();
    nursery.end = pyr_gc_free;
    npromoted = 0;
    pyr_gc_visit_roots(promote);
    scan_cards(1, 1, 1, 0, promote_in_card);
    for (uintptr_t i = 0; i < npromoted; i++) {
        pyr_gc_trace_obj(promoted[i], promote);
        born_old(promoted[i]);
    }
    /* Scanned cards hold no young references now; during marking they stay dirty (2). */
    uintptr_t ncards = ((uintptr_t)(old.end - old.lo) + (1u << PYR_GC_CARD_SHIFT) - 1) >> PYR_GC_CARD_SHIFT;
    for (uintptr_t c = 0; c < ncards; c++)
        if (pyr_gc_cards[c] == 1) pyr_gc_cards[c] = phase == MARKING ? 2 : 0;
    memset(nursery.starts, 0, (((uintptr_t)(nursery.end - nursery.lo) / 8 + 63) / 64) * 8);
    nursery.end = nursery.lo;
    pyr_gc_free = nursery.lo;
    pyr_gc_top = nursery.lo + nursery_size;
    advance(budget);
    pyr_gc_pause_end(1);
}

/* A whole cycle at once: for the heap limit. */
static void full_cycle(void) {
    minor(STEP);
    if (phase == IDLE) start_cycle();
    while (phase == MARKING) advance(UINTPTR_MAX);
    while (phase == SWEEPING) advance(UINTPTR_MAX);
}

/* Whether the old space's bytes in use (its extent less the free gaps) plus `more` pass
   the heap limit. */
static int over_limit(uintptr_t more) {
    return pyr_gc_cfg.max_heap && (uintptr_t)(old.end - old.lo) - gap_bytes + more > pyr_gc_cfg.max_heap;
}

static uint8_t *alloc(uintptr_t total) {
    if (total > nursery_size / 4) {
        if (over_limit(total)) {
            full_cycle();
            if (over_limit(total)) return NULL;
        }
        uint8_t *n = old_alloc(total);
        pyr_gc_wb(n, total);
        /* Not initialised yet: a zero-length object until the core writes its header. */
        ((pyr_gc_hdr *)n)->tid = 0;
        ((pyr_gc_hdr *)n)->len = 0;
        born_old(n);
        return n;
    }
    if ((uintptr_t)(nursery.lo + nursery_size - pyr_gc_free) < total) {
        minor(STEP);
        if (over_limit(0)) {
            full_cycle();
            if (over_limit(0)) return NULL;
        }
    }
    uint8_t *p = pyr_gc_free;
    pyr_gc_free = p + total;
    pyr_gc_top = nursery.lo + nursery_size;
    pyr_gc_set_start(&nursery, p);
    return p;
}

/* Stress mode: a minor collection with a small marking or sweeping step each time, and
   cycles started as soon as the previous one ends. */
static void collect(void) {
    minor(4096);
    if (phase == IDLE && ++stress_collections % 4 == 0) start_cycle();
}

static uintptr_t heap_bytes(void) { return (uintptr_t)(old.end - old.lo) + (uintptr_t)(pyr_gc_free - nursery.lo); }

const pyr_gc_policy pyr_gc_policy_incremental = { "incremental", 1, init, alloc, collect, heap_bytes };
