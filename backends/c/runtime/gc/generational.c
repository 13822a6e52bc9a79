/* generational: a bump-allocated nursery over a mark-compact old space.  Moving; needs
 * the card-marking barrier.  A minor collection promotes every nursery survivor into the
 * old space (Cheney scan there), with the roots and the old objects on dirty cards as its
 * roots.  When the old space passes its limit, a major collection compacts it (the nursery
 * is empty then).  Objects over a quarter of the nursery go straight to the old space. */
#include "gc_internal.h"

#include <stdlib.h>

static pyr_gc_space nursery, old;
static uintptr_t nursery_size;
static uint8_t *old_limit;
static uintptr_t *block_base;
static uint8_t *card_lo, *card_hi; /* the card being scanned */
static uintptr_t stress_collections;

static void init(void) {
    nursery_size = pyr_gc_cfg.nursery;
    pyr_gc_space_init(&nursery, nursery_size + 4096);
    pyr_gc_space_init(&old, pyr_gc_cfg.reserve);
    block_base = (uintptr_t *)malloc((pyr_gc_cfg.reserve / 512 + 1) * sizeof(uintptr_t));
    pyr_gc_cards = calloc(pyr_gc_cfg.reserve >> PYR_GC_CARD_SHIFT, 1);
    if (!block_base || !pyr_gc_cards) pyr_gc_fatal("out of memory: GC tables");
    pyr_gc_card_lo = old.lo;
    pyr_gc_card_span = (uintptr_t)(old.hi - old.lo);
    old_limit = old.lo + 4 * nursery_size;
    pyr_gc_free = nursery.lo;
    pyr_gc_top = nursery.lo + nursery_size;
    pyr_gc_alloc_starts = nursery.starts;
    pyr_gc_alloc_lo = nursery.lo;
}

static uint8_t *old_bump(uintptr_t size) {
    if ((uintptr_t)(old.hi - old.end) < size) pyr_gc_fatal("out of memory: the old generation's address space is full");
    uint8_t *n = old.end;
    old.end += size;
    pyr_gc_set_start(&old, n);
    return n;
}

static void promote(void **slot) { pyr_gc_forward_slot(&nursery, slot, old_bump, NULL); }

static void promote_in_card(void **slot) {
    if ((uint8_t *)slot >= card_lo && (uint8_t *)slot < card_hi) promote(slot);
}

/* The old objects overlapping each dirty card, their fields on that card only. */
static void scan_cards(uint8_t *old_end) {
    uintptr_t ncards = ((uintptr_t)(old_end - old.lo) + (1u << PYR_GC_CARD_SHIFT) - 1) >> PYR_GC_CARD_SHIFT;
    uint8_t *prev = NULL, *prev_end = NULL; /* the last object traced, so a large object
                                                 spanning many dirty cards is found once */
    for (uintptr_t c = 0; c < ncards; c++) {
        if (!(c & 7) && c + 8 <= ncards && !*(const uint64_t *)(pyr_gc_cards + c)) {
            c += 7; /* eight clean cards at once (the table is calloc'd: word-aligned) */
            continue;
        }
        if (!pyr_gc_cards[c]) continue;
        pyr_gc_cards[c] = 0;
        card_lo = old.lo + (c << PYR_GC_CARD_SHIFT);
        card_hi = card_lo + (1u << PYR_GC_CARD_SHIFT);
        if (card_hi > old_end) card_hi = old_end;
        uint8_t *h = prev && card_lo < prev_end ? prev : pyr_gc_space_block(&old, card_lo);
        while (h < card_hi) {
            pyr_gc_trace_range(h, card_lo, card_hi, promote_in_card);
            prev = h;
            h += pyr_gc_obj_size((pyr_gc_hdr *)h);
            prev_end = h;
        }
    }
}

static void major(void);

static void minor(void) {
    pyr_gc_pause_begin();
    nursery.end = pyr_gc_free; /* its start bits were set at allocation */
    uint8_t *scan = old.end, *old_end = old.end;
    pyr_gc_visit_roots(promote);
    scan_cards(old_end);
    while (scan < old.end) {
        pyr_gc_trace_obj(scan, promote);
        scan += pyr_gc_obj_size((pyr_gc_hdr *)scan);
    }
    memset(nursery.starts, 0, (((uintptr_t)(nursery.end - nursery.lo) / 8 + 63) / 64) * 8);
    nursery.end = nursery.lo;
    pyr_gc_free = nursery.lo;
    pyr_gc_top = nursery.lo + nursery_size;
    pyr_gc_pause_end(1);
    if (old.end > old_limit) major();
}

static void major(void) {
    pyr_gc_pause_begin();
    uint8_t *old_end = old.end;
    uintptr_t live = pyr_gc_compact(&old, block_base, 1);
    memset(pyr_gc_cards, 0, ((uintptr_t)(old_end - old.lo) >> PYR_GC_CARD_SHIFT) + 1);
    uintptr_t cap = (uintptr_t)(old_limit - old.lo), want = 2 * live;
    if (want < 4 * nursery_size) want = 4 * nursery_size;
    if (cap < want) cap = want;
    if (pyr_gc_cfg.max_heap && cap > pyr_gc_cfg.max_heap) cap = pyr_gc_cfg.max_heap;
    old_limit = old.lo + cap;
    /* Pages under the limit are kept: promotion refills them before the next major
       collection, and giving them back only to fault them in again cost more (peak RSS
       is reached before this collection anyway). */
    pyr_gc_release(old_limit > old.end ? old_limit : old.end, old_end);
    pyr_gc_pause_end(0);
}

static int over_limit(uintptr_t more) {
    return pyr_gc_cfg.max_heap && (uintptr_t)(old.end - old.lo) + more > pyr_gc_cfg.max_heap;
}

static uint8_t *alloc(uintptr_t total) {
    if (total > nursery_size / 4) {
        if (over_limit(total)) {
            minor();
            major();
            if (over_limit(total)) return NULL;
        }
        uint8_t *n = old_bump(total);
        pyr_gc_wb(n, total);
        return n;
    }
    if ((uintptr_t)(nursery.lo + nursery_size - pyr_gc_free) < total) {
        minor();
        if (over_limit(0)) return NULL;
    }
    uint8_t *p = pyr_gc_free;
    pyr_gc_free = p + total;
    pyr_gc_top = nursery.lo + nursery_size;
    pyr_gc_set_start(&nursery, p);
    return p;
}

/* Stress mode: a minor collection each time, and a major one every eighth. */
static void collect(void) {
    minor();
    if (++stress_collections % 8 == 0) major();
}

static uintptr_t heap_bytes(void) { return (uintptr_t)(old.end - old.lo) + (uintptr_t)(pyr_gc_free - nursery.lo); }

const pyr_gc_policy pyr_gc_policy_generational = { "generational", 1, init, alloc, collect, heap_bytes };
