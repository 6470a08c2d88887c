package socketlab.server;

/** The HTTP status codes the lab web server answers with, each with its reason phrase and what it tells a client. */
enum HttpStatus {
    OK(200, "OK", "here is the page"),
    BAD_REQUEST(400, "Bad Request", "the request does not follow HTTP's syntax"),
    NOT_FOUND(404, "Not Found", "there is nothing at this path"),
    PAYLOAD_TOO_LARGE(413, "Payload Too Large", "the request's body is longer than the server accepts"),
    HEADERS_TOO_LARGE(431, "Request Header Fields Too Large",
            "the request line and headers are longer than the server accepts"),
    NOT_IMPLEMENTED(501, "Not Implemented", "the server does not do what the request asks"),
    VERSION_NOT_SUPPORTED(505, "HTTP Version Not Supported", "the server speaks HTTP/1.0 and HTTP/1.1 only");

    private final int code;
    private final String reason;
    private final String meaning;

    HttpStatus(int code, String reason, String meaning) {
        this.code = code;
        this.reason = reason;
        this.meaning = meaning;
    }

    int code() {
        return code;
    }

    /** The reason phrase of the status line, such as "Not Found". */
    String reason() {
        return reason;
    }

    /** What the status tells the client, in plain words. */
    String meaning() {
        return meaning;
    }

    /** "404 Not Found". */
    @Override
    public String toString() {
        return code + " " + reason;
    }
}
