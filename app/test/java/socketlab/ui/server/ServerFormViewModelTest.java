package socketlab.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;

class ServerFormViewModelTest {
    private final ServerFormViewModel form = new ServerFormViewModel();

    @Test
    void defaultsAreValidAndLoopbackOnAKernelChosenPort() {
        assertTrue(form.validProperty().get());
        ServerConfig c = form.toConfig();
        assertEquals("127.0.0.1", c.bindAddress().getHostAddress());
        assertEquals(0, c.port());
        assertEquals(ServerConfig.DEFAULT_BACKLOG, c.backlog(), "the engine's default backlog");
        assertEquals(Duration.ofSeconds(30), c.idleTimeout());
        assertEquals("", form.bindWarningProperty().get());
        assertEquals("0 = the kernel picks a free port, as bind() with sin_port 0 does",
                form.portHintProperty().get());
        assertEquals("this machine only (loopback)", form.bindNoteProperty().get());
    }

    @Test
    void badPortsSayWhatIsWrongAndMakeTheFormInvalid() {
        form.port().textProperty().set("abc");
        assertEquals("port must be a whole number from 0 to 65535, not \"abc\"", form.port().errorProperty().get());
        assertFalse(form.validProperty().get());

        form.port().textProperty().set("70000");
        assertEquals("port must be from 0 to 65535; 70000 is out of range", form.port().errorProperty().get());
        assertFalse(form.validProperty().get());

        form.port().textProperty().set("-1");
        assertEquals("port must be from 0 to 65535; -1 is out of range", form.port().errorProperty().get());
        assertFalse(form.validProperty().get());

        form.port().textProperty().set("8080");
        assertEquals("", form.port().errorProperty().get());
        assertTrue(form.validProperty().get());
        assertEquals(8080, form.toConfig().port());
    }

    @Test
    void permitsCountOnlyForTheSemaphoreMode() {
        form.permits().textProperty().set("0");
        assertTrue(form.validProperty().get(), "permits are not used by a thread-per-connection server");
        assertFalse(form.permitsEnabledProperty().get());

        form.modeProperty().set(Mode.SEMAPHORE);
        assertTrue(form.permitsEnabledProperty().get());
        assertFalse(form.validProperty().get());
        assertEquals("permits must be from 1 to 10000; 0 is out of range", form.permits().errorProperty().get());

        form.permits().textProperty().set("4");
        form.threadsProperty().set(ThreadKind.VIRTUAL);
        ServerConfig c = form.toConfig();
        assertEquals(Mode.SEMAPHORE, c.mode());
        assertEquals(4, c.permits());
        assertEquals(ThreadKind.VIRTUAL, c.threads());
    }

    @Test
    void aDisabledFieldsHintSaysWhichModeOrKindUsesIt() {
        form.modeProperty().set(Mode.THREADED);
        assertTrue(form.permitsHintProperty().get().contains("until a thread is free"),
                form.permitsHintProperty().get());
        form.modeProperty().set(Mode.ITERATIVE);
        assertEquals("only the semaphore mode has permits", form.permitsHintProperty().get());
        form.modeProperty().set(Mode.THREADED);
        assertEquals("platform = one OS thread per client, as pthread_create in the lecture; virtual = the JVM's"
                + " lightweight threads", form.threadsHintProperty().get());
        form.modeProperty().set(Mode.SEMAPHORE);
        assertTrue(form.permitsHintProperty().get().contains("sem_wait()"), form.permitsHintProperty().get());
        form.modeProperty().set(Mode.ITERATIVE);
        assertTrue(form.threadsHintProperty().get().startsWith("an iterative server starts no threads"));
        assertEquals("only the echo server sends lines back, so only it can uppercase them",
                form.uppercaseHintProperty().get());
        form.kindProperty().set(ServerKind.ECHO);
        assertTrue(form.uppercaseHintProperty().get().startsWith("the echo server sends each line back"));
        form.port().textProperty().set("5000");
        assertEquals("the port bind() gives the listening socket; clients connect() to it",
                form.portHintProperty().get());
        form.port().textProperty().set("80");
        assertEquals("well-known port of http; below 1024: needs administrator rights", form.portHintProperty().get());
    }

