/* Pyrite GC core: configuration, the shadow stack, tracing by type tables, the side
 * bitmaps of a space, compaction, pause statistics.  Shared by every policy (marking is
 * in gc_mark.c). */
#define _GNU_SOURCE
#include "gc_internal.h"
#include "../pyrite_rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

uint8_t *pyr_gc_free, *pyr_gc_top;
uint8_t *pyr_gc_cards, *pyr_gc_card_lo;
uintptr_t pyr_gc_card_span;
uint64_t *pyr_gc_alloc_starts;
uint8_t *pyr_gc_alloc_lo;
pyr_gc_root *pyr_gc_sp, *pyr_gc_ss_end;
pyr_gc_config pyr_gc_cfg;

static pyr_gc_root *ss_base;
static int inited;
static uintptr_t since_collect;
static uint64_t n_collections, n_minor, max_pause_ns, total_pause_ns, pause_start_ns;
static uintptr_t peak_heap;
/* PYRITE_GC_PAUSE_LOG: every pause's length in ns, written to that file at exit. */
static const char *pause_log_path;
static uint64_t *pause_log, pause_log_len, pause_log_cap;

/* ------------------------------------------------------------ setup -- */
_Noreturn void pyr_gc_fatal(const char *msg) {
    static const char file[] = "pyrite_gc";
    pyr_panic((const uint8_t *)msg, strlen(msg), (const uint8_t *)file, sizeof file - 1, 0, 0);
}

static void *reserve(uintptr_t bytes) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) pyr_gc_fatal("out of memory: cannot reserve address space for the heap");
    return p;
}

void pyr_gc_release(uint8_t *from, uint8_t *to) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t a = ((uintptr_t)from + page - 1) & ~(page - 1), b = (uintptr_t)to & ~(page - 1);
    if (b > a) madvise((void *)a, b - a, MADV_DONTNEED);
}

static uintptr_t parse_size(const char *s) {
    char *e;
    unsigned long long v = strtoull(s, &e, 10);
    switch (*e) {
    case 'k': case 'K': v <<= 10; break;
    case 'm': case 'M': v <<= 20; break;
    case 'g': case 'G': v <<= 30; break;
    default: break;
    }
    return (uintptr_t)v;
}

static void print_stats(void) {
    uintptr_t now = pyr_gc_chosen->heap_bytes();
    if (now > peak_heap) peak_heap = now;
    fprintf(stderr, "gc-stats policy=%s collections=%llu minor=%llu major=%llu max_pause_us=%llu total_pause_us=%llu peak_heap_bytes=%llu\n",
            pyr_gc_chosen->name, (unsigned long long)n_collections, (unsigned long long)n_minor,
            (unsigned long long)(n_collections - n_minor), (unsigned long long)(max_pause_ns / 1000),
            (unsigned long long)(total_pause_ns / 1000), (unsigned long long)peak_heap);
}

static void write_pause_log(void) {
    FILE *f = fopen(pause_log_path, "w");
    if (!f) {
        fprintf(stderr, "pyrite: cannot write PYRITE_GC_PAUSE_LOG file %s\n", pause_log_path);
        return;
    }
    fprintf(f, "# policy=%s pause_ns\n", pyr_gc_chosen->name);
    for (uint64_t i = 0; i < pause_log_len; i++) fprintf(f, "%llu\n", (unsigned long long)pause_log[i]);
    fclose(f);
}

