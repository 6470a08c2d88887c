package socketlab.decode;

import java.util.Locale;

/**
 * The Info column of application-layer packets, in Wireshark's words: {@code Standard query 0x1234 A
 * www.example.lab OPT}, {@code GET /index.html HTTP/1.0}, {@code Client Hello (SNI=lab.test)}.
 */
final class AppInfo {
    private AppInfo() {
    }

    /** The info text of the frame's application layer, or {@code null} when it has none the lab describes. */
    static String of(Frame f) {
        Layer dns = f.find(Protocol.DNS);
        if (dns != null && dns.find(DnsDissector.FLAGS) != null) {
            return dns(dns);
        }
        Layer tls = f.find(Protocol.TLS);
        if (tls != null) {
            return tls(tls);
        }
        Layer lab = f.find(Protocol.LAB);
        if (lab != null && !lab.fields().isEmpty()) {
            Field first = lab.fields().getFirst();
            return first.string() + (lab.fields().size() > 1 ? " (+" + (lab.fields().size() - 1) + " more lines)"
                    : "");
        }
        Layer http = f.find(Protocol.HTTP);
        if (http != null) {
            return http(http);
        }
        return null;
    }

    /**
     * What each record of the segment holds, joined by commas: the handshake messages sent in the clear (a
     * ClientHello with the server name it asks for), else the kind of encrypted record.
     */
    static String tls(Layer tls) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        long ct = -1;
        boolean handshake = false;
        for (Field x : tls.fields()) {
            FieldDef def = x.def();
            if (def == TlsDissector.RECORD) {
                recordEnd(parts, ct, handshake);
                ct = -1;
                handshake = false;
            } else if (def == TlsDissector.CONTENT_TYPE || def == TlsDissector.OPAQUE_TYPE) {
                ct = x.number();
            } else if (def == TlsDissector.HANDSHAKE_TYPE) {
                parts.add(TlsNames.handshakeType((int) x.number()));
                handshake = true;
            } else if (def == TlsDissector.SERVER_NAME && !parts.isEmpty()
                    && parts.getLast().equals("Client Hello")) {
                parts.set(parts.size() - 1, "Client Hello (SNI=" + x.string() + ")");
            } else if (def == TlsDissector.CONTINUATION) {
                parts.add("Continuation Data");
            }
        }
        recordEnd(parts, ct, handshake);
        return String.join(", ", parts);
    }

    /**
     * The Protocol column of a TLS frame, as Wireshark 4.0 fills it: the version the connection chose once the
     * ServerHello has said it (its supported_versions extension for TLS 1.3, else its own version field), and before
     * that the version of the frame's first record (a ClientHello's record says TLSv1 for compatibility); a segment
     * that starts with no record header, on a connection that has not chosen TLS 1.3, is plain TLS.
     */
    static String tlsVersion(Frame f, Layer tls) {
        int handshakeType = -1;
        int serverVersion = -1;
        int recordVersion = -1;
        for (Field x : tls.fields()) {
            FieldDef def = x.def();
            if (def == TlsDissector.RECORD_VERSION && recordVersion < 0) {
                recordVersion = (int) x.number();
            } else if (def == TlsDissector.HANDSHAKE_TYPE) {
                handshakeType = (int) x.number();
            } else if (handshakeType == 2 && (def == TlsDissector.HANDSHAKE_VERSION
                    || def == TlsDissector.SUPPORTED_VERSION)) {
                serverVersion = (int) x.number(); // the extension comes after the field and overrides it
            }
        }
        int version = serverVersion >= 0 ? serverVersion : f.tls13() ? 0x0304 : recordVersion;
        return version < 0 ? Protocol.TLS.column() : TlsNames.recordWord(version);
    }

    private static void recordEnd(java.util.List<String> parts, long ct, boolean handshake) {
        if (ct < 0 || handshake) {
            return;
        }
        parts.add(switch ((int) ct) {
            case 22 -> "Encrypted Handshake Message";
            case 23 -> "Application Data";
            case 20 -> "Change Cipher Spec";
            case 21 -> "Encrypted Alert";
            default -> "Heartbeat";
        });
    }

    /**
     * The request or status line with a space after it, as Wireshark shows it (the line's CR LF becomes the space),
     * and the body's media type when the body starts in this segment; {@code Continuation} for any other segment.
     */
    static String http(Layer http) {
        Field first = http.field(HttpDissector.REQUEST).or(() -> http.field(HttpDissector.RESPONSE)).orElse(null);
        if (first == null) {
            return "Continuation";
        }
        StringBuilder s = new StringBuilder(first.string()).append(' ');
        String type = http.text(HttpDissector.CONTENT_TYPE);
        if (type != null && http.field(HttpDissector.FILE_DATA).isPresent()) {
            int semi = type.indexOf(';');
            s.append(" (").append(semi < 0 ? type : type.substring(0, semi)).append(')');
        }
        return s.toString();
    }

    /**
     * The opcode, "response", the ID and a reply code other than "no error", then each question as TYPE name and
     * each record as TYPE and its data in short (A, AAAA, CNAME, NS, PTR, MX, SOA's server; only the type for
     * others), all sections in wire order.
     */
    static String dns(Layer dns) {
        StringBuilder s = new StringBuilder(96);
        long flags = dns.number(DnsDissector.FLAGS, 0);
        boolean response = (flags & 0x8000) != 0;
        s.append(DnsNames.opcode((int) (flags >> 11) & 0xf)).append(response ? " response" : "")
                .append(String.format(Locale.ROOT, " 0x%04x", dns.number(DnsDissector.ID, 0)));
        if (response && (flags & 0xf) != 0) {
            s.append(' ').append(DnsNames.rcode((int) flags & 0xf));
        }
        String qname = null;
        for (Field x : dns.fields()) {
            FieldDef def = x.def();
            if (def == DnsDissector.QRY_NAME) {
                qname = x.string();
            } else if (def == DnsDissector.QRY_TYPE) {
                s.append(' ').append(DnsNames.type((int) x.number())).append(' ').append(qname);
            } else if (def == DnsDissector.RESP_TYPE) {
                s.append(' ').append(DnsNames.type((int) x.number()));
            } else if (def == DnsDissector.A || def == DnsDissector.AAAA || def == DnsDissector.CNAME
                    || def == DnsDissector.NS || def == DnsDissector.PTR || def == DnsDissector.MX_EXCHANGE
                    || def == DnsDissector.SOA_MNAME) {
                s.append(' ').append(x.string());
            } else if (def == DnsDissector.MX_PREF) {
                s.append(' ').append(x.number());
            }
        }
        return s.toString();
    }
}
