package socketlab.decode;

/**
 * DNS (RFC 1035) over UDP and over TCP (where a 2-byte length comes first), on port 53 either side: the header and
 * its flags, the questions, and the answer, authority and additional records of the types the lab's DNS pane asks
 * for (A, AAAA, CNAME, NS, MX, TXT, SOA, PTR) plus the EDNS OPT pseudo-record; other types are shown as data. A name
 * whose compression pointers loop or point past the end, or a count larger than the records present, ends in a
 * malformed layer saying so.
 */
final class DnsDissector {
    static final FieldDef LENGTH = FieldDef.decimal("dns.length", "Length", "bytes",
            "Over TCP a DNS message starts with its length, since TCP delivers a stream of bytes, not messages.");
    static final FieldDef ID = FieldDef.of("dns.id", "Transaction ID", FieldFormat.HEX,
            "Chosen by the client at random; the server copies it into the response, so the client can match the"
                    + " two (and an attacker must guess it).");
    static final FieldDef FLAGS = FieldDef.of("dns.flags", "Flags", FieldFormat.HEX,
            "Query or response, what kind of query, and how the server answered.");
    static final FieldDef RESPONSE = FieldDef.of("dns.flags.response", "Response", FieldFormat.FLAG,
            "QR: 0 in a query, 1 in the server's response.");
    static final FieldDef OPCODE = FieldDef.named("dns.flags.opcode", "Opcode", DnsNames::opcode,
            "What kind of query: 0 is a standard query (name to records).");
    static final FieldDef AUTHORITATIVE = FieldDef.of("dns.flags.authoritative", "Authoritative", FieldFormat.FLAG,
            "AA: the answer comes from a server that holds the zone itself, not from a cache.");
    static final FieldDef TRUNCATED = FieldDef.of("dns.flags.truncated", "Truncated", FieldFormat.FLAG,
            "TC: the response did not fit in the UDP datagram; the client should ask again over TCP.");
    static final FieldDef RECDESIRED = FieldDef.of("dns.flags.recdesired", "Recursion desired", FieldFormat.FLAG,
            "RD: the client asks the server to find the answer for it, following referrals itself.");
    static final FieldDef RECAVAIL = FieldDef.of("dns.flags.recavail", "Recursion available", FieldFormat.FLAG,
            "RA: the server is willing to resolve names recursively for this client.");
    static final FieldDef Z = FieldDef.of("dns.flags.z", "Z", FieldFormat.FLAG, "Reserved; must be zero.");
    static final FieldDef AUTHENTICATED = FieldDef.of("dns.flags.authenticated", "Answer authenticated",
            FieldFormat.FLAG, "AD: the server checked the answer's DNSSEC signatures.");
    static final FieldDef CHECKDISABLE = FieldDef.of("dns.flags.checkdisable", "Non-authenticated data",
            FieldFormat.FLAG, "CD: the client asks the server not to check DNSSEC signatures.");
    static final FieldDef RCODE = FieldDef.named("dns.flags.rcode", "Reply code", DnsNames::rcode,
            "How the query went: 0 no error, 3 no such name (NXDOMAIN), 5 refused, 2 server failure.");
    static final FieldDef COUNT_QUERIES = FieldDef.decimal("dns.count.queries", "Questions", "",
            "How many questions follow the header (almost always 1).");
    static final FieldDef COUNT_ANSWERS = FieldDef.decimal("dns.count.answers", "Answer RRs", "",
            "How many records answer the question.");
    static final FieldDef COUNT_AUTH = FieldDef.decimal("dns.count.auth_rr", "Authority RRs", "",
            "How many records name the servers that hold the zone (a referral, or the SOA of a negative answer).");
    static final FieldDef COUNT_ADD = FieldDef.decimal("dns.count.add_rr", "Additional RRs", "",
            "How many extra records follow: addresses of the servers named (glue), and the EDNS OPT record.");

