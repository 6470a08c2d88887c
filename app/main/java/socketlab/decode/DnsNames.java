package socketlab.decode;

/** The meanings of DNS numbers, in Wireshark's words (types, classes, opcodes, reply codes) and in tcpdump's. */
final class DnsNames {
    static final int A = 1;
    static final int NS = 2;
    static final int CNAME = 5;
    static final int SOA = 6;
    static final int PTR = 12;
    static final int MX = 15;
    static final int TXT = 16;
    static final int AAAA = 28;
    static final int SRV = 33;
    static final int DNAME = 39;
    static final int OPT = 41;
    static final int UNSPECA = 104;
    static final int TSIG = 250;
    static final int URI = 256;

    /** tcpdump's names of record types, by number; null where it has none (it prints "Type" and the number). */
    private static final String[] TCPDUMP_TYPES = new String[257];
    /** Wireshark's names of record types (those that differ from tcpdump's or that tcpdump lacks are added after). */
    private static final String[] WIRESHARK_TYPES = new String[258];

    static {
        String[] common = {"1 A", "2 NS", "3 MD", "4 MF", "5 CNAME", "6 SOA", "7 MB", "8 MG", "9 MR", "10 NULL",
            "11 WKS", "12 PTR", "13 HINFO", "14 MINFO", "15 MX", "16 TXT", "17 RP", "18 AFSDB", "19 X25", "20 ISDN",
            "21 RT", "22 NSAP", "23 NSAP_PTR", "24 SIG", "25 KEY", "26 PX", "27 GPOS", "28 AAAA", "29 LOC", "30 NXT",
            "31 EID", "32 NIMLOC", "33 SRV", "34 ATMA", "35 NAPTR", "36 KX", "37 CERT", "38 A6", "39 DNAME",
            "40 SINK", "41 OPT", "42 APL", "43 DS", "44 SSHFP", "45 IPSECKEY", "46 RRSIG", "47 NSEC", "48 DNSKEY",
            "99 SPF", "100 UINFO", "101 UID", "102 GID", "103 UNSPEC", "249 TKEY", "250 TSIG", "251 IXFR",
            "252 AXFR", "253 MAILB", "254 MAILA", "255 ANY", "256 URI"};
        for (String c : common) {
            int sp = c.indexOf(' ');
            int n = Integer.parseInt(c.substring(0, sp));
            TCPDUMP_TYPES[n] = c.substring(sp + 1);
            WIRESHARK_TYPES[n] = c.substring(sp + 1);
        }
        TCPDUMP_TYPES[104] = "UNSPECA";
        WIRESHARK_TYPES[23] = "NSAP-PTR";
        String[] wiresharkOnly = {"49 DHCID", "50 NSEC3", "51 NSEC3PARAM", "52 TLSA", "53 SMIMEA", "55 HIP",
            "59 CDS", "60 CDNSKEY", "61 OPENPGPKEY", "62 CSYNC", "63 ZONEMD", "64 SVCB", "65 HTTPS", "257 CAA"};
        for (String c : wiresharkOnly) {
            int sp = c.indexOf(' ');
            WIRESHARK_TYPES[Integer.parseInt(c.substring(0, sp))] = c.substring(sp + 1);
        }
    }

    private DnsNames() {
    }

    /** Wireshark's name of a record type: {@code A}, {@code AAAA}, or {@code Unknown (4660)}. */
    static String type(int type) {
        String n = type >= 0 && type < WIRESHARK_TYPES.length ? WIRESHARK_TYPES[type] : null;
        return n != null ? n : "Unknown (" + type + ")";
    }

    /** tcpdump's name of a record type: {@code A}, or {@code Type65} for one it does not know. */
    static String tcpdumpType(int type) {
        String n = type >= 0 && type < TCPDUMP_TYPES.length ? TCPDUMP_TYPES[type] : null;
        return n != null ? n : "Type" + type;
    }

    static String dnsClass(int c) {
        return switch (c) {
            case 1 -> "IN";
            case 3 -> "CH";
            case 4 -> "HS";
            case 254 -> "NONE";
            case 255 -> "ANY";
            default -> "Unknown";
        };
    }

    static String tcpdumpClass(int c) {
        return switch (c) {
            case 1 -> "IN";
            case 3 -> "CHAOS";
            case 4 -> "HS";
            case 255 -> "ANY";
            default -> "(Class " + c + ")";
        };
    }

    static String opcode(int op) {
        return switch (op) {
            case 0 -> "Standard query";
            case 1 -> "Inverse query";
            case 2 -> "Server status request";
            case 4 -> "Zone change notification";
            case 5 -> "Dynamic update";
            default -> "Unknown operation";
        };
    }

    static String rcode(int rcode) {
        return switch (rcode) {
            case 0 -> "No error";
            case 1 -> "Format error";
            case 2 -> "Server failure";
            case 3 -> "No such name";
            case 4 -> "Not implemented";
            case 5 -> "Refused";
            case 6 -> "Name exists";
            case 7 -> "RRset exists";
            case 8 -> "RRset does not exist";
            case 9 -> "Not authoritative";
            case 10 -> "Name out of zone";
            default -> "Unknown error";
        };
    }

    /** tcpdump's words for a reply code, with their leading space; none for no error. */
    static String tcpdumpRcode(int rcode) {
        String[] words = {"", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused", " YXDomain", " YXRRSet",
            " NXRRSet", " NotAuth", " NotZone", " Resp11", " Resp12", " Resp13", " Resp14", " NoChange", " BadVers",
            "Resp17", " Resp18", " Resp19", " Resp20", "Resp21", " Resp22", " BadCookie"};
        return rcode < words.length ? words[rcode] : " Resp" + (rcode & 0xfff);
    }

    /** tcpdump's words for an opcode, with their leading space; none for a standard query. */
    static String tcpdumpOpcode(int op) {
        String[] words = {"", " inv_q", " stat", " op3", " notify", " update", " op6", " op7", " op8", " updateA",
            " updateD", " updateDA", " updateM", " updateMA", " zoneInit", " zoneRef"};
        return words[op & 15];
    }

    static String ednsOption(int code) {
        return switch (code) {
            case 1 -> "LLQ";
            case 2 -> "UL";
            case 3 -> "NSID";
            case 5 -> "DAU";
            case 6 -> "DHU";
            case 7 -> "N3U";
            case 8 -> "ECS";
            case 9 -> "EXPIRE";
            case 10 -> "COOKIE";
            case 11 -> "KEEPALIVE";
            case 12 -> "PADDING";
            case 13 -> "CHAIN";
            case 14 -> "KEY-TAG";
            case 16 -> "CLIENT-TAG";
            case 17 -> "SERVER-TAG";
            default -> "Opt" + code;
        };
    }
}
