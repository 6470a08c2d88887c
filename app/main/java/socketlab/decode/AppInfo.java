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
        Layer dns = f.find("dns");
        if (dns != null && dns.find(DnsDissector.FLAGS.name()) != null) {
            return dns(dns);
        }
        return null;
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
