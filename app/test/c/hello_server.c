/* Hello server for the capture benchmark, independent of the lab's Java code: listens on 127.0.0.1:PORT (0 for a
 * port the kernel chooses, named on the first line), and for every connection writes one line and closes, as the
 * lectures' iterative hello server does. Two threads accept, so the server keeps up with 64 concurrent clients.
 * Runs until killed. */
#include <arpa/inet.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static int listener;

static void *serve(void *unused) {
    static const char line[] = "hello from the C server\n";
    (void)unused;
    for (;;) {
        int fd = accept(listener, NULL, NULL);
        if (fd < 0) continue;
        if (write(fd, line, sizeof line - 1) < 0) perror("write");
        close(fd);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: hello_server PORT\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    listener = socket(AF_INET, SOCK_STREAM, 0);
    int on = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(argv[1])),
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof addr;
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(listener, 4096) != 0 ||
        getsockname(listener, (struct sockaddr *)&addr, &len) != 0) {
        perror("hello_server");
        return 1;
    }
    printf("listening on 127.0.0.1:%d\n", ntohs(addr.sin_port));
    fflush(stdout);
    pthread_t t;
    pthread_create(&t, NULL, serve, NULL);
    serve(NULL);
    return 0;
}