static void init(void) {
    const char *v;
    inited = 1;
    pyr_gc_cfg.reserve = sizeof(void *) == 8 ? (uintptr_t)16 << 30 : (uintptr_t)384 << 20;
    pyr_gc_cfg.nursery = (uintptr_t)4 << 20;
    if ((v = getenv("PYRITE_GC_MAX_HEAP")) && *v) {
        pyr_gc_cfg.max_heap = parse_size(v);
        if (pyr_gc_cfg.max_heap + ((uintptr_t)1 << 20) < pyr_gc_cfg.reserve) pyr_gc_cfg.reserve = pyr_gc_cfg.max_heap + ((uintptr_t)1 << 20);
    }
    if ((v = getenv("PYRITE_GC_STRESS")) && *v) pyr_gc_cfg.stress = parse_size(v);
    if ((v = getenv("PYRITE_GC_NURSERY")) && *v) pyr_gc_cfg.nursery = parse_size(v);
    if (pyr_gc_cfg.nursery < 4096) pyr_gc_cfg.nursery = 4096;
    if ((v = getenv("PYRITE_GC_STATS")) && *v && strcmp(v, "0") != 0) {
        pyr_gc_cfg.stats = 1;
        atexit(print_stats);
    }
    if ((v = getenv("PYRITE_GC_PAUSE_LOG")) && *v) {
        pause_log_path = v;
        atexit(write_pause_log);
    }
    uintptr_t ss_bytes = sizeof(void *) == 8 ? (uintptr_t)1 << 30 : (uintptr_t)32 << 20;
    ss_base = pyr_gc_sp = reserve(ss_bytes);
    pyr_gc_ss_end = ss_base + ss_bytes / sizeof(pyr_gc_root);
    pyr_gc_chosen->init();
    if (pyr_gc_cfg.stress) pyr_gc_top = pyr_gc_free;
}

pyr_gc_root *pyr_gc_push_frame_slow(uintptr_t k) {
    if (!inited) {
        init();
        return pyr_gc_push_frame(k);
    }
    char msg[96];
    int n = snprintf(msg, sizeof msg, "\nthread 'main' (%d) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n", (int)getpid());
    pyr_flush();
    if (n > 0) (void)!write(2, msg, (size_t)n);
    abort();
}

/* ------------------------------------------------------- allocation -- */
static _Noreturn void out_of_memory(uintptr_t total) {
    char msg[200];
    snprintf(msg, sizeof msg, "out of memory: allocating %llu bytes would pass the heap limit of %llu bytes (PYRITE_GC_MAX_HEAP, policy %s)",
             (unsigned long long)total, (unsigned long long)pyr_gc_cfg.max_heap, pyr_gc_chosen->name);
    pyr_gc_fatal(msg);
}

static uintptr_t total_size(uint32_t tid, uintptr_t n) {
    uintptr_t body;
    if (__builtin_mul_overflow((uintptr_t)pyr_gc_types[tid].size, n, &body) || n > 0xffffffffu || body > ((uintptr_t)1 << (sizeof(void *) * 8 - 2)))
        pyr_gc_fatal("capacity overflow");
    uintptr_t total = (body + 15) & ~(uintptr_t)7;
    return total < 16 ? 16 : total;
}

static void collect(void) {
    pyr_gc_chosen->collect();
}

/* Set on entering a path that can only end in a panic: from then on nothing collects, and
   objects that do not fit the current bump window come from calloc, outside the heap. */
static int inhibited;

void pyr_gc_inhibit(void) { inhibited = 1; }

void *pyr_gc_new_slow(uint32_t tid, uintptr_t n) {
    if (!inited) init();
    uintptr_t total = total_size(tid, n);
    if (inhibited) {
        uint8_t *q = calloc(1, total);
        if (!q) out_of_memory(total);
        ((pyr_gc_hdr *)q)->tid = tid;
        ((pyr_gc_hdr *)q)->len = (uint32_t)n;
        return q + 8;
    }
    if (pyr_gc_cfg.stress && ++since_collect >= pyr_gc_cfg.stress) {
        since_collect = 0;
        collect();
    }
    uint8_t *p = pyr_gc_chosen->alloc(total);
    if (!p) out_of_memory(total);
    if (pyr_gc_cfg.stress) pyr_gc_top = pyr_gc_free;
    ((pyr_gc_hdr *)p)->tid = tid;
    ((pyr_gc_hdr *)p)->len = (uint32_t)n;
    memset(p + 8, 0, total - 8);
    return p + 8;
}

