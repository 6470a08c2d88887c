/* Load generator for the benchmark, independent of the lab's Java code: THREADS client threads each make
 * CONNECTIONS connections to 127.0.0.1:PORT, send one line, check that exactly that line comes back, and close.
 * Prints connections/s, p50/p99 latency and failures. Bounded: THREADS x CONNECTIONS connections in all. */
#include <arpa/inet.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int port, per_thread;
static long failures;
static double *latencies;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *client(void *arg) {
    long index = (long)arg;
    static const char line[] = "hello, echo server\n";
    const size_t len = sizeof line - 1;
    for (int i = 0; i < per_thread; i++) {
        double start = now();
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port),
                                   .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        char reply[64];
        size_t got = 0;
        if (connect(fd, (struct sockaddr *)&addr, sizeof addr) == 0 && write(fd, line, len) == (ssize_t)len) {
            ssize_t n;
            while (got < len && (n = read(fd, reply + got, sizeof reply - got)) > 0) got += (size_t)n;
        }
        close(fd);
        if (got != len || memcmp(reply, line, len) != 0) __sync_fetch_and_add(&failures, 1);
        latencies[index * per_thread + i] = now() - start;
    }
    return NULL;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: %s PORT THREADS CONNECTIONS_PER_THREAD\n", argv[0]); return 2; }
    port = atoi(argv[1]);
    int threads = atoi(argv[2]);
    per_thread = atoi(argv[3]);
    if (threads < 1 || threads > 1000 || per_thread < 1 || per_thread > 100000) { fprintf(stderr, "out of range\n"); return 2; }
    long total = (long)threads * per_thread;
    latencies = calloc((size_t)total, sizeof *latencies);
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    double start = now();
    for (long i = 0; i < threads; i++) pthread_create(&ids[i], NULL, client, (void *)i);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    double elapsed = now() - start;
    qsort(latencies, (size_t)total, sizeof *latencies, by_value);
    printf("%ld connections in %.2f s: %.0f connections/s, p50 %.2f ms, p99 %.2f ms, failures %ld\n", total,
           elapsed, total / elapsed, latencies[total / 2] * 1e3, latencies[total * 99 / 100] * 1e3, failures);
    return failures == 0 ? 0 : 1;
}