    static final FieldDef QUERY = FieldDef.of("dns.query", "Query", FieldFormat.TEXT,
            "One question: a name, the type of record wanted, and the class (IN, the Internet).");
    static final FieldDef QRY_NAME = FieldDef.of("dns.qry.name", "Name", FieldFormat.TEXT,
            "The name asked about, written as labels, each preceded by its length.");
    static final FieldDef QRY_NAME_LEN = FieldDef.decimal("dns.qry.name.len", "Name Length", "",
            "How many characters the name has.");
    static final FieldDef LABELS = FieldDef.decimal("dns.count.labels", "Label Count", "",
            "How many labels (the parts between the dots) the name has.");
    static final FieldDef QRY_TYPE = FieldDef.named("dns.qry.type", "Type", DnsNames::type,
            "The type of record wanted: A (IPv4 address), AAAA (IPv6), MX (mail server), NS, PTR, ...");
    static final FieldDef QRY_CLASS = FieldDef.namedHex("dns.qry.class", "Class", DnsNames::dnsClass,
            "The class of the name: 1, IN, the Internet, for everything in practice.");

    static final FieldDef ANSWER = FieldDef.of("dns.answer", "Answer", FieldFormat.TEXT,
            "A record that answers the question.");
    static final FieldDef AUTHORITY = FieldDef.of("dns.authority", "Authoritative nameserver", FieldFormat.TEXT,
            "A record of the authority section: who holds the zone (an NS referral, or the SOA of a negative"
                    + " answer).");
    static final FieldDef ADDITIONAL = FieldDef.of("dns.additional", "Additional record", FieldFormat.TEXT,
            "An extra record: a server's address (glue) or the EDNS OPT pseudo-record.");
    static final FieldDef RESP_NAME = FieldDef.of("dns.resp.name", "Name", FieldFormat.TEXT,
            "The name the record is about; often a 2-byte pointer back to a name written earlier (compression).");
    static final FieldDef RESP_TYPE = FieldDef.named("dns.resp.type", "Type", DnsNames::type,
            "What the record holds: A an IPv4 address, AAAA IPv6, CNAME another name, NS a name server, ...");
    static final FieldDef RESP_CLASS = FieldDef.namedHex("dns.resp.class", "Class", DnsNames::dnsClass,
            "The class of the record: IN, the Internet.");
    static final FieldDef RESP_TTL = FieldDef.decimal("dns.resp.ttl", "Time to live", "seconds",
            "How long a resolver may keep the record in its cache before asking again.");
    static final FieldDef RESP_LEN = FieldDef.decimal("dns.resp.len", "Data length", "bytes",
            "How many bytes of record data follow.");
    static final FieldDef A = FieldDef.of("dns.a", "Address", FieldFormat.IPV4,
            "The IPv4 address the name stands for: what getaddrinfo() hands the program to connect() to.");
    static final FieldDef AAAA = FieldDef.of("dns.aaaa", "AAAA Address", FieldFormat.IPV6,
            "The IPv6 address the name stands for.");
    static final FieldDef CNAME = FieldDef.of("dns.cname", "CNAME", FieldFormat.TEXT,
            "The canonical name: this name is an alias, look up that one instead.");
    static final FieldDef NS = FieldDef.of("dns.ns", "Name Server", FieldFormat.TEXT,
            "A server that holds the zone: where a resolver asks next.");
    static final FieldDef PTR = FieldDef.of("dns.ptr.domain_name", "Domain Name", FieldFormat.TEXT,
            "The name of an address, for a reverse lookup (in-addr.arpa or ip6.arpa).");
    static final FieldDef MX_PREF = FieldDef.decimal("dns.mx.preference", "Preference", "",
            "Mail servers with a lower preference are tried first.");
    static final FieldDef MX_EXCHANGE = FieldDef.of("dns.mx.mail_exchange", "Mail Exchange", FieldFormat.TEXT,
            "A server that accepts mail for the domain.");
    static final FieldDef TXT_LENGTH = FieldDef.decimal("dns.txt.length", "TXT Length", "",
            "How long the following string is (at most 255; a record may hold several).");
    static final FieldDef TXT = FieldDef.of("dns.txt", "TXT", FieldFormat.TEXT,
            "Free text the zone publishes: mail policies, ownership proofs.");
    static final FieldDef SOA_MNAME = FieldDef.of("dns.soa.mname", "Primary name server", FieldFormat.TEXT,
            "The zone's primary server.");
    static final FieldDef SOA_RNAME = FieldDef.of("dns.soa.rname", "Responsible authority's mailbox",
            FieldFormat.TEXT, "The zone administrator's mail address, with the @ written as a dot.");
    static final FieldDef SOA_SERIAL = FieldDef.decimal("dns.soa.serial_number", "Serial Number", "",
            "The zone's version: secondaries copy the zone again when it grows.");
    static final FieldDef SOA_REFRESH = FieldDef.decimal("dns.soa.refresh_interval", "Refresh Interval", "seconds",
            "How often secondaries check the serial.");
    static final FieldDef SOA_RETRY = FieldDef.decimal("dns.soa.retry_interval", "Retry Interval", "seconds",
            "How long a secondary waits to retry a failed check.");
    static final FieldDef SOA_EXPIRE = FieldDef.decimal("dns.soa.expire_limit", "Expire limit", "seconds",
            "How long a secondary keeps answering without reaching the primary.");
    static final FieldDef SOA_MINIMUM = FieldDef.decimal("dns.soa.minimum_ttl", "Minimum TTL", "seconds",
            "How long a resolver may cache a \"no such name\" answer.");
    static final FieldDef UDP_PAYLOAD = FieldDef.decimal("dns.rr.udp_payload_size", "UDP payload size", "bytes",
            "EDNS: the largest UDP response the sender can take (plain DNS stops at 512 bytes).");
    static final FieldDef EXT_RCODE = FieldDef.of("dns.resp.ext_rcode", "Higher bits in extended RCODE",
            FieldFormat.HEX, "EDNS: more bits of the reply code.");
    static final FieldDef EDNS_VERSION = FieldDef.decimal("dns.resp.edns0_version", "EDNS0 version", "",
            "The EDNS version, 0.");
    static final FieldDef EDNS_Z = FieldDef.of("dns.resp.z", "Z", FieldFormat.HEX, "EDNS flags.");
    static final FieldDef EDNS_DO = FieldDef.of("dns.resp.z.do", "DO bit", FieldFormat.FLAG,
            "DNSSEC OK: the sender wants DNSSEC signatures with the answer.");
    static final FieldDef EDNS_Z_RESERVED = FieldDef.of("dns.resp.z.reserved", "Reserved", FieldFormat.HEX,
            "Reserved EDNS flags; zero.");
    static final FieldDef OPT = FieldDef.of("dns.opt", "Option", FieldFormat.TEXT,
            "One EDNS option, such as a cookie or padding.");
    static final FieldDef OPT_CODE = FieldDef.named("dns.opt.code", "Option Code", DnsNames::ednsOption,
            "Which option: 10 COOKIE, 12 PADDING, 8 client subnet, 3 NSID.");
    static final FieldDef OPT_LEN = FieldDef.decimal("dns.opt.len", "Option Length", "bytes",
            "How many bytes of option data follow.");
    static final FieldDef OPT_DATA = new FieldDef("dns.opt.data", "Option Data", FieldFormat.BYTES, "", null,
            "The option's value.");
    static final FieldDef DATA = new FieldDef("dns.data", "Data", FieldFormat.BYTES, "", null,
            "Record data of a type the lab does not decode, shown as bytes.");