/* The barrier for `bytes` of references just copied from p to a new object q of `size`
   bytes.  When p is on the card table, young references can sit only on p's cards marked
   1 (written since the last minor collection), so only the matching parts of q stay
   dirty: the cards wholly inside q, all dirtied when q was allocated, are cleaned first.
   Stores into q after it grew go through the barrier (toolchain/src/gc/barriers.rs), and
   references the incremental marker has not seen need no card here (q is born grey during
   marking).  Without this, growing a large array dirtied all of it and the next minor
   collection scanned it whole (a 70 ms pause for a 70 MB array). */
static void copy_barrier(uint8_t *q, uintptr_t size, uint8_t *p, uintptr_t bytes) {
    uintptr_t po = (uintptr_t)(p - pyr_gc_card_lo), qo = (uintptr_t)(q - pyr_gc_card_lo);
    if (!bytes || qo >= pyr_gc_card_span) return;
    if (po >= pyr_gc_card_span) {
        pyr_gc_wb(q, bytes);
        return;
    }
    uintptr_t card = (uintptr_t)1 << PYR_GC_CARD_SHIFT;
    for (uintptr_t c = (qo + card - 1) >> PYR_GC_CARD_SHIFT; (c + 1) << PYR_GC_CARD_SHIFT <= qo + size; c++)
        pyr_gc_cards[c] = 0;
    for (uintptr_t c = po >> PYR_GC_CARD_SHIFT; c << PYR_GC_CARD_SHIFT < po + bytes; c++) {
        if (pyr_gc_cards[c] != 1) continue;
        uintptr_t a = c << PYR_GC_CARD_SHIFT, b = a + card;
        if (a < po) a = po;
        if (b > po + bytes) b = po + bytes;
        pyr_gc_wb(q + (a - po), b - a);
    }
}

void *pyr_gc_grow(void *p, uint32_t tid, uintptr_t old_n, uintptr_t new_n) {
    if (!p) return pyr_gc_new(tid, new_n);
    uintptr_t size = pyr_gc_types[tid].size;
    uint8_t *h = (uint8_t *)p - 8;
    if (!pyr_gc_cfg.stress && new_n >= old_n && h + total_size(tid, old_n) == pyr_gc_free && ((pyr_gc_hdr *)h)->len == old_n) {
        uintptr_t total = total_size(tid, new_n);
        if ((uintptr_t)(pyr_gc_top - h) >= total) {
            memset(pyr_gc_free, 0, (uintptr_t)(h + total - pyr_gc_free));
            pyr_gc_free = h + total;
            ((pyr_gc_hdr *)h)->len = (uint32_t)new_n;
            return p;
        }
    }
    pyr_gc_root *frame = pyr_gc_push_frame(1);
    frame[0].addr = &p;
    frame[0].tid = 0;
    void *q = pyr_gc_new(tid, new_n);
    pyr_gc_sp = frame;
    memcpy(q, p, (old_n < new_n ? old_n : new_n) * size);
    copy_barrier((uint8_t *)q, new_n * size, (uint8_t *)p, (old_n < new_n ? old_n : new_n) * size);
    return q;
}

/* ---------------------------------------------------------- tracing -- */
/* The case of a SWITCH for a tag, remembered by (switch, tag): the cases are searched one
   after another, and an enum such as the interpreter's Object has 30 of them.  NULL when
   no case matches (the variant holds no reference).  Only a collection, which runs on one
   thread at a time, reads or writes it. */
typedef struct { const uint32_t *sw; uint32_t tag; const uint32_t *hit; } switch_memo;
static switch_memo switch_memos[1024];

static const uint32_t *switch_case(const uint32_t *sw, uint32_t tag) {
    switch_memo *m = &switch_memos[((((uintptr_t)sw >> 2) + tag) * 0x9E3779B1u >> 7) & 1023];
    if (m->sw == sw && m->tag == tag) return m->hit;
    const uint32_t *q = sw + 4, *hit = NULL;
    for (uint32_t i = 0; i < sw[2]; i++, q += 2 + q[1])
        if (q[0] == tag) {
            hit = q;
            break;
        }
    m->sw = sw;
    m->tag = tag;
    m->hit = hit;
    return hit;
}

