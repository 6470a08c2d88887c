package socketlab.decode;

/**
 * TLS records (RFC 8446, RFC 5246) on TCP port 443, one segment at a time: each record's header, the handshake
 * messages sent in the clear (for a ClientHello the offered versions, cipher suites, the server name (SNI) and
 * ALPN; for a ServerHello the chosen version and cipher suite), and encrypted records as what they are: bytes nobody
 * on the path can read.
 */
final class TlsDissector {
    static final FieldDef RECORD = FieldDef.of("tls.record", "Record", FieldFormat.TEXT,
            "One TLS record: a 5-byte header (type, version, length) and up to 16 KiB of data. Everything after the"
                    + " handshake travels in records the path cannot read.");
    static final FieldDef CONTENT_TYPE = FieldDef.named("tls.record.content_type", "Content Type",
            TlsNames::contentType, "What the record carries: 22 handshake, 23 application data (encrypted), 20"
                    + " change cipher spec, 21 alert.");
    static final FieldDef OPAQUE_TYPE = FieldDef.named("tls.record.opaque_type", "Opaque Type",
            TlsNames::contentType, "TLS 1.3 writes 23 (application data) on every encrypted record: the real type is"
                    + " inside, encrypted, so the path cannot even tell handshake from data.");
    static final FieldDef RECORD_VERSION = FieldDef.namedHex("tls.record.version", "Version", TlsNames::version,
            "The record layer's version; TLS 1.3 still writes 1.2 (0x0303) here so that old middleboxes let it"
                    + " through.");
    static final FieldDef RECORD_LENGTH = FieldDef.decimal("tls.record.length", "Length", "bytes",
            "How many bytes of data follow the header.");
    static final FieldDef HANDSHAKE_TYPE = FieldDef.named("tls.handshake.type", "Handshake Type",
            TlsNames::handshakeType, "Which handshake message: 1 ClientHello, 2 ServerHello, 11 Certificate, ...");
    static final FieldDef HANDSHAKE_LENGTH = FieldDef.decimal("tls.handshake.length", "Length", "bytes",
            "How long the handshake message is.");
    static final FieldDef HANDSHAKE_VERSION = FieldDef.namedHex("tls.handshake.version", "Version",
            TlsNames::version, "The version in the hello; TLS 1.3 says 1.2 here and the real one in the"
                    + " supported_versions extension.");
    static final FieldDef RANDOM = new FieldDef("tls.handshake.random", "Random", FieldFormat.BYTES, "", null,
            "32 random bytes from each side; both go into the keys, so each connection's keys are new.");
    static final FieldDef SESSION_ID_LENGTH = FieldDef.decimal("tls.handshake.session_id_length",
            "Session ID Length", "bytes", "How long the session ID is.");
    static final FieldDef SESSION_ID = new FieldDef("tls.handshake.session_id", "Session ID", FieldFormat.BYTES, "",
            null, "An ID for resuming an earlier session (TLS 1.3 sends a random one for compatibility).");
    static final FieldDef SUITES_LENGTH = FieldDef.decimal("tls.handshake.cipher_suites_length",
            "Cipher Suites Length", "bytes", "How many bytes of cipher suites follow (2 each).");
    static final FieldDef CIPHER_SUITE = FieldDef.namedHex("tls.handshake.ciphersuite", "Cipher Suite",
            TlsNames::cipherSuite, "A way to encrypt and authenticate: the client offers a list, the server picks"
                    + " one.");
    static final FieldDef COMP_LENGTH = FieldDef.decimal("tls.handshake.comp_methods_length",
            "Compression Methods Length", "", "How many compression methods follow.");
    static final FieldDef COMP_METHOD = FieldDef.decimal("tls.handshake.comp_method", "Compression Method", "",
            "0, none: compressing before encrypting leaked secrets (CRIME), so nobody does.");
    static final FieldDef EXTENSIONS_LENGTH = FieldDef.decimal("tls.handshake.extensions_length",
            "Extensions Length", "bytes", "How many bytes of extensions follow.");
    static final FieldDef EXTENSION = FieldDef.of("tls.handshake.extension", "Extension", FieldFormat.TEXT,
            "One extension of the hello.");
    static final FieldDef EXTENSION_TYPE = FieldDef.named("tls.handshake.extension.type", "Type",
            TlsNames::extension, "Which extension: 0 server name, 16 ALPN, 43 supported versions, 51 key share.");
    static final FieldDef EXTENSION_LENGTH = FieldDef.decimal("tls.handshake.extension.len", "Length", "bytes",
            "How many bytes the extension has.");
    static final FieldDef SERVER_NAME = FieldDef.of("tls.handshake.extensions_server_name", "Server Name",
            FieldFormat.TEXT, "SNI: the name of the site, sent in the clear so that one address can serve many"
                    + " sites. Anyone on the path sees which site you visit, though not which page.");
    static final FieldDef ALPN = FieldDef.of("tls.handshake.extensions_alpn_str", "ALPN Next Protocol",
            FieldFormat.TEXT, "A protocol the client can speak inside the encrypted channel (h2, http/1.1).");
    static final FieldDef SUPPORTED_VERSION = FieldDef.namedHex("tls.handshake.extensions.supported_version",
            "Supported Version", TlsNames::version, "A TLS version the client offers, or the one the server chose.");
    static final FieldDef EXTENSION_DATA = new FieldDef("tls.handshake.extension.data", "Data", FieldFormat.BYTES,
            "", null, "The extension's contents.");
    static final FieldDef HANDSHAKE_BODY = new FieldDef("tls.handshake.body", "Handshake Message",
            FieldFormat.BYTES, "", null, "The rest of the handshake message (certificates, key exchange).");
    static final FieldDef ENCRYPTED = new FieldDef("tls.app_data", "Encrypted Application Data", FieldFormat.BYTES,
            "", null, "Encrypted: the page, the request, the cookies and, in TLS 1.3, most of the handshake too."
                    + " Without the keys nobody on the path can read them, only their size and timing.");
    static final FieldDef CONTINUATION = new FieldDef("tls.continuation_data", "Continuation Data",
            FieldFormat.BYTES, "", null, "More of a record that began in an earlier segment.");

