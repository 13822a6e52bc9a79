/* Pyrite GC internals: the policy interface and the services every policy shares.
 * A policy is one file defining `const pyr_gc_policy pyr_gc_policy_NAME` plus one line in
 * registry.h.  Policies know nothing about generated code beyond gc.h. */
#ifndef PYRITE_GC_INTERNAL_H
#define PYRITE_GC_INTERNAL_H

#include "gc.h"

#define PYR_GC_TID_MASK 0xffffffu
#define PYR_GC_FILLER 0xffffffu       /* a gap in a walkable heap; len = its size in bytes */
#define PYR_GC_FORWARDED 0x01000000u  /* copied; the first body word holds the new body */

struct pyr_gc_policy {
    const char *name;
    int moving;
    void (*init)(void);
    /* `total` bytes (header included, a multiple of 8), or NULL when the heap limit leaves
       no room even after collecting.  May collect.  Sets the bump window. */
    uint8_t *(*alloc)(uintptr_t total);
    void (*collect)(void);
    /* Bytes of heap in use now (live and not yet collected), for statistics. */
    uintptr_t (*heap_bytes)(void);
};

/* Cards of the barrier in gc.h (pyr_gc_wb) cover 2^9 bytes each. */
#define PYR_GC_CARD_SHIFT 9

typedef struct {
    uintptr_t max_heap;   /* PYRITE_GC_MAX_HEAP, 0 = none */
    uintptr_t stress;     /* PYRITE_GC_STRESS: collect every N allocations, 0 = off */
    uintptr_t nursery;    /* PYRITE_GC_NURSERY: initial heap / nursery size */
    int stats;            /* PYRITE_GC_STATS */
    uintptr_t reserve;    /* address space reserved per space */
} pyr_gc_config;
extern pyr_gc_config pyr_gc_cfg;

/* A reserved address range [lo, hi) whose objects fill [lo, end) with no holes, plus two
   side bitmaps (one bit per 8-byte granule): object starts and live granules.  `fillers`
   (0 unless the policy sets it): the space may hold fillers (PYR_GC_FILLER blocks), which
   pyr_gc_space_find must then look for. */
typedef struct {
    uint8_t *lo, *hi, *end;
    uint64_t *starts, *live;
    int fillers;
} pyr_gc_space;

typedef void (*pyr_gc_visit)(void **slot);

void pyr_gc_space_init(pyr_gc_space *s, uintptr_t reserve);
uintptr_t pyr_gc_obj_size(const pyr_gc_hdr *h);
/* Sets the start bit of every object (and filler) in [lo, end); clears the live bits. */
void pyr_gc_space_index(pyr_gc_space *s);
/* The last object or filler starting at or below `a` (in [lo, end)), or NULL. */
uint8_t *pyr_gc_space_block(const pyr_gc_space *s, const uint8_t *a);
/* The header of the object `p` points into (one past the end counts), or NULL. */
uint8_t *pyr_gc_space_find(const pyr_gc_space *s, const void *p);
int pyr_gc_is_live(const pyr_gc_space *s, const uint8_t *h);
/* Marks everything reachable from the roots (needs pyr_gc_space_index first). */
void pyr_gc_mark(pyr_gc_space *s);
/* Incremental marking of one space (gc_mark.c): start (keeps its live bits), grey objects
   or slots (or only set an object's live bits: pyr_gc_mark_live), then drain the grey
   stack, subtracting the bytes of elements traced from `*budget` and stopping at 0 (large
   arrays are traced in chunks, so one call does about `*budget` plus 32 KB of work); 1
   when the stack is empty. */
void pyr_gc_mark_start(pyr_gc_space *s);
void pyr_gc_mark_grey(uint8_t *h);
void pyr_gc_mark_live(uint8_t *h);
void pyr_gc_mark_slot(void **slot);
int pyr_gc_mark_drain(uintptr_t *budget);
/* Sliding compaction of `s` (Lisp-2 order, forwarding by live-bitmap popcount): marks
   from the roots, updates every reference to a moved object, slides the survivors down
   and sets s->end.  `block_base` has one word per 512 bytes of the space.  Returns the
   live bytes.  With `exact_starts`, the policy keeps the start bits exact (they are not
   rebuilt by a heap walk first, and describe the compacted space afterwards); without,
   they are rebuilt by walking [lo, end) first and are stale afterwards. */
uintptr_t pyr_gc_compact(pyr_gc_space *s, uintptr_t *block_base, int exact_starts);
/* Calls `f(h)` on every object header in [lo, end) whose start bit is set, in order. */
void pyr_gc_each_object(const pyr_gc_space *s, int live_only, void (*f)(uint8_t *h));

void pyr_gc_trace_obj(uint8_t *h, pyr_gc_visit visit);
/* Like pyr_gc_trace_obj, but only the elements overlapping [lo, hi). */
void pyr_gc_trace_range(uint8_t *h, const uint8_t *lo, const uint8_t *hi, pyr_gc_visit visit);
void pyr_gc_set_start(pyr_gc_space *s, const uint8_t *h);
/* Copying collectors: if *slot points into `from`, copies that object to `dest(size)`
   the first time (leaving a forwarding address; `copied`, if any, is told the copy) and
   points the slot at the same offset in the copy. */
void pyr_gc_forward_slot(pyr_gc_space *from, void **slot, uint8_t *(*dest)(uintptr_t), void (*copied)(uint8_t *));
void pyr_gc_visit_roots(pyr_gc_visit visit);
void pyr_gc_release(uint8_t *from, uint8_t *to); /* give pages back to the OS */

void pyr_gc_pause_begin(void);
void pyr_gc_pause_end(int minor);
uint64_t pyr_gc_pause_ns(void); /* time since pyr_gc_pause_begin */
_Noreturn void pyr_gc_fatal(const char *msg);

#endif
