package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import socketlab.Eventually;
import socketlab.client.ClientSpec;
import socketlab.client.Host;
import socketlab.client.LabClient;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;

/**
 * Plays a built-in lesson against the real engine for a test: real servers and clients on loopback report into a
 * {@link LabFacts}, as the window wires them, and the test says at each step what must (not yet) hold.
 */
final class LessonPlay implements AutoCloseable {
    final LabFacts facts = new LabFacts();
    final LessonRun run;
    private final AtomicLong ids = new AtomicLong();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final java.util.Map<LabServer, Long> serverIds = new java.util.HashMap<>();

    LessonPlay(String lessonId) {
        run = new LessonRun(LessonFiles.loadBuiltIn().find(lessonId).orElseThrow(), facts);
    }

    /** Makes {@code stepId} the current step. */
    LessonPlay at(String stepId) {
        List<Step> steps = run.lesson().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                run.go(i);
                return this;
            }
        }
        throw new AssertionError("no step " + stepId + " in " + run.lesson().id());
    }

    /** The current step's check turns true (the engine's events arrive on its threads, so it may take a moment). */
    void passes() throws InterruptedException {
        Eventually.until(() -> run.current().id() + " passes (last: " + run.evaluate() + ")",
                () -> run.evaluate().passed());
        Eventually.until(run.current().id() + " is marked done", () -> run.done(run.index()));
    }

    /** The current step's check is false, with exactly this reason, once the engine's events have arrived. */
    void failsBecause(String why) throws InterruptedException {
        Eventually.until(() -> run.current().id() + " fails because \"" + why + "\" (it says: " + run.evaluate() + ")",
                () -> why.equals(run.evaluate().why()));
        assertFalse(run.evaluate().passed());
        assertFalse(run.done(run.index()));
    }

    /** The answer is right. */
    void right(String answer) {
        CheckResult r = run.answer(answer);
        assertTrue(r.passed(), run.current().id() + ": \"" + answer + "\" should be right: " + r.why());
        assertTrue(run.done(run.index()));
    }

    /** The answer is wrong, and the reply names it and gives the step's hint. */
    void wrong(String answer) {
        CheckResult r = run.answer(answer);
        assertFalse(r.passed(), run.current().id() + ": \"" + answer + "\" should be wrong");
        String hint = run.current().check().param("hint");
        assertEquals("“" + answer.strip() + "” is not it. " + run.expand(hint), r.why());
    }

    LabServer server(ServerConfig config) throws Exception {
        long id = ids.incrementAndGet();
        LabServer s = LabServer.start(config, e -> facts.observe(new Observation.ServerSeen(id, config, e)));
        opened.add(s);
        serverIds.put(s, id);
        return s;
    }

    /** Reports the kernel's accept queue of the server's listening socket, as the Servers pane reads it. */
    void backlog(LabServer s) {
        facts.observe(new Observation.BacklogSeen(serverIds.get(s), s.listenQueueLength().orElse(0)));
    }

    /** Reports the server's statistics, as the Servers pane does when it refreshes them. */
    void stats(LabServer s) {
        facts.observe(new Observation.StatsSeen(serverIds.get(s), s.stats()));
    }

    LabClient client(LabServer server) throws Exception {
        long id = ids.incrementAndGet();
        LabClient c = new LabClient(ClientSpec.of(Host.parse("127.0.0.1").value(), server.localEndpoint().port()),
                e -> facts.observe(new Observation.ClientSeen(id, e)));
        opened.add(c);
        c.connect();
        return c;
    }

    @Override
    public void close() throws Exception {
        run.close();
        for (AutoCloseable c : opened.reversed()) {
            c.close();
        }
    }
}
