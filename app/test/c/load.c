/* Load generator for the benchmark, independent of the lab's Java code: THREADS client threads each make
 * CONNECTIONS connections to 127.0.0.1:PORT, one after another.
 *   LINES > 0 (echo): each connection sends LINES lines, one at a time, and checks that each comes back whole before
 *                     sending the next, then closes.
 *   LINES = 0 (hello): each connection reads until the server closes and checks that something came.
 * Prints connections/s, p50/p99 latency of a whole connection and failures. */
#include <arpa/inet.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int port, per_thread, lines;
static long failures;
static double *latencies;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int one_connection(void) {
    static const char line[] = "hello, echo server\n";
    const size_t len = sizeof line - 1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port),
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    int ok = connect(fd, (struct sockaddr *)&addr, sizeof addr) == 0;
    char reply[256];
    if (ok && lines == 0) {
        size_t got = 0;
        ssize_t n;
        while ((n = read(fd, reply, sizeof reply)) > 0) got += (size_t)n;
        ok = got > 0;
    }
    for (int l = 0; ok && l < lines; l++) {
        ok = write(fd, line, len) == (ssize_t)len;
        size_t got = 0;
        ssize_t n;
        while (ok && got < len && (n = read(fd, reply + got, sizeof reply - got)) > 0) got += (size_t)n;
        ok = ok && got == len && memcmp(reply, line, len) == 0;
    }
    close(fd);
    return ok;
}

static void *client(void *arg) {
    long index = (long)arg;
    for (int i = 0; i < per_thread; i++) {
        double start = now();
        if (!one_connection()) __sync_fetch_and_add(&failures, 1);
        latencies[index * per_thread + i] = now() - start;
    }
    return NULL;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: %s PORT THREADS CONNECTIONS_PER_THREAD LINES\n", argv[0]); return 2; }
    port = atoi(argv[1]);
    int threads = atoi(argv[2]);
    per_thread = atoi(argv[3]);
    lines = atoi(argv[4]);
    if (threads < 1 || threads > 1000 || per_thread < 1 || per_thread > 100000 || lines < 0 || lines > 1000) {
        fprintf(stderr, "out of range\n");
        return 2;
    }
    long total = (long)threads * per_thread;
    latencies = calloc((size_t)total, sizeof *latencies);
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    double start = now();
    for (long i = 0; i < threads; i++) pthread_create(&ids[i], NULL, client, (void *)i);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    double elapsed = now() - start;
    qsort(latencies, (size_t)total, sizeof *latencies, by_value);
    printf("%.0f conn/s  p50 %.2f ms  p99 %.2f ms  failures %ld\n", total / elapsed, latencies[total / 2] * 1e3,
           latencies[total * 99 / 100] * 1e3, failures);
    return failures == 0 ? 0 : 1;
}
