package socketlab.ui.server;

import socketlab.server.ServerEvent;
import socketlab.server.SocketCall;

/**
 * Tells the teaching strip to light a step: the socket call seen last in one pulse.
 *
 * @param call        the call that happened
 * @param startup     true right after the server started: light socket, setsockopt, bind and listen in turn
 * @param seq         distinguishes repeated flashes of the same call
 * @param code        the call as the strip writes it, e.g. "read()", or for the web server the request it read
 * @param explanation what the call did, in the lectures' words
 */
public record StepFlash(SocketCall call, boolean startup, long seq, String code, String explanation) {

    /** A flash that shows the call's own code and explanation. */
    public StepFlash(SocketCall call, boolean startup, long seq) {
        this(call, startup, seq, call.code(), call.explanation());
    }

    /** The flash for {@code last}, the newest event of a pulse: a web server's request and response in HTTP's words. */
    static StepFlash of(ServerEvent last, boolean startup, long seq) {
        return switch (last) {
            case ServerEvent.HttpRequestRead r -> new StepFlash(r.call(), startup, seq,
                    "read() → " + r.requestLine(), "the request: a request line (method, path, HTTP version),"
                    + " header lines, then an empty line that ends it");
            case ServerEvent.HttpResponseWritten w -> new StepFlash(w.call(), startup, seq,
                    "write() → " + w.statusLine(), "the response: a status line, header lines (Content-Length"
                    + " says where the page ends), an empty line, then the page"
                    + (w.keepOpen() ? "; the socket stays open for the next request (keep-alive)"
                    : "; then the server closes the socket"));
            default -> new StepFlash(last.call(), startup, seq);
        };
    }
}
