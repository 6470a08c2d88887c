package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services database: TCP names from the file, the built-in table where the file has none. */
class ServicesTest {
    private static final List<String> SAMPLE = List.of(
            "# Network services, Internet style",
            "",
            "echo\t\t7/tcp",
            "echo\t\t7/udp",
            "ssh\t\t22/tcp\t\t\t\t# SSH Remote Login Protocol",
            "fsp\t\t21/udp\t\tfspd",
            "http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP",
            "www-alias\t80/tcp",
            "kerberos\t88/udp",
            "mysql\t\t3306/tcp",
            "broken\t\t99999/tcp",
            "   # an indented comment 1234/tcp",
            "ftp 21/TCP",
            "no-port-here");

    @Test
    void readsTcpNamesTheFirstNameOfAPortWinning() {
        Services s = Services.parse(SAMPLE, "sample");
        assertEquals(Optional.of("echo"), s.name(7));
        assertEquals(Optional.of("ssh"), s.name(22));
        assertEquals(Optional.of("http"), s.name(80), "getservbyport returns the first entry");
        assertEquals(Optional.of("mysql"), s.name(3306));
        assertEquals(Optional.of("ftp"), s.name(21), "protocol names are case-insensitive; udp-only fsp is not it");
        assertEquals(5, s.size(), "echo, ssh, http, mysql, ftp: udp lines, comments and a bad port skipped");
        assertEquals("sample", s.origin());
    }

    @Test
    void aPortOnlyTheBuiltInTableNamesStillHasItsName() {
        Services s = Services.parse(SAMPLE, "sample");
        assertEquals(Optional.of("https"), s.name(443), "not in the sample; the built-in table has it");
        assertEquals(Optional.empty(), s.name(88), "udp only in the file, unknown to the built-in table");
        assertEquals(Optional.empty(), s.name(12_345));
    }

    @Test
    void aFileOnDiskIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("services");
        Files.write(file, List.of("gopher\t\t70/tcp", "sunrpc\t111/tcp portmapper"));
        Services s = Services.read(file);
        assertEquals(Optional.of("gopher"), s.name(70));
        assertEquals(Optional.of("sunrpc"), s.name(111));
        assertEquals(file.toString(), s.origin());
    }

    @Test
    void aMissingFileFallsBackToTheBuiltInTable(@TempDir Path dir) {
        Services s = Services.read(dir.resolve("no-such-file"));
        assertEquals("", s.origin());
        assertEquals(0, s.size());
        assertEquals(Optional.of("http"), s.name(80));
        assertEquals(Optional.of("ssh"), s.name(22));
        assertEquals(Optional.empty(), s.name(70));
    }

    @Test
    void thisMachinesDatabaseNamesTheLecturesPorts() {
        Services s = Services.system();
        assertEquals(Optional.of("http"), s.name(80));
        assertEquals(Optional.of("ssh"), s.name(22));
        Path file = Services.systemFile();
        assertEquals(Files.isReadable(file) ? file.toString() : "", s.origin(),
                "the database is read where there is one, the built-in table used where there is none");
    }
}
