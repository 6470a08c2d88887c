package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.client.BurstMode;
import socketlab.client.BurstResult;
import socketlab.client.BurstSpec;
import socketlab.client.ClientBurst;
import socketlab.client.LabClient;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/**
 * Lessons 1–6 played against real lab servers, clients and bursts on loopback: each check turns true for the action
 * the step asks for, and stays false, with the reason in words, for a wrong one.
 */
class ServerLessonsLiveTest {

    private static ServerConfig config(ServerKind kind, Mode mode) {
        return ServerConfig.defaults(kind).withMode(mode);
    }

    @Test
    void lesson1FirstServer() throws Exception {
        try (LessonPlay p = new LessonPlay("first-server")) {
            p.at("start").failsBecause("no lab server is running yet");
            LabServer threaded = p.server(config(ServerKind.HELLO, Mode.THREADED));
            p.failsBecause("the server is threaded; this step asks for an iterative one");
            LabServer time = p.server(config(ServerKind.TIME, Mode.ITERATIVE));
            p.failsBecause("the server is a time server; this step asks for a hello one");
            threaded.close();
            time.close();
            LabServer hello = p.server(config(ServerKind.HELLO, Mode.ITERATIVE));
            p.passes();
            p.at("connect").failsBecause("no client has connected to a hello server yet");
            LabClient c = p.client(hello);
            assertEquals(13, c.readToEof(), "Hello world!\\n");
            p.passes();
            p.at("pair");
            p.wrong(Integer.toString(hello.localEndpoint().port()));
            p.right(Integer.toString(c.localEndpoint().port()));
            p.at("well-known").wrong("8080");
            p.right("80");
        }
    }

    @Test
    void lesson2EchoAndEof() throws Exception {
        try (LessonPlay p = new LessonPlay("echo-and-eof")) {
            LabServer upper = p.server(config(ServerKind.ECHO, Mode.THREADED).withUppercase(true));
            p.at("start").failsBecause("the echo server sends lines back in upper case; this step asks for the plain"
                    + " one");
            upper.close();
            LabServer echo = p.server(config(ServerKind.ECHO, Mode.THREADED));
            p.passes();
            p.at("lines");
            LabClient c = p.client(echo);
            assertEquals("hello\n", new String(c.sendLine("hello"), StandardCharsets.UTF_8));
            p.failsBecause("the echo server has sent back 1 of the 2 lines this step asks for");
            c.sendLine("sockets");
            p.passes();
            p.at("eof").failsBecause("no client has closed its end yet, so no server's read has returned 0");
            c.close();
            p.passes();
            p.at("read-zero").wrong("-1");
            p.right("0");
            p.at("uppercase").failsBecause("the echo server sends lines back as they came; this step asks for the"
                    + " uppercase variant");
            echo.close();
            LabServer shouting = p.server(config(ServerKind.ECHO, Mode.THREADED).withUppercase(true));
            LabClient d = p.client(shouting);
            assertEquals("SHOUT THIS\n", new String(d.sendLine("shout this"), StandardCharsets.UTF_8));
            p.passes();
            p.at("what-came-back").wrong("shout this");
            p.right("SHOUT THIS");
        }
    }

    @Test
    void lesson3TimeServer() throws Exception {
        try (LessonPlay p = new LessonPlay("time-server")) {
            LabServer hello = p.server(config(ServerKind.HELLO, Mode.ITERATIVE));
            p.at("start").failsBecause("the server is a hello server; this step asks for a time one");
            hello.close();
            LabServer time = p.server(config(ServerKind.TIME, Mode.ITERATIVE));
            p.passes();
            p.at("ask").failsBecause("no client has received the time server's line yet");
            LabClient c = p.client(time);
            long bytes = c.readToEof();
            p.passes();
            p.at("bytes");
            assertEquals(Long.toString(bytes), p.run.current().check().param("equals"),
                    "the lesson's answer is what the real server sends");
            assertEquals(24, p.facts.fact("time.line").orElseThrow().length());
            p.wrong("24");
            p.right(Long.toString(bytes));
            p.at("utc").wrong("CET");
            p.right("utc");
            p.at("thread-safe").wrong("gmtime");
            p.right("gmtime_r");
        }
    }

    @Test
    void lesson4IterativeBacklog() throws Exception {
        try (LessonPlay p = new LessonPlay("iterative-backlog")) {
            LabServer threaded = p.server(config(ServerKind.ECHO, Mode.THREADED));
            p.at("start").failsBecause("the server is threaded; this step asks for an iterative one");
            p.at("second");
            LabClient a = p.client(threaded);
            a.sendLine("first");
            LabClient b = p.client(threaded);
            b.sendLine("second");
            p.failsBecause("the server is threaded: it accepts every client at once, so nobody waits in the listen"
                    + " backlog; this step asks for an iterative one");
            a.close();
            b.close();
            threaded.close();

            p.run.restart();
            LabServer iterative = p.server(config(ServerKind.ECHO, Mode.ITERATIVE));
            p.at("start").passes();
            p.at("first").failsBecause("no client has connected to an echo server yet");
            p.at("second").failsBecause("the iterative server is serving nobody: connect a first client and keep it"
                    + " open");
            LabClient first = p.client(iterative);
            first.sendLine("first");
            p.at("first").passes();
            p.at("second").failsBecause("the iterative server is serving one client; connect a second one while the"
                    + " first stays open");
            LabClient second = p.client(iterative);
            second.send("second\n".getBytes(StandardCharsets.UTF_8));
            p.passes();
            p.at("which").wrong("first");
            p.right("the second");
            p.run.restart();
            p.at("which").right(Integer.toString(second.localEndpoint().port()));
            p.at("done-by-kernel").wrong("accept");
            p.right("connect()");
            first.close();
            assertEquals("second\n", new String(second.readLine(), StandardCharsets.UTF_8),
                    "once the first client leaves, the server accepts the second and echoes its line");
        }
    }

