package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.client.ClientSpec;
import socketlab.client.Host;
import socketlab.client.LabClient;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/** A lesson run follows real servers and clients: steps turn done by themselves, questions use facts. */
class LessonRunTest {

    @Test
    void firstLessonTurnsDoneWithARealServerAndClient() throws Exception {
        Lesson lesson = LessonFiles.loadBuiltIn().find("first-server").orElseThrow();
        LabFacts facts = new LabFacts();
        List<CheckResult> passed = new CopyOnWriteArrayList<>();
        try (LessonRun run = new LessonRun(lesson, facts)) {
            run.onPassed(passed::add);
            assertEquals(new CheckResult(false, "no lab server is running yet"), run.evaluate());
            ServerConfig config = ServerConfig.defaults(ServerKind.HELLO).withMode(Mode.ITERATIVE);
            try (LabServer server = LabServer.start(config,
                    e -> facts.observe(new Observation.ServerSeen(1, config, e)))) {
                assertTrue(run.evaluate().passed());
                assertTrue(run.done(0));
                assertEquals(1, passed.size());
                run.next();
                assertEquals("no client has connected to a hello server yet", run.evaluate().why());
                try (LabClient client = new LabClient(ClientSpec.of(Host.parse("127.0.0.1").value(),
                        server.localEndpoint().port()), e -> facts.observe(new Observation.ClientSeen(1, e)))) {
                    client.connect();
                    client.readToEof();
                    Eventually.until("the second lesson marked done", () -> run.done(1));
                    run.next();
                    assertEquals("type your answer", run.evaluate().why());
                    CheckResult wrong = run.answer(Integer.toString(server.localEndpoint().port()));
                    assertFalse(wrong.passed());
                    assertTrue(wrong.why().contains("not " + server.localEndpoint().port()), wrong.why());
                    assertTrue(run.answer(" " + client.localEndpoint().port() + " ").passed());
                    assertTrue(run.done(2));
                }
            }
            assertEquals("no lab server is running yet", new LessonRun(lesson, facts).evaluate().why());
            run.restart();
            assertFalse(run.done(0));
            assertEquals(0, run.index());
        }
    }

    @Test
    void aThreadedServerIsNotTheIterativeOneAsked() throws Exception {
        Lesson lesson = LessonFiles.loadBuiltIn().find("first-server").orElseThrow();
        LabFacts facts = new LabFacts();
        try (LessonRun run = new LessonRun(lesson, facts)) {
            ServerConfig config = ServerConfig.defaults(ServerKind.HELLO);
            try (LabServer server = LabServer.start(config,
                    e -> facts.observe(new Observation.ServerSeen(7, config, e)))) {
                CheckResult r = run.evaluate();
                assertFalse(r.passed());
                assertEquals("the server is threaded; this step asks for an iterative one", r.why());
            }
        }
    }

    @Test
    void showMeActionsGetTheFactsTheyNameFilledIn() throws Exception {
        Lesson lesson = LessonFiles.loadBuiltIn().find("tcp-ladder").orElseThrow();
        LabFacts facts = new LabFacts();
        try (LessonRun run = new LessonRun(lesson, facts)) {
            Action capture = lesson.steps().get(1).show().get(1);
            assertEquals("tcp port {server.port}", capture.param("filter"));
            assertTrue(run.expand(capture).isEmpty(), "no server yet");
            ServerConfig config = ServerConfig.defaults(ServerKind.ECHO);
            try (LabServer server = LabServer.start(config,
                    e -> facts.observe(new Observation.ServerSeen(1, config, e)))) {
                assertEquals("tcp port " + server.localEndpoint().port(),
                        run.expand(capture).orElseThrow().param("filter"));
            }
        }
    }
}
