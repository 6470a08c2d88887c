package socketlab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.net.Addresses;

/** The hosts file as the C library reads it, and the system resolver's use of it before DNS. */
class HostsFileTest {

    @Test
    void linesListAnAddressAndItsNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hosts");
        Files.writeString(file, """
                # comment line
                127.0.0.1   localhost
                10.1.2.3    printer.lab printer   # trailing comment
                fd00::5     printer.lab
                not-an-address  broken
                192.168.1.1
                """);
        HostsFile hosts = HostsFile.read(file);
        assertEquals(List.of("10.1.2.3", "fd00::5"),
                hosts.addresses("PRINTER.lab.").stream().map(Addresses::toText).toList());
        assertEquals(List.of("10.1.2.3"), hosts.addresses("printer").stream().map(Addresses::toText).toList());
        assertEquals(List.of(), hosts.addresses("broken"));
        assertEquals(Optional.of("printer.lab"), hosts.nameOf(Addresses.parseLiteral("10.1.2.3").value()));
        assertEquals(Optional.empty(), hosts.nameOf(Addresses.parseLiteral("10.9.9.9").value()));
    }

    @Test
    void aMissingFileHasNoEntries(@TempDir Path dir) {
        assertEquals(List.of(), HostsFile.read(dir.resolve("none")).addresses("localhost"));
    }

    @Test
    void theSystemResolverAnswersFromTheHostsFileWithoutAskingDns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hosts");
        Files.writeString(file, "10.1.2.3 printer.lab\n");
        // No DNS server at all: an answer can only come from the file.
        Lookup lookup = Lookup.system(List.of(), HostsFile.read(file), Duration.ofSeconds(1));
        LookupResult r = lookup.addresses(Target.parse("printer.lab").value(), Family.ANY);
        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals(List.of("printer.lab.\t-\tIN\tA\t10.1.2.3"), r.answers().stream().map(DnsRecord::line)
                .toList());
        assertEquals("hosts file " + file, r.answeredBy());
        assertEquals(List.of("found in the hosts file; DNS was not asked"), r.notes());

        LookupResult reverse = lookup.reverse(Target.parse("10.1.2.3").value());
        assertEquals(List.of("3.2.1.10.in-addr.arpa.\t-\tIN\tPTR\tprinter.lab."),
                reverse.answers().stream().map(DnsRecord::line).toList());

        DnsFailure none = org.junit.jupiter.api.Assertions.assertThrows(DnsFailure.class,
                () -> lookup.addresses(Target.parse("elsewhere.lab").value(), Family.ANY));
        assertEquals("no network: this machine has no DNS server configured", none.getMessage());
    }

    @Test
    void localhostIsAlwaysThisMachine(@TempDir Path dir) throws Exception {
        Lookup lookup = Lookup.system(List.of(), HostsFile.read(dir.resolve("none")), Duration.ofSeconds(1));
        LookupResult r = lookup.addresses(Target.parse("app.localhost").value(), Family.ANY);
        assertEquals(List.of("127.0.0.1", "::1"), r.addresses().stream().map(Addresses::toText).toList());
        assertEquals("built in: localhost", r.answeredBy());
    }
}