    @Test
    void iterativeServersHaveNoThreadChoice() {
        form.modeProperty().set(Mode.ITERATIVE);
        assertFalse(form.threadsEnabledProperty().get());
        form.modeProperty().set(Mode.THREADED);
        assertTrue(form.threadsEnabledProperty().get());
    }

    @Test
    void uppercaseAppliesOnlyToEcho() {
        form.uppercaseProperty().set(true);
        assertFalse(form.uppercaseEnabledProperty().get());
        assertFalse(form.toConfig().uppercase(), "a hello server has nothing to upper-case");
        form.kindProperty().set(ServerKind.ECHO);
        assertTrue(form.uppercaseEnabledProperty().get());
        assertTrue(form.toConfig().uppercase());
    }

    @Test
    void wildcardAddressesWarnThatOthersCanConnect() {
        form.bind().textProperty().set("0.0.0.0");
        assertEquals("all IPv4 interfaces", form.bindNoteProperty().get());
        assertTrue(form.bindWarningProperty().get().contains("classmates"));

        form.bind().textProperty().set("::");
        assertEquals("all interfaces, IPv4 + IPv6 (dual-stack)", form.bindNoteProperty().get());
        assertTrue(form.bindWarningProperty().get().contains("classmates"));

        form.bind().textProperty().set("::1");
        assertEquals("this machine only (IPv6 loopback)", form.bindNoteProperty().get());
        assertEquals("", form.bindWarningProperty().get());

        // Any address but loopback lets others in, not only the wildcards.
        for (String lan : new String[] {"192.168.1.20", "10.0.0.7", "fe80::1", "2001:db8::5"}) {
            form.bind().textProperty().set(lan);
            assertTrue(form.bindWarningProperty().get().contains("classmates"), lan);
        }
        form.bind().textProperty().set("127.0.0.2");
        assertEquals("", form.bindWarningProperty().get(), "all of 127/8 is loopback");
    }

    @Test
    void threadedModeHasACapOnClientsAtOnceThatTheFormSets() {
        form.modeProperty().set(Mode.THREADED);
        assertTrue(form.maxHandlersEnabledProperty().get());
        assertEquals(ServerConfig.DEFAULT_MAX_HANDLERS, form.toConfig().maxHandlers());
        form.maxHandlers().textProperty().set("0");
        assertFalse(form.validProperty().get());
        form.maxHandlers().textProperty().set("250");
        assertEquals(250, form.toConfig().maxHandlers());
        form.modeProperty().set(Mode.SEMAPHORE);
        assertFalse(form.maxHandlersEnabledProperty().get());
        assertEquals(ServerConfig.DEFAULT_MAX_HANDLERS, form.toConfig().maxHandlers(), "only threaded mode's");
    }

    @Test
    void badAddressesAndNumbersAreReportedNextToTheirFields() {
        form.bind().textProperty().set("300.1.1.1");
        assertTrue(form.bind().errorProperty().get().contains("300"), form.bind().errorProperty().get());
        assertEquals("", form.bindWarningProperty().get());
        assertFalse(form.validProperty().get());
        form.bind().textProperty().set("127.0.0.1");

        form.backlog().textProperty().set("0");
        assertEquals("backlog must be from 1 to 65535; 0 is out of range", form.backlog().errorProperty().get());
        form.backlog().textProperty().set("128");

        form.idleSeconds().textProperty().set("soon");
        assertFalse(form.idleSeconds().errorProperty().get().isEmpty());
        assertFalse(form.validProperty().get());
        form.idleSeconds().textProperty().set("5");
        assertTrue(form.validProperty().get());
        assertEquals(128, form.toConfig().backlog());
        assertEquals(Duration.ofSeconds(5), form.toConfig().idleTimeout());
    }

    @Test
    void titlesNameKindModeAndEndpoint() {
        ServerConfig c = ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.SEMAPHORE).withPermits(16);
        assertEquals("echo · semaphore(16) · 127.0.0.1:40123", ServerFormViewModel.title(c, "127.0.0.1:40123"));
    }
}
