/* References for the benchmark: the lectures' servers in C, of the same designs as the lab's.
 *   servers hello|echo threaded PORT        one detached pthread per accepted connection
 *   servers hello|echo semaphore N PORT     the same, but the accept loop waits on a semaphore of N permits before it
 *                                           starts a thread, and each thread posts its permit when its client is done
 * hello writes "Hello world!\n" and closes; echo sends every byte back (a full-write loop) until the client closes.
 * Listens on 127.0.0.1:PORT (0: the kernel chooses) with SO_REUSEADDR and backlog 1024; prints the port first. */
#include <arpa/inet.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int echo_kind;
static int limited;
static sem_t permits;

static int write_all(int fd, const char *buf, size_t n) {
    for (size_t off = 0; off < n;) {
        ssize_t w = write(fd, buf + off, n - off);
        if (w <= 0) return -1;
        off += (size_t)w;
    }
    return 0;
}

static void *serve(void *arg) {
    int fd = (int)(long)arg;
    if (echo_kind) {
        char buf[8192];
        ssize_t n;
        while ((n = read(fd, buf, sizeof buf)) > 0)
            if (write_all(fd, buf, (size_t)n) < 0) break;
    } else {
        static const char hello[] = "Hello world!\n";
        write_all(fd, hello, sizeof hello - 1);
    }
    close(fd);
    if (limited) sem_post(&permits);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 4 || (strcmp(argv[1], "hello") && strcmp(argv[1], "echo"))
        || (strcmp(argv[2], "threaded") == 0 ? argc != 4 : strcmp(argv[2], "semaphore") || argc != 5)) {
        fprintf(stderr, "usage: %s hello|echo threaded PORT | %s hello|echo semaphore N PORT\n", argv[0], argv[0]);
        return 2;
    }
    echo_kind = strcmp(argv[1], "echo") == 0;
    limited = strcmp(argv[2], "semaphore") == 0;
    if (limited) sem_init(&permits, 0, (unsigned)atoi(argv[3]));
    int listener = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(argv[argc - 1])),
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(listener, 1024) < 0) {
        perror("bind/listen");
        return 1;
    }
    socklen_t len = sizeof addr;
    getsockname(listener, (struct sockaddr *)&addr, &len); /* port 0: the kernel chose one */
    printf("listening on 127.0.0.1:%d\n", ntohs(addr.sin_port));
    fflush(stdout);
    for (;;) {
        int fd = accept(listener, NULL, NULL);
        if (fd < 0) continue;
        if (limited) sem_wait(&permits);
        pthread_t t;
        if (pthread_create(&t, NULL, serve, (void *)(long)fd) != 0) {
            close(fd);
            if (limited) sem_post(&permits);
            continue;
        }
        pthread_detach(t);
    }
}