    @Test
    void lesson4SeesAClientTheLabDidNotStartThroughTheListenQueue() throws Exception {
        try (LessonPlay p = new LessonPlay("iterative-backlog")) {
            LabServer iterative = p.server(config(ServerKind.ECHO, Mode.ITERATIVE));
            LabClient first = p.client(iterative);
            first.sendLine("first");
            p.at("second").failsBecause("the iterative server is serving one client; connect a second one while the"
                    + " first stays open");
            // A client such as nc in a terminal: the lab hears nothing from it, but the kernel queues it.
            try (java.net.Socket nc = new java.net.Socket(iterative.localEndpoint().address(),
                    iterative.localEndpoint().port())) {
                Eventually.until("the kernel queues nc's connection", () -> iterative.listenQueueLength().orElse(0) == 1);
                p.backlog(iterative);
                p.passes();
                first.close();
                Eventually.until("the server accepts nc", () -> iterative.listenQueueLength().orElse(1) == 0);
                p.backlog(iterative);
                assertEquals("the iterative server is serving one client; connect a second one while the first stays"
                        + " open", p.run.evaluate().why(), "nobody waits once nc is accepted");
            }
        }
    }

    @Test
    void lesson5ThreadPerClient() throws Exception {
        try (LessonPlay p = new LessonPlay("thread-per-client")) {
            LabServer iterative = p.server(config(ServerKind.ECHO, Mode.ITERATIVE));
            p.at("start").failsBecause("the server is iterative; this step asks for a threaded one");
            p.at("two");
            LabClient a = p.client(iterative);
            a.sendLine("one");
            p.client(iterative).send("two\n".getBytes(StandardCharsets.UTF_8));
            p.failsBecause("the server is iterative: it serves one client at a time; this step asks for 2 at once");
            iterative.close();

            p.run.restart();
            LabServer threaded = p.server(config(ServerKind.ECHO, Mode.THREADED));
            p.at("start").passes();
            p.at("two");
            LabClient one = p.client(threaded);
            one.sendLine("one");
            p.failsBecause("at most 1 client was served at the same time so far; this step asks for 2");
            LabClient two = p.client(threaded);
            two.sendLine("two");
            p.passes();
            one.close();
            two.close();
            p.at("burst").failsBecause("no burst has finished yet");
            BurstResult small = new ClientBurst(BurstSpec.of(threaded.localEndpoint(), 10, 10, BurstMode.ECHO),
                    (done, total) -> { }).run();
            p.facts.observe(new Observation.BurstSeen(small));
            p.failsBecause("the last burst had 10 clients; this step asks for 1000");
            BurstResult big = new ClientBurst(BurstSpec.of(threaded.localEndpoint(), 1000, 100, BurstMode.ECHO),
                    (done, total) -> { }).run();
            assertEquals(1000, big.completed(), big.toString());
            p.facts.observe(new Observation.BurstSeen(big));
            p.passes();
            p.at("peak");
            p.stats(threaded);
            String peak = p.facts.fact("served.peak").orElseThrow();
            assertTrue(Integer.parseInt(peak) >= 2, peak);
            assertEquals(Integer.toString(threaded.stats().peakActive()), peak,
                    "the lesson's peak is the server's own");
            p.wrong(Integer.toString(Integer.parseInt(peak) + 1000));
            p.right(peak);
            p.at("cost").wrong("ports");
            p.right("threads");
        }
    }

    @Test
    void lesson6Semaphore() throws Exception {
        try (LessonPlay p = new LessonPlay("semaphore")) {
            LabServer three = p.server(config(ServerKind.ECHO, Mode.SEMAPHORE).withPermits(3));
            p.at("start").failsBecause("the server has 3 permits; this step asks for 2 permits");
            p.at("third").failsBecause("no client has waited for a permit yet: all 3 permits must be in use when"
                    + " another client comes");
            three.close();
            LabServer threaded = p.server(config(ServerKind.ECHO, Mode.THREADED));
            p.failsBecause("the server is threaded; this step asks for a semaphore one");
            threaded.close();

            LabServer sem = p.server(config(ServerKind.ECHO, Mode.SEMAPHORE).withPermits(2));
            p.at("start").passes();
            p.at("fill");
            LabClient a = p.client(sem);
            a.sendLine("one");
            LabClient b = p.client(sem);
            b.sendLine("two");
            p.passes();
            p.at("third").failsBecause("no client has waited for a permit yet: all 2 permits must be in use when"
                    + " another client comes");
            LabClient c = p.client(sem);
            c.send("three\n".getBytes(StandardCharsets.UTF_8));
            p.passes();
            p.at("where").wrong("in the backlog");
            p.right("for a permit");
            p.at("cap").wrong("3");
            p.right("2");
            a.close();
            assertEquals("three\n", new String(c.readLine(), StandardCharsets.UTF_8),
                    "the permit a leaving client gives back lets the third one in");
        }
    }
}
