/* A fault injector for the real daemon in tests, loaded with LD_PRELOAD (issue 12).
 *
 * SITBREAK_TEST_CLOCK_OFFSET_FILE=F: CLOCK_REALTIME (clock_gettime, gettimeofday, time)
 *   reads as the real time plus the seconds written in F (e.g. "28800" or "-3600"), read
 *   afresh at every call: the test steps the wall clock by writing F. No other clock moves,
 *   as when an administrator or NTP sets the clock.
 * SITBREAK_TEST_KILL_ON_SEND=F: while file F exists, the process kills itself with SIGKILL
 *   the next time it sends a message on a socket (sendmsg, writev), before the message
 *   goes out: the daemon dies after committing a command and before answering it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

static long long offset_seconds(void) {
    const char* file = getenv("SITBREAK_TEST_CLOCK_OFFSET_FILE");
    if (file == NULL) return 0;
    const int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    char text[32] = {0};
    const ssize_t got = read(fd, text, sizeof text - 1);
    close(fd);
    return got > 0 ? strtoll(text, NULL, 10) : 0;
}

int clock_gettime(clockid_t clock, struct timespec* now) {
    static int (*real)(clockid_t, struct timespec*);
    if (real == NULL) real = (int (*)(clockid_t, struct timespec*))dlsym(RTLD_NEXT, "clock_gettime");
    const int result = real(clock, now);
    if (result == 0 && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE)) {
        now->tv_sec += offset_seconds();
    }
    return result;
}

int gettimeofday(struct timeval* restrict now, void* restrict zone) {
    struct timespec spec;
    (void)zone;
    if (clock_gettime(CLOCK_REALTIME, &spec) != 0) return -1;
    now->tv_sec = spec.tv_sec;
    now->tv_usec = spec.tv_nsec / 1000;
    return 0;
}

time_t time(time_t* out) {
    struct timespec spec;
    clock_gettime(CLOCK_REALTIME, &spec);
    if (out != NULL) *out = spec.tv_sec;
    return spec.tv_sec;
}

static void die_if_asked(void) {
    const char* flag = getenv("SITBREAK_TEST_KILL_ON_SEND");
    if (flag != NULL && access(flag, F_OK) == 0) raise(SIGKILL);
}

ssize_t sendmsg(int fd, const struct msghdr* message, int flags) {
    static ssize_t (*real)(int, const struct msghdr*, int);
    if (real == NULL) real = (ssize_t(*)(int, const struct msghdr*, int))dlsym(RTLD_NEXT, "sendmsg");
    die_if_asked();
    return real(fd, message, flags);
}

ssize_t writev(int fd, const struct iovec* parts, int count) {
    static ssize_t (*real)(int, const struct iovec*, int);
    if (real == NULL) real = (ssize_t(*)(int, const struct iovec*, int))dlsym(RTLD_NEXT, "writev");
    die_if_asked();
    return real(fd, parts, count);
}