    private TlsDissector() {
    }

    static void register() {
        DissectorTables.tcpPort(PortNumber.HTTPS, TlsDissector::dissect);
    }

    /** Whether a record may start here: a content type TLS defines and a version of the 3.x family. */
    private static boolean recordStart(byte[] data, int p, int captured) {
        if (p + 3 > captured) {
            return false;
        }
        int ct = data[p] & 0xff;
        return ct >= 20 && ct <= 24 && data[p + 1] == 3 && (data[p + 2] & 0xff) <= 4;
    }

    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        byte[] data = d.data;
        int captured = Math.min(end, data.length);
        if (!recordStart(data, start, captured)) {
            b.bytes(CONTINUATION, 0, end - start);
            d.protocol(b.build(Protocol.TLS, end - start));
            cut(d, start, end, captured);
            return;
        }
        int p = start;
        if (d.streams != null) {
            d.tls13 = d.tcp != null && d.streams.isTls13(d.tcp.stream());
        }
        boolean tls13 = d.tls13;
        boolean encrypted = false;
        String problem = null;
        int problemAt = 0;
        while (p < end && problem == null) {
            if (!recordStart(data, p, captured)) {
                if (p + 3 <= captured) {
                    b.bytes(CONTINUATION, p - start, end - p);
                }
                break;
            }
            if (p + 5 > captured) {
                break; // the header goes on in the next segment (or the capture cut it)
            }
            int ct = data[p] & 0xff;
            int version = ((data[p + 1] & 0xff) << 8) | (data[p + 2] & 0xff);
            int len = ((data[p + 3] & 0xff) << 8) | (data[p + 4] & 0xff);
            int body = p + 5;
            int bodyEnd = Math.min(body + len, end);
            if (b.eager()) {
                b.span(RECORD, p - start, Math.min(5 + len, end - p), 0, TlsNames.recordWord(version)
                        + " Record Layer: " + recordTitle(data, ct, body, len, captured, encrypted));
                b.nest();
            }
            b.u8(tls13 && ct == 23 ? OPAQUE_TYPE : CONTENT_TYPE, p - start);
            b.u16(RECORD_VERSION, p + 1 - start);
            b.u16(RECORD_LENGTH, p + 3 - start);
            if (ct == 22 && !encrypted && handshakeInClear(data, body, len, captured)) {
                try {
                    if (handshake(b, data, start, body, Math.min(bodyEnd, captured))) {
                        tls13 = true;
                        if (d.streams != null && d.tcp != null) {
                            d.streams.markTls13(d.tcp.stream());
                        }
                    }
                } catch (Bad bad) {
                    problem = bad.getMessage();
                    problemAt = bad.at;
                }
            } else if (len > 0 && ct != 20) {
                b.bytes(ENCRYPTED, body - start, bodyEnd - body);
            } else if (len > 0) {
                b.bytes(HANDSHAKE_BODY, body - start, bodyEnd - body);
            }
            if (b.eager()) {
                b.unnest();
            }
            if (ct == 20) {
                encrypted = true;
            }
            p = body + len;
        }
        d.protocol(b.build(Protocol.TLS, end - start));
        if (captured < end) {
            cut(d, start, end, captured);
        } else if (problem != null) {
            d.malformed(problem, problemAt);
        }
    }

    private static void cut(Dissection d, int start, int end, int captured) {
        if (captured < end) {
            d.malformed("TLS data cut short by the capture: " + (captured - start) + " of " + (end - start)
                    + " bytes captured", captured);
        }
    }

    /**
     * Whether a handshake record's data reads as handshake messages in the clear: a known type whose length fits the
     * record. After a ChangeCipherSpec (TLS 1.2's Finished) or in TLS 1.3 the data is encrypted and does not.
     */
    private static boolean handshakeInClear(byte[] data, int body, int len, int captured) {
        if (len < 4 || body + 4 > captured) {
            return false;
        }
        int type = data[body] & 0xff;
        int mlen = ((data[body + 1] & 0xff) << 16) | ((data[body + 2] & 0xff) << 8) | (data[body + 3] & 0xff);
        return TlsNames.knownHandshake(type) && mlen + 4 <= len;
    }

    private static String recordTitle(byte[] data, int ct, int body, int len, int captured, boolean encrypted) {
        if (ct == 22) {
            return !encrypted && handshakeInClear(data, body, len, captured)
                    ? "Handshake Protocol: " + TlsNames.handshakeType(data[body] & 0xff)
                    : "Handshake Protocol: Encrypted Handshake Message";
        }
        return TlsNames.contentType(ct) + " Protocol" + (ct == 23 ? ": Application Data" : "");
    }

    /** A problem inside a handshake message, at a frame offset. */
    private static final class Bad extends Exception {
        final int at;

        Bad(String why, int at) {
            super(why, null, false, false);
            this.at = at;
        }
    }

    private static int u16(byte[] d, int p) {
        return ((d[p] & 0xff) << 8) | (d[p + 1] & 0xff);
    }

    private static void need(int p, int n, int limit, String what) throws Bad {
        if (p + n > limit) {
            throw new Bad("TLS " + what + " runs past the end of its message", Math.min(p, limit));
        }
    }

    /**
     * The handshake messages of one record, from {@code p} to {@code limit}.
     *
     * @return whether a ServerHello among them chose TLS 1.3
     */
    private static boolean handshake(LayerBuilder b, byte[] data, int start, int p, int limit) throws Bad {
        boolean tls13 = false;
        while (p + 4 <= limit) {
            int type = data[p] & 0xff;
            int mlen = ((data[p + 1] & 0xff) << 16) | ((data[p + 2] & 0xff) << 8) | (data[p + 3] & 0xff);
            b.u8(HANDSHAKE_TYPE, p - start);
            b.bits(HANDSHAKE_LENGTH, p + 1 - start, 0, 24, 1);
            int body = p + 4;
            int end = Math.min(body + mlen, limit);
            if (type == 1 || type == 2) {
                tls13 |= hello(b, data, start, body, end, type == 1) == 0x0304 && type == 2;
            } else if (mlen > 0) {
                b.bytes(HANDSHAKE_BODY, body - start, end - body);
            }
            p = body + mlen;
        }
        return tls13;
    }

    /** @return the version a ServerHello's supported_versions extension chose, or 0 */
    private static int hello(LayerBuilder b, byte[] data, int start, int p, int end, boolean client) throws Bad {
        need(p, 2 + 32 + 1, end, "hello");
        b.u16(HANDSHAKE_VERSION, p - start);
        b.bytes(RANDOM, p + 2 - start, 32);
        p += 34;
        int sid = data[p] & 0xff;
        b.u8(SESSION_ID_LENGTH, p - start);
        need(p + 1, sid, end, "session ID");
        if (sid > 0) {
            b.bytes(SESSION_ID, p + 1 - start, sid);
        }
        p += 1 + sid;
        if (client) {
            need(p, 2, end, "cipher suite list");
            int n = u16(data, p);
            b.u16(SUITES_LENGTH, p - start);
            need(p + 2, n, end, "cipher suite list");
            for (int i = 0; i + 1 < n; i += 2) {
                b.u16(CIPHER_SUITE, p + 2 + i - start);
            }
            p += 2 + n;
            need(p, 1, end, "compression methods");
            int c = data[p] & 0xff;
            b.u8(COMP_LENGTH, p - start);
            need(p + 1, c, end, "compression methods");
            for (int i = 0; i < c; i++) {
                b.u8(COMP_METHOD, p + 1 + i - start);
            }
            p += 1 + c;
        } else {
            need(p, 3, end, "cipher suite");
            b.u16(CIPHER_SUITE, p - start);
            b.u8(COMP_METHOD, p + 2 - start);
            p += 3;
        }
        if (p + 2 > end) {
            return 0; // no extensions
        }
        int chosen = 0;
        int total = u16(data, p);
        b.u16(EXTENSIONS_LENGTH, p - start);
        p += 2;
        need(p, total, end, "extension list");
        int stop = p + total;
        while (p + 4 <= stop) {
            int type = u16(data, p);
            int len = u16(data, p + 2);
            need(p + 4, len, stop, TlsNames.extension(type) + " extension");
            if (b.eager()) {
                b.span(EXTENSION, p - start, 4 + len, 0, TlsNames.extension(type) + " (len=" + len + ")");
                b.nest();
            }
            b.u16(EXTENSION_TYPE, p - start);
            b.u16(EXTENSION_LENGTH, p + 2 - start);
            extension(b, data, start, type, p + 4, p + 4 + len, client);
            if (type == 43 && !client && len == 2) {
                chosen = u16(data, p + 4);
            }
            if (b.eager()) {
                b.unnest();
            }
            p += 4 + len;
        }
        return chosen;
    }

    private static void extension(LayerBuilder b, byte[] data, int start, int type, int p, int end, boolean client)
            throws Bad {
        switch (type) {
            case 0 -> {
                if (p == end) {
                    return; // a server's empty acknowledgement
                }
                need(p, 2, end, "server name list");
                int q = p + 2;
                while (q + 3 <= end) {
                    int len = u16(data, q + 1);
                    need(q + 3, len, end, "server name");
                    if (data[q] == 0) {
                        b.span(SERVER_NAME, q + 3 - start, len, 0, b.eager() ? text(data, q + 3, len) : null);
                    }
                    q += 3 + len;
                }
            }
            case 16 -> {
                need(p, 2, end, "ALPN list");
                int q = p + 2;
                while (q < end) {
                    int len = data[q] & 0xff;
                    need(q + 1, len, end, "ALPN protocol name");
                    b.span(ALPN, q + 1 - start, len, 0, b.eager() ? text(data, q + 1, len) : null);
                    q += 1 + len;
                }
            }
            case 43 -> {
                if (client) {
                    need(p, 1, end, "supported versions list");
                    int n = data[p] & 0xff;
                    need(p + 1, n, end, "supported versions list");
                    for (int i = 0; i + 1 < n; i += 2) {
                        b.u16(SUPPORTED_VERSION, p + 1 + i - start);
                    }
                } else {
                    need(p, 2, end, "supported version");
                    b.u16(SUPPORTED_VERSION, p - start);
                }
            }
            default -> {
                if (end > p) {
                    b.bytes(EXTENSION_DATA, p - start, end - p);
                }
            }
        }
    }

    private static String text(byte[] data, int from, int len) {
        StringBuilder s = new StringBuilder(len);
        for (int i = from; i < from + len; i++) {
            int c = data[i] & 0xff;
            s.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
        }
        return s.toString();
    }
}