    private static final String[] SECTIONS = {"answer", "authority record", "additional record"};
    private static final FieldDef[] SECTION_FIELDS = {ANSWER, AUTHORITY, ADDITIONAL};

    private DnsDissector() {
    }

    static void register() {
        DissectorTables.udpPort(PortNumber.DOMAIN, DnsDissector::dissect);
        DissectorTables.tcpPort(PortNumber.DOMAIN, DnsDissector::dissect);
    }

    /** Decodes the message; what it finds wrong becomes the malformed layer after it. */
    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        Reader r = new Reader(d, b);
        int layerEnd = Math.min(end, d.data.length);
        String problem = null;
        int problemAt = 0;
        int base = 0;
        if (d.overTcp) {
            long length = b.u16(LENGTH, 0);
            base = 2;
            int carried = end - start - 2;
            if (length >= 0 && length != carried) {
                problem = length > carried ? "DNS over TCP: the message is " + length + " bytes but this segment"
                        + " carries " + carried + " (the rest comes in later segments, which the lab does not join)"
                        : "DNS over TCP: the message is " + length + " bytes but the segment carries " + carried;
                problemAt = start;
            }
        }
        r.message = start + base;
        r.limit = Math.min(end, d.data.length);
        if (problem == null) {
            try {
                r.message(base);
            } catch (Bad bad) {
                problem = bad.getMessage();
                problemAt = bad.at;
            }
        }
        d.protocol(b.build(Protocol.DNS, layerEnd - start));
        if (problem != null) {
            d.malformed(problem, problemAt);
        }
    }

    /** A problem that stops decoding the message, at a frame offset. */
    private static final class Bad extends Exception {
        final int at;

        Bad(String why, int at) {
            super(why, null, false, false);
            this.at = at;
        }
    }

    /** Walks one message, adding its fields. */
    private static final class Reader {
        final Dissection d;
        final LayerBuilder b;
        final byte[] data;
        final int layerStart;
        int message;
        int limit;

        Reader(Dissection d, LayerBuilder b) {
            this.d = d;
            this.b = b;
            this.data = d.data;
            this.layerStart = b.start();
        }

        void message(int base) throws Bad {
            if (!b.has(base, 12)) {
                int have = Math.max(0, b.available() - base);
                throw new Bad("DNS header cut short: " + have + " of 12 bytes", layerStart + base + have);
            }
            b.u16(ID, base);
            int flags = b.u16(base + 2);
            boolean response = (flags & 0x8000) != 0;
            b.u16(FLAGS, base + 2);
            b.nest();
            b.flag(RESPONSE, base + 2, 0);
            b.bits(OPCODE, base + 2, 1, 4, 1);
            if (response) {
                b.flag(AUTHORITATIVE, base + 2, 5);
            }
            b.flag(TRUNCATED, base + 2, 6);
            b.flag(RECDESIRED, base + 2, 7);
            if (response) {
                b.flag(RECAVAIL, base + 3, 0);
            }
            b.flag(Z, base + 3, 1);
            if (response) {
                b.flag(AUTHENTICATED, base + 3, 2);
            }
            b.flag(CHECKDISABLE, base + 3, 3);
            if (response) {
                b.bits(RCODE, base + 3, 4, 4, 1);
            }
            b.unnest();
            int qd = (int) b.u16(COUNT_QUERIES, base + 4);
            int[] counts = {(int) b.u16(COUNT_ANSWERS, base + 6), (int) b.u16(COUNT_AUTH, base + 8),
                (int) b.u16(COUNT_ADD, base + 10)};
            int at = message + 12;
            for (int i = 0; i < qd; i++) {
                at = question(at, i, qd);
            }
            for (int s = 0; s < 3; s++) {
                for (int i = 0; i < counts[s]; i++) {
                    at = record(at, s, i, counts[s]);
                }
            }
        }

        private void lying(int at, String what, int i, int count) throws Bad {
            if (at >= limit) {
                throw new Bad("the header counts " + count + " " + what + (count == 1 ? "" : "s")
                        + " but the message ends after " + i, at);
            }
        }

        private DnsName name(int at) throws Bad {
            DnsName n = DnsName.read(data, message, limit, at, b.eager());
            if (!n.ok()) {
                throw new Bad("bad name: " + n.problem(), n.at());
            }
            return n;
        }

        private int question(int at, int i, int count) throws Bad {
            lying(at, "question", i, count);
            DnsName n = name(at);
            int q = at + n.length();
            if (q + 4 > limit) {
                throw new Bad("question " + (i + 1) + " cut short", Math.min(q, limit));
            }
            int type = u16(q);
            int off = at - layerStart;
            if (b.eager()) {
                b.span(QUERY, off, n.length() + 4, 0, n.text() + ": type " + DnsNames.type(type) + ", class "
                        + DnsNames.dnsClass(u16(q + 2)));
                b.nest();
                b.span(QRY_NAME, off, n.length(), 0, n.text());
                b.generated(QRY_NAME_LEN, n.text().equals("<Root>") ? 6 : n.text().length());
                b.generated(LABELS, n.labels());
                b.u16(QRY_TYPE, q - layerStart);
                b.u16(QRY_CLASS, q + 2 - layerStart);
                b.unnest();
            }
            return q + 4;
        }

        private int record(int at, int section, int i, int count) throws Bad {
            lying(at, SECTIONS[section], i, count);
            DnsName n = name(at);
            int fixed = at + n.length();
            if (fixed + 10 > limit) {
                throw new Bad(SECTIONS[section] + " " + (i + 1) + " cut short", Math.min(fixed, limit));
            }
            int type = u16(fixed);
            int rdlen = u16(fixed + 8);
            int rd = fixed + 10;
            if (rd + rdlen > limit) {
                throw new Bad("the data of " + SECTIONS[section] + " " + (i + 1) + " (" + rdlen + " bytes) runs past"
                        + " the end of the message", rd);
            }
            int off = at - layerStart;
            if (!b.eager()) {
                rdataLazy(type, rd, rdlen);
                return rd + rdlen;
            }
            b.span(SECTION_FIELDS[section], off, rd + rdlen - at, 0, n.text() + ": type " + DnsNames.type(type)
                    + (type == DnsNames.OPT ? "" : ", class " + DnsNames.dnsClass(u16(fixed + 2))));
            b.nest();
            b.span(RESP_NAME, off, n.length(), 0, n.text());
            b.u16(RESP_TYPE, fixed - layerStart);
            if (type == DnsNames.OPT) {
                b.u16(UDP_PAYLOAD, fixed + 2 - layerStart);
                b.u8(EXT_RCODE, fixed + 4 - layerStart);
                b.u8(EDNS_VERSION, fixed + 5 - layerStart);
                b.u16(EDNS_Z, fixed + 6 - layerStart);
                b.nest();
                b.flag(EDNS_DO, fixed + 6 - layerStart, 0);
                b.bits(EDNS_Z_RESERVED, fixed + 6 - layerStart, 1, 15, 1);
                b.unnest();
            } else {
                b.u16(RESP_CLASS, fixed + 2 - layerStart);
                b.u32(RESP_TTL, fixed + 4 - layerStart);
            }
            b.u16(RESP_LEN, fixed + 8 - layerStart);
            rdata(type, rd, rdlen);
            b.unnest();
            return rd + rdlen;
        }

        /** The record data's fields. */
        private void rdata(int type, int rd, int rdlen) throws Bad {
            int off = rd - layerStart;
            switch (type) {
                case DnsNames.A -> {
                    exact(type, rd, rdlen, 4);
                    b.ipv4(A, off);
                }
                case DnsNames.AAAA -> {
                    exact(type, rd, rdlen, 16);
                    b.ipv6(AAAA, off);
                }
                case DnsNames.CNAME, DnsNames.NS, DnsNames.PTR -> {
                    DnsName n = nameIn(rd, rdlen);
                    b.span(type == DnsNames.CNAME ? CNAME : type == DnsNames.NS ? NS : PTR, off, n.length(), 0,
                            n.text());
                }
                case DnsNames.MX -> {
                    atLeast(type, rd, rdlen, 3);
                    b.u16(MX_PREF, off);
                    DnsName n = nameIn(rd + 2, rdlen - 2);
                    b.span(MX_EXCHANGE, off + 2, n.length(), 0, n.text());
                }
                case DnsNames.TXT -> {
                    int p = rd;
                    while (p < rd + rdlen) {
                        int len = data[p] & 0xff;
                        if (p + 1 + len > rd + rdlen) {
                            throw new Bad("a TXT string runs past the end of its record", p);
                        }
                        b.u8(TXT_LENGTH, p - layerStart);
                        b.text(TXT, p + 1 - layerStart, len, text(p + 1, len));
                        p += 1 + len;
                    }
                }
                case DnsNames.SOA -> {
                    DnsName m = nameIn(rd, rdlen);
                    b.span(SOA_MNAME, off, m.length(), 0, m.text());
                    DnsName r = nameIn(rd + m.length(), rdlen - m.length());
                    b.span(SOA_RNAME, off + m.length(), r.length(), 0, r.text());
                    int t = off + m.length() + r.length();
                    if (rd + rdlen - (t + layerStart) != 20) {
                        throw new Bad("an SOA record's numbers take 20 bytes, not " + (rd + rdlen - t - layerStart),
                                t + layerStart);
                    }
                    b.u32(SOA_SERIAL, t);
                    b.u32(SOA_REFRESH, t + 4);
                    b.u32(SOA_RETRY, t + 8);
                    b.u32(SOA_EXPIRE, t + 12);
                    b.u32(SOA_MINIMUM, t + 16);
                }
                case DnsNames.OPT -> {
                    int p = rd;
                    while (p < rd + rdlen) {
                        if (p + 4 > rd + rdlen) {
                            throw new Bad("an EDNS option is cut short", p);
                        }
                        int code = u16(p);
                        int len = u16(p + 2);
                        if (p + 4 + len > rd + rdlen) {
                            throw new Bad("an EDNS option's data runs past the end of the OPT record", p + 4);
                        }
                        b.span(OPT, p - layerStart, 4 + len, 0, DnsNames.ednsOption(code));
                        b.nest();
                        b.u16(OPT_CODE, p - layerStart);
                        b.u16(OPT_LEN, p + 2 - layerStart);
                        if (len > 0) {
                            b.bytes(OPT_DATA, p + 4 - layerStart, len);
                        }
                        b.unnest();
                        p += 4 + len;
                    }
                }
                default -> {
                    if (rdlen > 0) {
                        b.bytes(DATA, off, rdlen);
                    }
                }
            }
        }

        /** The same checks as {@link #rdata} without fields, for the lazy pass. */
        private void rdataLazy(int type, int rd, int rdlen) throws Bad {
            switch (type) {
                case DnsNames.A -> exact(type, rd, rdlen, 4);
                case DnsNames.AAAA -> exact(type, rd, rdlen, 16);
                case DnsNames.CNAME, DnsNames.NS, DnsNames.PTR, DnsNames.MX, DnsNames.TXT, DnsNames.SOA,
                        DnsNames.OPT -> rdata(type, rd, rdlen);
                default -> {
                }
            }
        }

        private void exact(int type, int rd, int rdlen, int want) throws Bad {
            if (rdlen != want) {
                throw new Bad("an " + DnsNames.type(type) + " record holds " + want + " bytes, not " + rdlen, rd);
            }
        }

        private void atLeast(int type, int rd, int rdlen, int want) throws Bad {
            if (rdlen < want) {
                throw new Bad("an " + DnsNames.type(type) + " record is too short (" + rdlen + " bytes)", rd);
            }
        }

        /** A name that must end within the record data. */
        private DnsName nameIn(int at, int room) throws Bad {
            if (room <= 0) {
                throw new Bad("a record's data ends before its name", at);
            }
            DnsName n = name(at);
            if (n.length() > room) {
                throw new Bad("a name runs past the end of its record's data", at);
            }
            return n;
        }

        private int u16(int at) {
            return ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
        }

        private String text(int from, int len) {
            if (!b.eager()) {
                return null;
            }
            StringBuilder s = new StringBuilder(len);
            for (int i = from; i < from + len; i++) {
                int c = data[i] & 0xff;
                s.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
            }
            return s.toString();
        }
    }
}