static void exec(const uint32_t *pc, const uint32_t *stop, uint8_t *base, pyr_gc_visit visit) {
    while (pc < stop) {
        switch (pc[0]) {
        case PYR_GC_END:
            return;
        case PYR_GC_PTR:
            visit((void **)(base + pc[1]));
            pc += 2;
            break;
        case PYR_GC_SWITCH: {
            const uint32_t *q = switch_case(pc, *(const uint32_t *)(base + pc[1]));
            if (q) exec(q + 2, q + 2 + q[1], base, visit);
            pc += 4 + pc[3];
            break;
        }
        case PYR_GC_ARRAY: {
            uint32_t off = pc[1], count = pc[2], stride = pc[3], len = pc[4];
            for (uint32_t i = 0; i < count; i++) exec(pc + 5, pc + 5 + len, base + off + (uintptr_t)i * stride, visit);
            pc += 5 + len;
            break;
        }
        default:
            pyr_gc_fatal("GC: corrupt trace program");
        }
    }
}

#define NO_STOP ((const uint32_t *)UINTPTR_MAX)

/* Is `p` one tag test guarding one reference, `SWITCH tag_off 1 4 {tag 2 PTR off} END`?  That
   is the program of an enum with a single referencing variant (the interpreter's Value),
   the element type of most arrays: trace_elems then tests the tag itself, no interpreter. */
static int one_guarded_ref(const uint32_t *p) {
    return p[0] == PYR_GC_SWITCH && p[2] == 1 && p[5] == 2 && p[6] == PYR_GC_PTR && p[8] == PYR_GC_END;
}

/* Traces `n` elements of type `t` from `body`. */
static void trace_elems(const pyr_gc_type *t, uint8_t *body, uintptr_t n, pyr_gc_visit visit) {
    const uint32_t *p = t->trace;
    if (one_guarded_ref(p)) {
        uint32_t tag_off = p[1], tag = p[4], ref_off = p[7];
        for (uintptr_t i = 0; i < n; i++, body += t->size)
            if (*(const uint32_t *)(body + tag_off) == tag) visit((void **)(body + ref_off));
        return;
    }
    for (uintptr_t i = 0; i < n; i++, body += t->size) exec(p, NO_STOP, body, visit);
}

void pyr_gc_trace_obj(uint8_t *h, pyr_gc_visit visit) {
    uint32_t tid = ((pyr_gc_hdr *)h)->tid & PYR_GC_TID_MASK;
    if (tid == PYR_GC_FILLER) return;
    const pyr_gc_type *t = &pyr_gc_types[tid];
    if (!t->trace) return;
    trace_elems(t, h + 8, ((pyr_gc_hdr *)h)->len, visit);
}

void pyr_gc_trace_range(uint8_t *h, const uint8_t *lo, const uint8_t *hi, pyr_gc_visit visit) {
    uint32_t tid = ((pyr_gc_hdr *)h)->tid & PYR_GC_TID_MASK;
    if (tid == PYR_GC_FILLER) return;
    const pyr_gc_type *t = &pyr_gc_types[tid];
    if (!t->trace || t->size == 0) return;
    uint8_t *body = h + 8;
    uintptr_t len = ((pyr_gc_hdr *)h)->len, i = 0, end = len;
    if (lo > body) i = (uintptr_t)(lo - body) / t->size;
    if (hi < body + len * t->size) end = ((uintptr_t)(hi - body) + t->size - 1) / t->size;
    if (i < end) trace_elems(t, body + i * t->size, end - i, visit);
}

void pyr_gc_visit_roots(pyr_gc_visit visit) {
    for (pyr_gc_root *r = ss_base; r < pyr_gc_sp; r++) {
        const pyr_gc_type *t = &pyr_gc_types[r->tid];
        if (t->trace) trace_elems(t, (uint8_t *)r->addr, 1, visit);
    }
}

/* ----------------------------------------------------------- spaces -- */
void pyr_gc_space_init(pyr_gc_space *s, uintptr_t bytes) {
    s->fillers = 0;
    s->lo = s->end = reserve(bytes);
    s->hi = s->lo + bytes;
    s->starts = reserve(bytes / 64 + 8);
    s->live = reserve(bytes / 64 + 8);
}

