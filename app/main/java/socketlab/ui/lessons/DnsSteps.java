package socketlab.ui.lessons;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import javafx.beans.property.StringProperty;
import socketlab.lessons.Action;
import socketlab.lessons.Check;
import socketlab.lessons.Lesson;
import socketlab.lessons.Step;
import socketlab.ui.dns.DnsViewModel;

/**
 * Points the DNS pane where a DNS lesson's questions must go, for the learner who never presses Show me: when a step
 * that looks a name up or traces one becomes current, the lab decides where to ask ({@link DnsServers#ready()}, off
 * the JavaFX thread), and when that is its local hierarchy it fills the DNS pane's Server and Roots fields for that
 * step, and the lesson says so in plain words. A field the learner typed something else in is left as it is.
 */
public final class DnsSteps {
    /** What the lesson strip says while a DNS lesson asks the local hierarchy; the lesson pane says more. */
    static final String STRIP_NOTE = "No Internet here: the lab's own DNS servers on this machine answer";

    private final LessonsViewModel lessons;
    private final DnsServers servers;
    private final DnsViewModel dns;

    private DnsSteps(LessonsViewModel lessons, DnsServers servers, DnsViewModel dns) {
        this.lessons = lessons;
        this.servers = servers;
        this.dns = dns;
    }

    /** Follows the lessons' steps from now on. JavaFX thread. */
    public static void follow(LessonsViewModel lessons, DnsServers servers, DnsViewModel dns) {
        DnsSteps steps = new DnsSteps(lessons, servers, dns);
        lessons.stepProperty().subscribe(steps::stepShown);
    }

    private void stepShown(Step step) {
        Lesson lesson = lessons.lessonProperty().get();
        if (step == null || lesson == null || lesson.steps().stream().noneMatch(DnsSteps::asksDns)) {
            note("", "");
            return;
        }
        if (!asksDns(step)) {
            return; // a question about what a lookup found: the note stays, the fields are the learner's
        }
        servers.ready().whenComplete((ready, failure) -> {
            if (lessons.stepProperty().get() != step) {
                return; // the learner moved on while the lab decided; the step now shown has its own turn
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                note(cause.getMessage(), cause.getMessage());
                return;
            }
            if (servers.isLocal()) {
                note(servers.noteProperty().get(), STRIP_NOTE);
                prepare(step);
            } else {
                note("", "");
            }
        });
    }

    /** Fills the DNS pane's fields for {@code step}: the server for its lookup, the local roots for its trace. */
    private void prepare(Step step) {
        for (Action a : step.show()) {
            if (a.name().equals("dns-lookup")) {
                // A name the hierarchy serves is asked there; any other (localhost, an address's PTR) goes to the
                // system resolver, which reads the hosts file: an empty field.
                fill(dns.server().textProperty(), a.param("server") != null ? a.param("server")
                        : servers.serverFor(a.param("name")).orElse(""));
                break;
            }
        }
        if (step.show().stream().noneMatch(a -> a.name().equals("dns-lookup"))) {
            lookupCheck(step).ifPresent(c -> fill(dns.server().textProperty(),
                    servers.serverFor(c.param("name")).orElse("")));
        }
        if (traces(step)) {
            fill(dns.roots().textProperty(), servers.roots());
        }
    }

    /** Sets {@code field} to {@code value} unless the learner typed something else there (not the lab's own). */
    private void fill(StringProperty field, String value) {
        String now = field.get() == null ? "" : field.get().strip();
        if (now.isEmpty() || servers.isLabAddress(now)) {
            field.set(value);
        }
    }

    private void note(String pane, String strip) {
        lessons.dnsNoteProperty().set(pane);
        lessons.dnsStripNoteProperty().set(strip);
    }

    /** Whether the step looks a name up or traces one: by its Show me actions, or by its check. */
    static boolean asksDns(Step step) {
        return step.show().stream().anyMatch(a -> a.name().equals("dns-lookup")) || lookupCheck(step).isPresent()
                || traces(step);
    }

    private static Optional<Check> lookupCheck(Step step) {
        return checkNamed(step.check(), "dns-answer").or(() -> checkNamed(step.check(), "reverse-lookup"));
    }

    private static boolean traces(Step step) {
        return step.show().stream().anyMatch(a -> a.name().equals("dns-trace"))
                || checkNamed(step.check(), "trace-finished").isPresent();
    }

    private static Optional<Check> checkNamed(Check c, String name) {
        if (c.name().equals(name)) {
            return Optional.of(c);
        }
        return c.of().stream().map(inner -> checkNamed(inner, name)).flatMap(Optional::stream).findFirst();
    }
}
