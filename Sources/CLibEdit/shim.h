#ifndef NQ_CLIBEDIT_SHIM_H
#define NQ_CLIBEDIT_SHIM_H

// Swift cannot call C variadic functions (el_set, el_get, history, ioctl) nor read C globals such
// as stdin safely under Swift 6 concurrency checking, so each call shape nq uses gets a small
// fixed-argument wrapper here.

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <histedit.h>

// MARK: Standard streams

static inline FILE *nq_stdin(void) { return stdin; }
static inline FILE *nq_stdout(void) { return stdout; }
static inline FILE *nq_stderr(void) { return stderr; }

// MARK: Terminal

/// Columns of the terminal on `fd`, or 0 when it is not a terminal or reports no size.
static inline int nq_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

/// Rows of the terminal on `fd`, or 0 when it is not a terminal or reports no size.
static inline int nq_terminal_rows(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_row;
}

/// Writes `text` to the standard input of `command` run by the shell (a pager) and waits for it.
/// Ctrl-C belongs to the pager meanwhile. Returns the command's status, or -1 when it could not
/// be started.
static inline int nq_page(const char *command, const char *text, size_t length) {
    struct sigaction ignore, previous;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &previous);
    FILE *pipe = popen(command, "w");
    int status = -1;
    if (pipe != NULL) {
        fwrite(text, 1, length, pipe);
        status = pclose(pipe);
    }
    sigaction(SIGINT, &previous, NULL);
    return status;
}

/// Sets LC_CTYPE from the environment; falls back to C.UTF-8 when that is not UTF-8, because
/// libedit silently drops non-ASCII input in the C locale.
static inline void nq_setup_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
}

// MARK: Ctrl-C while a statement runs

// A signal handler may only touch a volatile sig_atomic_t; these flags are the whole state.
static volatile sig_atomic_t nq_interrupt_flag = 0;
static volatile sig_atomic_t nq_interrupt_second_exits = 0;

static inline void nq_interrupt_handler(int signo) {
    (void)signo;
    // In a script a second Ctrl-C ends nq at once, should a statement not stop for the first.
    if (nq_interrupt_flag && nq_interrupt_second_exits) _exit(130);
    nq_interrupt_flag = 1;
}

/// Catches SIGINT into a flag (no SA_RESTART, so a blocked read returns) instead of ending nq.
/// With `second_exits`, a second Ctrl-C before the flag is cleared ends nq with status 130.
/// A batch run started with SIGINT ignored (`nq script.nq &` from a script) keeps ignoring it;
/// a SIGINT blocked by the parent is unblocked, or Ctrl-C would never arrive.
static inline int nq_catch_interrupts(int second_exits) {
    nq_interrupt_second_exits = second_exits;
    struct sigaction previous;
    if (second_exits && sigaction(SIGINT, NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) return 0;
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = nq_interrupt_handler;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGINT, &action, NULL);
}

/// Clears the flag: the next statement starts clean.
static inline void nq_clear_interrupt(void) { nq_interrupt_flag = 0; }

/// Whether Ctrl-C was pressed since the flag was last cleared.
static inline int nq_interrupt_pending(void) { return nq_interrupt_flag; }

/// Writes to a closed pipe fail with EPIPE instead of killing the process.
static inline void nq_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

// MARK: el_set / el_get call shapes

typedef char *(*nq_prompt_fn)(EditLine *);
typedef unsigned char (*nq_command_fn)(EditLine *, int);

static inline int nq_el_set_prompt(EditLine *el, nq_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int nq_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int nq_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int nq_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline int nq_el_prep_term(EditLine *el, int on) { return el_set(el, EL_PREP_TERM, on); }
static inline int nq_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

static inline int nq_el_add_function(EditLine *el, const char *name, const char *help, nq_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int nq_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

/// `el_set(el, EL_SETTY, mode, setting, NULL)`, e.g. ("-d", "-isig") so Ctrl-C reaches a binding.
static inline int nq_el_setty(EditLine *el, const char *mode, const char *setting) {
    return el_set(el, EL_SETTY, mode, setting, NULL);
}

static inline void *nq_el_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

/// Characters between the cursor and the end of the line (wide characters, as el_cursor counts).
static inline int nq_el_chars_after_cursor(EditLine *el) {
    const LineInfoW *line = el_wline(el);
    return (int)(line->lastchar - line->cursor);
}

// MARK: history call shapes

static inline int nq_history_set_size(History *h, HistEvent *ev, int size) { return history(h, ev, H_SETSIZE, size); }
static inline int nq_history_set_unique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int nq_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int nq_history_load(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_LOAD, path); }
static inline int nq_history_save_fp(History *h, HistEvent *ev, FILE *fp) { return history(h, ev, H_SAVE_FP, fp); }

#endif