uintptr_t pyr_gc_obj_size(const pyr_gc_hdr *h) {
    uint32_t tid = h->tid & PYR_GC_TID_MASK;
    if (tid == PYR_GC_FILLER) return h->len;
    uintptr_t total = ((uintptr_t)pyr_gc_types[tid].size * h->len + 15) & ~(uintptr_t)7;
    return total < 16 ? 16 : total;
}

static uintptr_t words_for(const pyr_gc_space *s) {
    return ((uintptr_t)(s->end - s->lo) / 8 + 63) / 64;
}

void pyr_gc_space_index(pyr_gc_space *s) {
    uintptr_t w = words_for(s);
    memset(s->starts, 0, w * 8);
    memset(s->live, 0, w * 8);
    for (uint8_t *h = s->lo; h < s->end; h += pyr_gc_obj_size((pyr_gc_hdr *)h)) {
        uintptr_t g = (uintptr_t)(h - s->lo) / 8;
        s->starts[g / 64] |= (uint64_t)1 << (g % 64);
    }
}

uint8_t *pyr_gc_space_block(const pyr_gc_space *s, const uint8_t *a) {
    uintptr_t g = (uintptr_t)(a - s->lo) / 8, w = g / 64;
    uint64_t bits = s->starts[w] & (((uint64_t)2 << (g % 64)) - 1);
    while (!bits) {
        if (w == 0) return NULL;
        bits = s->starts[--w];
    }
    return s->lo + 8 * (w * 64 + 63 - (uintptr_t)__builtin_clzll(bits));
}

uint8_t *pyr_gc_space_find(const pyr_gc_space *s, const void *pv) {
    const uint8_t *p = pv;
    if (p < s->lo + 8 || p > s->end) return NULL;
    /* Most references point at a body: then a block starts at p - 8 (it cannot be the
       end of an earlier one, as every block is at least 16 bytes). */
    uintptr_t g = (uintptr_t)(p - 8 - s->lo) / 8;
    if (!((uintptr_t)p & 7) && (s->starts[g / 64] >> (g % 64)) & 1) {
        uint8_t *h = (uint8_t *)p - 8;
        return s->fillers && (((pyr_gc_hdr *)h)->tid & PYR_GC_TID_MASK) == PYR_GC_FILLER ? NULL : h;
    }
    uint8_t *h = pyr_gc_space_block(s, p - 8);
    if (!h || (((pyr_gc_hdr *)h)->tid & PYR_GC_TID_MASK) == PYR_GC_FILLER) return NULL;
    if (p > h + pyr_gc_obj_size((pyr_gc_hdr *)h)) return NULL;
    return h;
}

int pyr_gc_is_live(const pyr_gc_space *s, const uint8_t *h) {
    uintptr_t g = (uintptr_t)(h - s->lo) / 8;
    return (s->live[g / 64] >> (g % 64)) & 1;
}

void pyr_gc_forward_slot(pyr_gc_space *from, void **slot, uint8_t *(*dest)(uintptr_t), void (*copied)(uint8_t *)) {
    uint8_t *p = *slot;
    if (p < from->lo || p > from->end) return;
    uint8_t *h = pyr_gc_space_find(from, p);
    if (!h) return;
    pyr_gc_hdr *hd = (pyr_gc_hdr *)h;
    uint8_t *n;
    if (hd->tid & PYR_GC_FORWARDED) {
        n = *(uint8_t **)(h + 8) - 8;
    } else {
        uintptr_t size = pyr_gc_obj_size(hd);
        n = dest(size);
        memcpy(n, h, size);
        hd->tid |= PYR_GC_FORWARDED;
        *(uint8_t **)(h + 8) = n + 8;
        if (copied) copied(n);
    }
    *slot = n + (p - h);
}

void pyr_gc_set_start(pyr_gc_space *s, const uint8_t *h) {
    uintptr_t g = (uintptr_t)(h - s->lo) / 8;
    s->starts[g / 64] |= (uint64_t)1 << (g % 64);
}

