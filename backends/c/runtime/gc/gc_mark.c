/* Pyrite GC marking: the grey stack shared by the marking policies (gc_internal.h).
 *
 * Invariants:
 * - An object is pushed only after its live bits are set, so it is pushed at most once
 *   per marking; an object with live bits set is grey (on the stack, possibly partly
 *   traced) or black (traced).
 * - A stack entry {h, next} means: elements [next, len) of h are not traced yet.
 * - A large array is traced at most CHUNK bytes of elements per pop: the rest is pushed
 *   back before that chunk's children, so the children are drained first, the stack stays
 *   shallow, and a budget given to pyr_gc_mark_drain bounds the work of one call to about
 *   the budget plus one chunk, whatever the object sizes. */
#include "gc_internal.h"

#include <stdlib.h>

#define CHUNK ((uintptr_t)32 << 10)

typedef struct {
    uint8_t *h;
    uint32_t next;
} grey;

static pyr_gc_space *mark_space;
static grey *mstack;
static uintptr_t mlen, mcap;

static void set_live(pyr_gc_space *s, const uint8_t *h, uintptr_t size) {
    uintptr_t g = (uintptr_t)(h - s->lo) / 8, n = size / 8;
    while (n) {
        uintptr_t b = g % 64, k = 64 - b < n ? 64 - b : n;
        uint64_t m = k == 64 ? ~(uint64_t)0 : (((uint64_t)1 << k) - 1) << b;
        s->live[g / 64] |= m;
        g += k;
        n -= k;
    }
}

static void push(uint8_t *h, uint32_t next) {
    if (mlen == mcap) {
        mcap = mcap ? mcap * 2 : 4096;
        mstack = realloc(mstack, mcap * sizeof *mstack);
        if (!mstack) pyr_gc_fatal("out of memory: GC mark stack");
    }
    mstack[mlen].h = h;
    mstack[mlen].next = next;
    mlen++;
}

void pyr_gc_mark_live(uint8_t *h) { set_live(mark_space, h, pyr_gc_obj_size((pyr_gc_hdr *)h)); }

void pyr_gc_mark_grey(uint8_t *h) {
    pyr_gc_mark_live(h);
    push(h, 0);
}

void pyr_gc_mark_slot(void **slot) {
    uint8_t *h = pyr_gc_space_find(mark_space, *slot);
    if (h && !pyr_gc_is_live(mark_space, h)) pyr_gc_mark_grey(h);
}

void pyr_gc_mark_start(pyr_gc_space *s) {
    mark_space = s;
    mlen = 0;
}

int pyr_gc_mark_drain(uintptr_t *budget) {
    while (mlen && *budget) {
        grey e = mstack[--mlen];
        pyr_gc_hdr *hd = (pyr_gc_hdr *)e.h;
        uint32_t tid = hd->tid & PYR_GC_TID_MASK;
        uintptr_t work = 8;
        if (tid != PYR_GC_FILLER && pyr_gc_types[tid].trace && pyr_gc_types[tid].size) {
            uintptr_t size = pyr_gc_types[tid].size, end = hd->len;
            if ((end - e.next) * size > CHUNK) {
                end = e.next + (CHUNK / size ? CHUNK / size : 1);
                push(e.h, (uint32_t)end);
            }
            uint8_t *body = e.h + 8;
            pyr_gc_trace_range(e.h, body + e.next * size, body + end * size, pyr_gc_mark_slot);
            work += (end - e.next) * size;
        }
        *budget = *budget > work ? *budget - work : 0;
    }
    return mlen == 0;
}

void pyr_gc_mark(pyr_gc_space *s) {
    uintptr_t all = UINTPTR_MAX;
    pyr_gc_mark_start(s);
    pyr_gc_visit_roots(pyr_gc_mark_slot);
    pyr_gc_mark_drain(&all);
}
