/* Load generator for the capture benchmark, independent of the lab's Java code: CONNECTIONS connections to
 * 127.0.0.1:PORT, CONCURRENT at a time (each of CONCURRENT threads makes its share one after another); each
 * connects, reads until the server closes, and closes. Prints connections/s, the time taken and failures. */
#include <arpa/inet.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int port;
static long connections, concurrent, failures;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *client(void *arg) {
    long index = (long)arg;
    long share = connections / concurrent + (index < connections % concurrent ? 1 : 0);
    for (long i = 0; i < share; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port),
                                   .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        char buf[256];
        long got = 0;
        ssize_t n = -1;
        if (fd >= 0 && connect(fd, (struct sockaddr *)&addr, sizeof addr) == 0) {
            while ((n = read(fd, buf, sizeof buf)) > 0) got += n;
        }
        if (fd >= 0) close(fd);
        if (n != 0 || got == 0) __sync_fetch_and_add(&failures, 1);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: hello_load PORT CONNECTIONS CONCURRENT\n");
        return 2;
    }
    port = atoi(argv[1]);
    connections = atol(argv[2]);
    concurrent = atol(argv[3]);
    if (connections < 1 || concurrent < 1 || concurrent > connections) {
        fprintf(stderr, "hello_load: need 1 <= CONCURRENT <= CONNECTIONS\n");
        return 2;
    }
    pthread_t *threads = calloc((size_t)concurrent, sizeof *threads);
    double start = now();
    for (long i = 0; i < concurrent; i++) pthread_create(&threads[i], NULL, client, (void *)i);
    for (long i = 0; i < concurrent; i++) pthread_join(threads[i], NULL);
    double took = now() - start;
    printf("%ld connections, %ld at a time, in %.2f s: %.0f connections/s, %ld failed\n", connections, concurrent,
           took, connections / took, failures);
    return failures == 0 ? 0 : 1;
}
