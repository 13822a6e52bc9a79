/* incremental: a nursery (as in generational) over a non-moving mark-sweep old space
 * whose marking and sweeping are spread over the minor collections, so that no pause walks
 * the whole old space.  Needs the card-marking barrier.
 *
 * Invariants:
 * - Cards: 0 clean; 1 written since the last minor collection (may hold old-to-young
 *   references); 2 (only while MARKING) scanned by a minor collection since it was
 *   written, but perhaps holding references the marker has not seen.  Right after a minor
 *   collection the nursery is empty and no card is 1.
 * - MARKING (incremental update): every object with live bits is grey (on the mark stack,
 *   gc_mark.c) or black (traced); a black object's reference to an unmarked object lies on
 *   a card of value 1 or 2.  Objects allocated in the old space during marking are grey;
 *   promoted objects are black (their fields are traced as they are promoted).  Marking
 *   ends in a pause that rescans the roots and the dirty cards and drains the stack;
 *   precleaning (scanning cards of value 2 and setting them to 0, in steps) keeps that
 *   pause short, and an attempt that would pass its budget is dropped (marking goes on)
 *   until MAX_ATTEMPTS attempts have failed.
 * - The live bitmap is clear outside a cycle; set bits lie below sweep_end (no object
 *   past it was marked), and the sweep clears the words it has passed.
 * - SWEEPING: [lo, sweep_at) is swept (dead runs are fillers; those of 64 bytes or more
 *   are gaps for allocation), [sweep_at, sweep_end) is not; a dead run being swept starts
 *   at `run`.  Objects allocated meanwhile go into swept gaps or past sweep_end, so the
 *   sweep never sees them.  The old space stays walkable (objects and fillers, start bits).
 * - Every pause does bounded work: the nursery window shrinks so that a minor collection
 *   promotes about PROMOTE_TARGET bytes (it grows again when fewer survive; a sudden rise
 *   in survival costs one pause of up to the whole nursery), and a marking or sweeping
 *   step stops at its budget or once the pause has lasted PAUSE_TARGET_NS (large arrays
 *   are marked in chunks).  The heap-limit path (full_cycle) is one unbounded pause. */
#include "gc_internal.h"

#include <stdlib.h>

enum { IDLE, MARKING, SWEEPING };
static int phase;
static pyr_gc_space nursery, old;
static uintptr_t nursery_size, window, since_cycle, last_live;
static uintptr_t since_step;              /* old-space bytes allocated since the last step */
static uintptr_t promoted_bytes;          /* by the current minor collection */
static uint8_t *win, *win_end;            /* old-space allocation window inside a gap */
static uint8_t **gaps;                    /* start, end pairs, found by the sweep */
static uintptr_t ngaps, next_gap, gap_cap, gap_bytes; /* gap_bytes: free in gaps */
static uint8_t *sweep_at, *sweep_end, *run;
static uintptr_t cleared;                 /* live-bitmap words [0, cleared) cleared by the sweep */
static uintptr_t clean_at, attempts;      /* precleaning cursor (a card index); failed finishes */
static uint8_t **promoted;                /* objects promoted by this minor collection */
static uintptr_t npromoted, promoted_cap;
static uint8_t *card_lo, *card_hi;
static uintptr_t stress_collections;
static int timed;                         /* steps stop at PAUSE_TARGET_NS (not in full_cycle) */

#define CARD ((uintptr_t)1 << PYR_GC_CARD_SHIFT)
#define STEP ((uintptr_t)256 << 10)       /* marking or sweeping work per minor, at least */
#define MAX_STEP (4 * STEP)               /* ... and at most (pacing: see minor) */
#define SLICE ((uintptr_t)16 << 10)       /* work between two looks at the clock */
#define PAUSE_TARGET_NS 400000            /* a step stops when its pause has lasted this long */
#define FINISH_CARDS 128                  /* at most this many dirty cards in a final pause */
#define PROMOTE_TARGET ((uintptr_t)128 << 10)
#define MIN_WINDOW ((uintptr_t)32 << 10)
#define MAX_ATTEMPTS 16
#define BIG_OBJECT ((uintptr_t)16 << 10)      /* carved from the first gap that holds it */

