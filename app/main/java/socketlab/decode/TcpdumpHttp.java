package socketlab.decode;

import java.util.Set;

/**
 * The HTTP part of a tcpdump -nn line (without -v), as tcpdump's print-http.c and its text-protocol reader write
 * it: {@code HTTP: GET / HTTP/1.1} when the segment starts with a request method or a status code, else just
 * {@code HTTP} (a continuation, such as the rest of a body).
 */
final class TcpdumpHttp {
    /** The request methods tcpdump knows (WebDAV's included), upper case; it compares them ignoring case. */
    private static final Set<String> METHODS = Set.of("GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST",
            "BCOPY", "BMOVE", "MKCOL", "TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE",
            "NOTIFY", "BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST", "SUBSCRIBE",
            "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE",
            "RPC_CONNECT", "VERSION-CONTROL", "BASELINE-CONTROL");
    private static final int TOKEN_ROOM = 129;

    private TcpdumpHttp() {
    }

    /** Whether tcpdump calls its HTTP printer for a TCP segment between these ports. */
    static boolean ports(int sport, int dport) {
        return sport == 80 || dport == 80 || sport == 8080 || dport == 8080;
    }

    /**
     * @param p    frame offset of the segment's data
     * @param len  the data's length by the IP header
     * @param snap the first frame offset tcpdump may not read
     */
    static void print(StringBuilder s, byte[] d, int p, int len, int snap) {
        snap = Math.min(snap, d.length);
        boolean printThis = false;
        StringBuilder token = new StringBuilder();
        int idx = token(d, p, 0, len, snap, token);
        if (idx != 0) {
            if (METHODS.contains(upper(token))) {
                printThis = true;
            }
            token.setLength(0);
            idx = token(d, p, idx, len, snap, token);
            if (idx != 0 && token.length() == 3 && Character.isDigit(token.charAt(0))
                    && isDigit(token.charAt(0)) && isDigit(token.charAt(1)) && isDigit(token.charAt(2))) {
                printThis = true;
            }
        }
        s.append("HTTP");
        if (printThis) {
            firstLine(s, d, p, len, snap);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String upper(CharSequence t) {
        StringBuilder u = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            u.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return u.toString();
    }

    /** tcpdump's fetch_token: the token at idx into {@code token}; the index after it and its blanks, or 0. */
    private static int token(byte[] d, int p, int idx, int len, int snap, StringBuilder token) {
        for (; idx < len; idx++) {
            if (p + idx >= snap) {
                return 0;
            }
            int c = d[p + idx] & 0xff;
            if (c >= 0x80) {
                return 0;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                break;
            }
            if (c < 0x20 || c > 0x7e) {
                return 0;
            }
            if (token.length() + 2 > TOKEN_ROOM) {
                return 0;
            }
            token.append((char) c);
        }
        if (token.isEmpty()) {
            return 0;
        }
        for (; idx < len; idx++) {
            if (p + idx >= snap) {
                break;
            }
            int c = d[p + idx] & 0xff;
            if (c == '\r' || c == '\n' || c < 0x20 || c > 0x7e || (c != ' ' && c != '\t')) {
                break;
            }
        }
        return idx;
    }

    /** tcpdump's print_txt_line for the first line, with ": " before it. */
    private static void firstLine(StringBuilder s, byte[] d, int p, int len, int snap) {
        int idx = 0;
        while (idx < len) {
            if (p + idx >= snap) {
                s.append(" [|http]");
                return;
            }
            int c = d[p + idx] & 0xff;
            if (c == '\n') {
                break;
            } else if (c == '\r') {
                if (idx + 1 >= len) {
                    return;
                }
                if (p + idx + 1 >= snap) {
                    s.append(" [|http]");
                    return;
                }
                if ((d[p + idx + 1] & 0xff) == '\n') {
                    break;
                }
                return;
            } else if ((c < 0x20 || c > 0x7e) && c != '\t') {
                return;
            }
            idx++;
        }
        s.append(": ");
        for (int i = 0; i < idx; i++) {
            s.append((char) (d[p + i] & 0xff));
        }
        if (idx >= len) {
            s.append(" [|http]");
        }
    }
}
