/* Pyrite C runtime: the small amount of OS glue and libc-backed number
 * formatting that every translated program links with.  See README.md. */
#ifndef PYRITE_RT_H
#define PYRITE_RT_H

#include <stdint.h>
#include <stddef.h>

/* Output.  stdout is buffered and behaves like Rust's line-buffered stdout
 * as seen from outside (see README); stderr is unbuffered. */
void pyr_write_out(const uint8_t *p, uintptr_t n);
void pyr_write_err(const uint8_t *p, uintptr_t n);
void pyr_flush(void);

/* Process termination. */
/* cold: the paths to a panic are laid out and inlined as unlikely. */
_Noreturn __attribute__((cold)) void pyr_panic(const uint8_t *msg, uintptr_t msg_len,
                         const uint8_t *file, uintptr_t file_len,
                         uint32_t line, uint32_t col);
_Noreturn void pyr_exit(int32_t code);

#include "gc/gc.h"

/* Memory: zeroed, never NULL (aborts like Rust's handle_alloc_error). */
/* Allocation for generated code (the --gc=none policy: bump pointer, never frees). */
void *pyr_gc_alloc(uintptr_t size);
void *pyr_gc_realloc(void *p, uintptr_t old_size, uintptr_t new_size);
void *pyr_alloc(uintptr_t size);
void *pyr_realloc(void *p, uintptr_t old_size, uintptr_t new_size);
void pyr_free(void *p);

/* Number formatting / parsing. */
#define PYR_FMT_DISPLAY 0u   /* {}      */
#define PYR_FMT_DEBUG   1u   /* {:?}    */
#define PYR_FMT_FIXED   2u   /* {:.N}   */
#define PYR_FMT_EXP     3u   /* {:e}    */
#define PYR_FMT_EXP_N   4u   /* {:.Ne}  */
#define PYR_FMT_F32     0x100u /* or-ed in: shortest digits of the value as an f32 */
uintptr_t pyr_fmt_f64(double x, uint32_t mode, uint32_t prec, uint8_t *buf, uintptr_t cap);
double pyr_cbrt(double x);
uintptr_t pyr_fmt_u64(uint64_t v, uint32_t radix, uint32_t upper, uint8_t *buf);
uintptr_t pyr_fmt_i64(int64_t v, uint8_t *buf);
int32_t pyr_parse_f64(const uint8_t *p, uintptr_t n, double *out);

/* Environment, files, stdin. */
uintptr_t pyr_argc(void);
const uint8_t *pyr_argv(uintptr_t i, uintptr_t *len);
#define PYR_ERR_NUL_IN_PATH (-1)  /* pseudo-errno: path contained a NUL byte   */
#define PYR_ERR_INVALID_UTF8 (-2) /* pseudo-errno: "stream did not contain valid UTF-8" */
uint8_t *pyr_read_file(const uint8_t *path, uintptr_t path_len, uintptr_t *out_len, int32_t *err);
const uint8_t *pyr_strerror(int32_t err, uintptr_t *len);
uint8_t *pyr_read_line(uintptr_t *out_len);

/* Files, directories, environment, clocks (std::fs, env, time, thread, process). */
uint32_t pyr_getpid(void);
int32_t pyr_isatty(int32_t fd);
int32_t pyr_write_out_checked(const uint8_t *p, uintptr_t n);
int32_t pyr_flush_checked(void);
int32_t pyr_open(const uint8_t *p, uintptr_t n, int32_t flags, int32_t *err);
uintptr_t pyr_fd_read(int32_t fd, uint8_t *buf, uintptr_t n, int32_t *err);
uintptr_t pyr_fd_write(int32_t fd, const uint8_t *buf, uintptr_t n, int32_t *err);
void pyr_fd_close(int32_t fd);
int32_t pyr_fd_truncate(int32_t fd, int64_t size);
int64_t pyr_fd_seek(int32_t fd, int64_t off, int32_t whence, int32_t *err);
int32_t pyr_path_op(int32_t op, const uint8_t *p, uintptr_t n, const uint8_t *q, uintptr_t m);
int32_t pyr_stat(const uint8_t *p, uintptr_t n, int32_t follow, int64_t *out);
uint8_t *pyr_list_dir(const uint8_t *p, uintptr_t n, uintptr_t *out_len, int32_t *err);
uint8_t *pyr_realpath(const uint8_t *p, uintptr_t n, uintptr_t *len, int32_t *err);
uint8_t *pyr_getcwd(uintptr_t *len, int32_t *err);
const uint8_t *pyr_env(uintptr_t i, uintptr_t *len);
int64_t pyr_clock_ns(int32_t which);
void pyr_sleep(uint64_t secs, uint32_t nanos);

/* Entry points for the CLI backend's generated Main (built with -DPYR_CLI). */
#ifdef PYR_CLI
void pyr_cli_start(int32_t argc, char **argv);
void pyr_cli_finish(void);
#endif

/* Defined by the generated code. */
void pyr_main(void);

#endif
