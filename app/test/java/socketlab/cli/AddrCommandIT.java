package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code socketlab addr} from the built image, as a user runs it in a terminal. */
class AddrCommandIT {

    @Test
    void thePracticeQuestionFromTheLauncherAndAnInvalidAddress() throws Exception {
        try (Launched addr = Launched.socketlab("addr", "198.35.26.96", "--port", "80")) {
            assertEquals(0, addr.exitCode(), "stderr " + addr.err());
            assertEquals(golden("addr-practice.txt"), String.join("\n", addr.out()) + "\n");
            assertEquals(List.of(), addr.err());
        }
        try (Launched addr = Launched.socketlab("addr", "500.304.259.1")) {
            assertEquals(2, addr.exitCode());
            assertEquals(List.of("socketlab addr: 500, 304 and 259 are greater than 255 and do not fit in one byte"),
                    addr.err());
            assertEquals(List.of(), addr.out());
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = AddrCommandIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file socketlab/cli/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