static void init(void) {
    nursery_size = pyr_gc_cfg.nursery;
    window = nursery_size < MIN_WINDOW ? nursery_size : MIN_WINDOW;
    pyr_gc_space_init(&nursery, nursery_size + 4096);
    pyr_gc_space_init(&old, pyr_gc_cfg.reserve);
    old.fillers = 1;
    pyr_gc_cards = calloc((pyr_gc_cfg.reserve >> PYR_GC_CARD_SHIFT) + 8, 1);
    if (!pyr_gc_cards) pyr_gc_fatal("out of memory: GC card table");
    pyr_gc_card_lo = old.lo;
    pyr_gc_card_span = (uintptr_t)(old.hi - old.lo);
    pyr_gc_free = nursery.lo;
    pyr_gc_top = nursery.lo + window;
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

/* Clears the start bits of the granules in [a, b). */
static void clear_starts(uint8_t *a, uint8_t *b) {
    uintptr_t g = (uintptr_t)(a - old.lo) / 8, e = (uintptr_t)(b - old.lo) / 8;
    while (g < e) {
        uintptr_t k = 64 - g % 64 < e - g ? 64 - g % 64 : e - g;
        uint64_t m = k == 64 ? ~(uint64_t)0 : (((uint64_t)1 << k) - 1) << (g % 64);
        old.starts[g / 64] &= ~m;
        g += k;
    }
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

/* Makes [a, b), the rest of a gap, a filler again, so the heap stays walkable (the gap's
   interior has no start bits: the sweep made it one filler). */
static void refill(uint8_t *a, uint8_t *b) {
    if (a < b && (uintptr_t)(b - a) <= 0x80000000u) {
        ((pyr_gc_hdr *)a)->tid = PYR_GC_FILLER;
        ((pyr_gc_hdr *)a)->len = (uint32_t)(b - a);
        pyr_gc_set_start(&old, a);
    } else {
        fill(a, b);
    }
}

/* The first gap not yet reached that holds `size` bytes (its index in `gaps`), or ngaps. */
static uintptr_t find_gap(uintptr_t size) {
    uintptr_t i = next_gap;
    while (i < ngaps && (uintptr_t)(gaps[i + 1] - gaps[i]) < size) i += 2;
    return i;
}

/* A big object (BIG_OBJECT bytes or more) from the front of the first gap not yet reached
   that holds it.  The smaller gaps it passes stay for smaller objects: were they given up
   as a window's are, a program whose big objects grow (a string built by concatenation)
   would find no gap large enough and abandon every gap, and the old space would grow by
   the frontier alone, cycle after cycle.  NULL if no gap holds it. */
static uint8_t *carve_gap(uintptr_t size) {
    uintptr_t i = find_gap(size);
    if (i >= ngaps) return NULL;
    uint8_t *a = gaps[i];
    gaps[i] = a + size;
    gap_bytes -= size;
    refill(a + size, gaps[i + 1]);
    return a;
}

/* Whether the current window or a gap not yet reached holds `size` bytes. */
static int gap_holds(uintptr_t size) { return (uintptr_t)(win_end - win) >= size || find_gap(size) < ngaps; }

/* Room for `size` bytes in the old space: the current gap, a later gap, or the frontier. */
static uint8_t *old_alloc(uintptr_t size) {
    uint8_t *n = NULL;
    if ((uintptr_t)(win_end - win) < size && size >= BIG_OBJECT) {
        n = carve_gap(size);
    } else if ((uintptr_t)(win_end - win) < size) {
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
    if (!n && (uintptr_t)(win_end - win) >= size) {
        n = win;
        win += size;
        gap_bytes -= size;
        refill(win, win_end);
    } else if (!n) {
        if ((uintptr_t)(old.hi - old.end) < size) pyr_gc_fatal("out of memory: the old generation's address space is full");
        n = old.end;
        old.end += size;
    }
    pyr_gc_set_start(&old, n);
    since_cycle += size;
    since_step += size;
    return n;
}

/* Objects allocated in the old space are grey during marking (the mutator fills them
   later).  (During sweeping they lie in swept gaps or past sweep_end, where the sweep
   does not look.) */
static void born_old(uint8_t *n) {
    if (phase == MARKING) pyr_gc_mark_grey(n);
}

/* A promoted object is black during marking: its live bits are set here, and its fields
   are traced by the minor collection (promote_mark), which greys the old objects they
   reach.  So marking work does not grow with promotion. */
static void record_promoted(uint8_t *n) {
    if (phase == MARKING) pyr_gc_mark_live(n);
    grow(&promoted, &promoted_cap, npromoted + 1);
    promoted[npromoted++] = n;
    promoted_bytes += pyr_gc_obj_size((pyr_gc_hdr *)n);
}

static void promote(void **slot) { pyr_gc_forward_slot(&nursery, slot, old_alloc, record_promoted); }

static void promote_mark(void **slot) {
    promote(slot);
    if (phase == MARKING) pyr_gc_mark_slot(slot);
}

static void promote_in_card(void **slot) {
    if ((uint8_t *)slot >= card_lo && (uint8_t *)slot < card_hi) promote(slot);
}

static void mark_in_card(void **slot) {
    if ((uint8_t *)slot >= card_lo && (uint8_t *)slot < card_hi) pyr_gc_mark_slot(slot);
}

static uintptr_t ncards(void) { return ((uintptr_t)(old.end - old.lo) + CARD - 1) >> PYR_GC_CARD_SHIFT; }

/* Visits the fields on every card in [from, to) whose value is in [lo_val, hi_val] with
   `visit`, restricted to live objects when `live_only`, and leaves the card at `after`.
   Returns the number of such cards.  Runs of eight clean cards are skipped a word at a
   time (the table is calloc'd, so word-aligned). */
static uintptr_t scan_cards(uintptr_t from, uintptr_t to, uint8_t lo_val, uint8_t hi_val, uint8_t after, int live_only, pyr_gc_visit visit) {
    uint8_t *end = old.end;
    uint8_t *prev = NULL, *prev_end = NULL; /* the last object visited, so a large object
                                                 spanning many cards is found once */
    uintptr_t found = 0;
    for (uintptr_t c = from; c < to; c++) {
        if (!(c & 7) && c + 8 <= to && !*(const uint64_t *)(pyr_gc_cards + c)) {
            c += 7;
            continue;
        }
        if (pyr_gc_cards[c] < lo_val || pyr_gc_cards[c] > hi_val) continue;
        pyr_gc_cards[c] = after;
        found++;
        card_lo = old.lo + (c << PYR_GC_CARD_SHIFT);
        card_hi = card_lo + CARD;
        if (card_hi > end) card_hi = end;
        uint8_t *h = prev && card_lo < prev_end ? prev : pyr_gc_space_block(&old, card_lo);
        while (h < card_hi) {
            if (!live_only || pyr_gc_is_live(&old, h)) pyr_gc_trace_range(h, card_lo, card_hi, visit);
            prev = h;
            h += pyr_gc_obj_size((pyr_gc_hdr *)h);
            prev_end = h;
        }
    }
    return found;
}

static uintptr_t count_dirty(void) {
    uintptr_t n = ncards(), k = 0;
    for (uintptr_t c = 0; c < n; c++) {
        if (!(c & 7) && c + 8 <= n && !*(const uint64_t *)(pyr_gc_cards + c)) {
            c += 7;
            continue;
        }
        k += pyr_gc_cards[c] != 0;
    }
    return k;
}

static void charge(uintptr_t *budget, uintptr_t work) { *budget = *budget > work ? *budget - work : 0; }

/* The live bitmap is all clear here: the sweep clears it behind itself. */
static void start_cycle(void) {
    phase = MARKING;
    since_cycle = 0;
    clean_at = attempts = 0;
    pyr_gc_mark_start(&old);
    pyr_gc_visit_roots(pyr_gc_mark_slot);
}

static void start_sweep(void) {
    fill(win, win_end);
    win = win_end = NULL;
    ngaps = next_gap = gap_bytes = 0;
    sweep_at = old.lo;
    sweep_end = old.end;
    run = NULL;
    cleared = 0;
    last_live = 0;
    phase = SWEEPING;
}

static int out_of_time(void) { return timed && pyr_gc_pause_ns() > PAUSE_TARGET_NS; }

/* Drains the grey stack by at most `*budget` bytes, in slices between which it stops once
   the pause is out of time; 1 when the stack is empty. */
static int drain(uintptr_t *budget) {
    for (;;) {
        uintptr_t slice = *budget < SLICE ? *budget : SLICE, before = slice;
        int empty = pyr_gc_mark_drain(&slice);
        *budget -= before - slice;
        if (empty) return 1;
        if (!*budget || out_of_time()) return 0;
    }
}

/* About `budget` bytes of marking: drain the grey stack, then preclean the cards in
   steps, then try to finish: the roots and the remaining dirty cards again, and drain.
   Stops early once the pause is out of time. */
static void mark_step(uintptr_t budget) {
    for (;;) {
        if (!drain(&budget) || !budget || out_of_time()) return;
        uintptr_t n = ncards();
        if (clean_at < n) {
            uintptr_t to = clean_at + 64 < n ? clean_at + 64 : n;
            uintptr_t k = scan_cards(clean_at, to, 2, 2, 0, 1, mark_in_card);
            clean_at = to;
            charge(&budget, k * CARD + 64);
            continue;
        }
        uintptr_t dirty = count_dirty();
        int last = attempts >= MAX_ATTEMPTS;
        if (!last && (dirty > FINISH_CARDS || dirty * CARD > budget)) {
            /* Too many cards written since they were precleaned: another pass. */
            attempts++;
            clean_at = 0;
            continue;
        }
        if (last) timed = 0;
        uintptr_t b = last ? UINTPTR_MAX : budget;
        pyr_gc_visit_roots(pyr_gc_mark_slot);
        scan_cards(0, n, 1, 2, 0, 1, mark_in_card);
        charge(&b, dirty * CARD);
        if (drain(&b)) {
            start_sweep();
        } else {
            /* Out of budget or time: marking goes on, and precleaning starts again. */
            attempts++;
            clean_at = 0;
        }
        return;
    }
}

static void add_gap(uint8_t *a, uint8_t *b) {
    if (ngaps > next_gap && gaps[ngaps - 1] == a) {
        /* Continues the last gap, not yet reached: one gap, one filler. */
        fill(gaps[ngaps - 2], b);
        gaps[ngaps - 1] = b;
        gap_bytes += (uintptr_t)(b - a);
        return;
    }
    grow(&gaps, &gap_cap, ngaps + 2);
    gaps[ngaps++] = a;
    gaps[ngaps++] = b;
    gap_bytes += (uintptr_t)(b - a);
}

static void end_run(uint8_t *b) {
    fill(run, b);
    if (b - run >= 64) add_gap(run, b);
    run = NULL;
}

/* Sweeps about `budget` bytes, in slices between which it stops once the pause is out of
   time: each run of dead objects becomes a filler, a gap if big. */
static void sweep(uintptr_t budget) {
    uint8_t *h = sweep_at;
    while (budget && h < sweep_end) {
        uintptr_t slice = budget < SLICE ? budget : SLICE;
        budget -= slice;
        uint8_t *stop = slice < (uintptr_t)(sweep_end - h) ? h + slice : sweep_end;
        while (h < stop) {
            uintptr_t size = pyr_gc_obj_size((pyr_gc_hdr *)h);
            if (pyr_gc_is_live(&old, h)) {
                if (run) end_run(h);
                last_live += size;
            } else if (!run) {
                run = h;
            }
            h += size;
        }
        if (out_of_time()) break;
    }
    /* A dead run the step ends inside is a gap already: allocation can use it while the
       sweep goes on (the rest of the run joins it later). */
    if (run && h < sweep_end && h - run >= 64) {
        end_run(h);
        run = h;
    }
    sweep_at = h;
    /* Clear the live bits of the words wholly swept (all of them at the end: no object
       past sweep_end was marked). */
    uintptr_t upto = (uintptr_t)(h - old.lo) / 8 / 64;
    if (sweep_at >= sweep_end) {
        if (run) end_run(sweep_end);
        phase = IDLE;
        upto = ((uintptr_t)(sweep_end - old.lo) / 8 + 63) / 64;
    }
    if (upto > cleared) memset(old.live + cleared, 0, (upto - cleared) * 8);
    if (upto > cleared) cleared = upto;
}

static void advance(uintptr_t budget) {
    if (phase == IDLE && since_cycle > last_live && since_cycle > 4 * nursery_size) start_cycle();
    else if (phase == MARKING) mark_step(budget);
    else if (phase == SWEEPING) sweep(budget);
}

/* The next nursery window.  Over PROMOTE_TARGET bytes promoted: shrink it in proportion
   (survivors of short-lived data scale with the window), unless the last shrink did not
   cut them (a working set of fixed size, which a smaller window only promotes more often:
   then twice the previous window).  Under half the target: double it; else grow it by a
   quarter (with survivors in proportion, the next collection shrinks it back; survivors
   that do not grow with it show that a larger window is cheap). */
static void adapt_window(uintptr_t used) {
    static uintptr_t prev_window, prev_promoted;
    if (!used) return;
    uintptr_t w = window, lo = nursery_size < MIN_WINDOW ? nursery_size : MIN_WINDOW;
    if (promoted_bytes > PROMOTE_TARGET) {
        if (window < prev_window && promoted_bytes > prev_promoted / 4 * 3) w = 2 * prev_window;
        else w = (uintptr_t)((double)used * PROMOTE_TARGET / (double)promoted_bytes);
    } else {
        w = promoted_bytes < PROMOTE_TARGET / 2 ? 2 * window : window + window / 4;
    }
    prev_window = window;
    prev_promoted = promoted_bytes;
    window = w < lo ? lo : w > nursery_size ? nursery_size : w;
}

/* A minor collection, then a marking or sweeping step of `budget` bytes (0: paced, at
   least STEP and twice the old-space allocation since the last step, at most MAX_STEP). */
static void minor(uintptr_t budget) {
    pyr_gc_pause_begin();
    nursery.end = pyr_gc_free;
    npromoted = promoted_bytes = 0;
    pyr_gc_visit_roots(promote);
    /* Scanned cards hold no young references now; during marking they stay dirty (2). */
    scan_cards(0, ncards(), 1, 1, phase == MARKING ? 2 : 0, 0, promote_in_card);
    for (uintptr_t i = 0; i < npromoted; i++) pyr_gc_trace_obj(promoted[i], promote_mark);
    memset(nursery.starts, 0, (((uintptr_t)(nursery.end - nursery.lo) / 8 + 63) / 64) * 8);
    adapt_window((uintptr_t)(nursery.end - nursery.lo));
    nursery.end = nursery.lo;
    pyr_gc_free = nursery.lo;
    pyr_gc_top = nursery.lo + window;
    if (!budget) {
        budget = STEP + 2 * since_step;
        if (budget > MAX_STEP) budget = MAX_STEP;
    }
    since_step = 0;
    timed = budget != UINTPTR_MAX && !pyr_gc_cfg.stress;
    advance(budget);
    pyr_gc_pause_end(1);
}

/* A whole cycle at once, in one major pause after a minor one: for the heap limit.  A
   cycle under way is finished first, then a fresh one runs (the one under way may have
   marked objects that died since). */
static void full_cycle(void) {
    minor(0);
    pyr_gc_pause_begin();
    timed = 0;
    for (;;) {
        int fresh = phase == IDLE;
        if (fresh) start_cycle();
        while (phase == MARKING) advance(UINTPTR_MAX);
        while (phase == SWEEPING) advance(UINTPTR_MAX);
        if (fresh) break;
    }
    pyr_gc_pause_end(0);
}

/* Whether the old space's bytes in use (its extent less the free gaps) plus `more` pass
   the heap limit. */
static int over_limit(uintptr_t more) {
    return pyr_gc_cfg.max_heap && (uintptr_t)(old.end - old.lo) - gap_bytes + more > pyr_gc_cfg.max_heap;
}

static uint8_t *alloc(uintptr_t total) {
    if (total <= nursery_size / 4 && total <= window / 2) {
        if ((uintptr_t)(nursery.lo + window - pyr_gc_free) < total) {
            minor(0);
            if (over_limit(0)) {
                full_cycle();
                if (over_limit(0)) return NULL;
            }
        }
        if ((uintptr_t)(nursery.lo + window - pyr_gc_free) >= total) {
            uint8_t *p = pyr_gc_free;
            pyr_gc_free = p + total;
            pyr_gc_top = nursery.lo + window;
            pyr_gc_set_start(&nursery, p);
            return p;
        }
    }
    /* Large (over a quarter of the nursery or half its window): straight to the old space.
       Such objects pace the collector too: once a step's worth has gone to the old space
       since the last step, a minor collection takes a step first.  Otherwise a program
       whose allocation is mostly large objects (a growing string) runs few minor
       collections, each with at most MAX_STEP of work, and the old space outgrows the
       cycles that should free it. */
    if (since_step >= STEP) minor(0);
    /* While sweeping, a big object that no gap found so far holds waits for the sweep to
       go on, a step per minor collection, rather than extend the frontier: the space the
       last cycle freed is often one run at the end, found last. */
    while (phase == SWEEPING && total >= BIG_OBJECT && !gap_holds(total)) minor(0);
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

/* Stress mode: a minor collection with a small marking or sweeping step each time (but
   twice the old-space allocation since the last step, so the cycles keep up), and cycles
   started as soon as the previous one ends.  Steps are not cut short by the clock then
   (see minor): under an emulator a 400 us step does almost nothing, and the old space
   would outgrow cycles that never finish. */
static void collect(void) {
    minor(4096 + 2 * since_step);
    if (phase == IDLE && ++stress_collections % 4 == 0) start_cycle();
}

static uintptr_t heap_bytes(void) { return (uintptr_t)(old.end - old.lo) + (uintptr_t)(pyr_gc_free - nursery.lo); }

const pyr_gc_policy pyr_gc_policy_incremental = { "incremental", 1, init, alloc, collect, heap_bytes };