/* ------------------------------------------------------- compaction -- */
/* Bits set in a word, without a libgcc call on targets with no popcount instruction. */
static inline uintptr_t popcount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (uintptr_t)((x * 0x0101010101010101ull) >> 56);
}

static pyr_gc_space *cspace;
static uintptr_t *cbase;

static uint8_t *new_address(uint8_t *h) {
    uintptr_t g = (uintptr_t)(h - cspace->lo) / 8;
    uint64_t below = cspace->live[g / 64] & (((uint64_t)1 << (g % 64)) - 1);
    return cspace->lo + cbase[g / 64] + 8 * popcount64(below);
}

static void update(void **slot) {
    uint8_t *p = *slot;
    if (p < cspace->lo || p > cspace->end) return;
    uint8_t *h = pyr_gc_space_find(cspace, p);
    if (!h || !pyr_gc_is_live(cspace, h)) return;
    *slot = new_address(h) + (p - h);
}

static void update_fields(uint8_t *h) { pyr_gc_trace_obj(h, update); }

uintptr_t pyr_gc_compact(pyr_gc_space *s, uintptr_t *block_base, int exact_starts) {
    cspace = s;
    cbase = block_base;
    uintptr_t words = words_for(s), live = 0;
    if (exact_starts) memset(s->live, 0, words * 8);
    else pyr_gc_space_index(s);
    pyr_gc_mark(s);
    for (uintptr_t w = 0; w < words; w++) {
        block_base[w] = live;
        live += 8 * popcount64(s->live[w]);
    }
    pyr_gc_visit_roots(update);
    pyr_gc_each_object(s, 1, update_fields);
    /* Slide.  With exact start bits, each word of them is cleared once read and the
       survivors' new starts (never above the old ones) are set as they move. */
    for (uintptr_t w = 0; w < words; w++) {
        uint64_t bits = s->starts[w] & s->live[w];
        if (exact_starts) s->starts[w] = 0;
        while (bits) {
            uint8_t *h = s->lo + 8 * (w * 64 + (uintptr_t)__builtin_ctzll(bits));
            bits &= bits - 1;
            uint8_t *n = new_address(h);
            if (n != h) memmove(n, h, pyr_gc_obj_size((pyr_gc_hdr *)h));
            if (exact_starts) pyr_gc_set_start(s, n);
        }
    }
    s->end = s->lo + live;
    return live;
}

void pyr_gc_each_object(const pyr_gc_space *s, int live_only, void (*f)(uint8_t *h)) {
    uintptr_t nw = words_for(s);
    for (uintptr_t w = 0; w < nw; w++) {
        uint64_t bits = s->starts[w];
        if (live_only) bits &= s->live[w];
        while (bits) {
            uintptr_t b = (uintptr_t)__builtin_ctzll(bits);
            bits &= bits - 1;
            f(s->lo + 8 * (w * 64 + b));
        }
    }
}

/* ------------------------------------------------------------ stats -- */
static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void pyr_gc_pause_begin(void) {
    uintptr_t h = pyr_gc_chosen->heap_bytes();
    if (h > peak_heap) peak_heap = h;
    pause_start_ns = now_ns();
}

uint64_t pyr_gc_pause_ns(void) { return now_ns() - pause_start_ns; }

void pyr_gc_pause_end(int minor) {
    uint64_t d = now_ns() - pause_start_ns;
    n_collections++;
    if (minor) n_minor++;
    total_pause_ns += d;
    if (d > max_pause_ns) max_pause_ns = d;
    if (pause_log_path) {
        if (pause_log_len == pause_log_cap) {
            pause_log_cap = pause_log_cap ? 2 * pause_log_cap : 1024;
            pause_log = realloc(pause_log, pause_log_cap * sizeof *pause_log);
            if (!pause_log) pyr_gc_fatal("out of memory: PYRITE_GC_PAUSE_LOG buffer");
        }
        pause_log[pause_log_len++] = d;
    }
}
