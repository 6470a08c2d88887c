package socketlab.decode;

import java.util.Map;

/** The names of TLS numbers, in Wireshark's words: content types, versions, handshake types, cipher suites. */
final class TlsNames {
    private static final Map<Integer, String> SUITES = Map.ofEntries(
            Map.entry(0x1301, "TLS_AES_128_GCM_SHA256"), Map.entry(0x1302, "TLS_AES_256_GCM_SHA384"),
            Map.entry(0x1303, "TLS_CHACHA20_POLY1305_SHA256"),
            Map.entry(0xc02b, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
            Map.entry(0xc02c, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0xc02f, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
            Map.entry(0xc030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0xcca8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"),
            Map.entry(0xcca9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"),
            Map.entry(0xccaa, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"),
            Map.entry(0x009e, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"),
            Map.entry(0x009f, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0x009c, "TLS_RSA_WITH_AES_128_GCM_SHA256"), Map.entry(0x009d, "TLS_RSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0xc013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
            Map.entry(0xc014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0xc009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"),
            Map.entry(0xc00a, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA"), Map.entry(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0x00ff, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV"));

    private TlsNames() {
    }

    static String contentType(int t) {
        return switch (t) {
            case 20 -> "Change Cipher Spec";
            case 21 -> "Alert";
            case 22 -> "Handshake";
            case 23 -> "Application Data";
            case 24 -> "Heartbeat";
            default -> "Unknown";
        };
    }

    static String version(int v) {
        return switch (v) {
            case 0x0300 -> "SSL 3.0";
            case 0x0301 -> "TLS 1.0";
            case 0x0302 -> "TLS 1.1";
            case 0x0303 -> "TLS 1.2";
            case 0x0304 -> "TLS 1.3";
            default -> (v & 0x0f0f) == 0x0a0a ? "Reserved (GREASE)" : "Unknown";
        };
    }

    /** The record layer's words for a version: {@code TLSv1.2}. */
    static String recordWord(int v) {
        return switch (v) {
            case 0x0300 -> "SSLv3";
            case 0x0301 -> "TLSv1";
            case 0x0302 -> "TLSv1.1";
            case 0x0304 -> "TLSv1.3";
            default -> "TLSv1.2";
        };
    }

    static String handshakeType(int t) {
        return switch (t) {
            case 0 -> "Hello Request";
            case 1 -> "Client Hello";
            case 2 -> "Server Hello";
            case 4 -> "New Session Ticket";
            case 5 -> "End of Early Data";
            case 8 -> "Encrypted Extensions";
            case 11 -> "Certificate";
            case 12 -> "Server Key Exchange";
            case 13 -> "Certificate Request";
            case 14 -> "Server Hello Done";
            case 15 -> "Certificate Verify";
            case 16 -> "Client Key Exchange";
            case 20 -> "Finished";
            case 24 -> "Key Update";
            default -> "Unknown";
        };
    }

    static boolean knownHandshake(int t) {
        return !handshakeType(t).equals("Unknown");
    }

    static String cipherSuite(int s) {
        String n = SUITES.get(s);
        if (n != null) {
            return n;
        }
        return (s & 0x0f0f) == 0x0a0a ? "Reserved (GREASE)" : "Unknown";
    }

    static String extension(int t) {
        return switch (t) {
            case 0 -> "server_name";
            case 5 -> "status_request";
            case 10 -> "supported_groups";
            case 11 -> "ec_point_formats";
            case 13 -> "signature_algorithms";
            case 16 -> "application_layer_protocol_negotiation";
            case 22 -> "encrypt_then_mac";
            case 23 -> "extended_master_secret";
            case 35 -> "session_ticket";
            case 41 -> "pre_shared_key";
            case 42 -> "early_data";
            case 43 -> "supported_versions";
            case 45 -> "psk_key_exchange_modes";
            case 49 -> "post_handshake_auth";
            case 51 -> "key_share";
            case 65281 -> "renegotiation_info";
            default -> "Unknown";
        };
    }
}
