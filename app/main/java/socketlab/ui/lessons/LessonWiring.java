package socketlab.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import socketlab.client.ClientEvent;
import socketlab.decode.Frame;
import socketlab.dns.DnsRecord;
import socketlab.dns.LookupResult;
import socketlab.dns.Question;
import socketlab.dns.TraceResult;
import socketlab.dns.TraceStep;
import socketlab.lessons.LabFacts;
import socketlab.lessons.Observation;
import socketlab.server.ServerConfig;
import socketlab.server.ServerEvent;
import socketlab.ui.address.AddressesViewModel;
import socketlab.ui.capture.CaptureViewModel;
import socketlab.ui.capture.PacketRef;
import socketlab.ui.client.BurstViewModel;
import socketlab.ui.dns.DnsViewModel;
import socketlab.ui.server.RunningServerViewModel;
import socketlab.ui.server.ServersViewModel;

/**
 * Feeds the lesson engine's {@link LabFacts} from the panes' engine events: servers' and clients' events on their
 * own threads as they happen (the facts are thread-safe and only set a flag the lesson pane reads once per pulse),
 * and from the view models what they publish once per pulse: burst results, DNS answers and traces, the bytes of
 * sockaddr_in, captured frames (decoded off the JavaFX thread), the selected packet and field. Never the screen.
 */
public final class LessonWiring {
    private final LabFacts facts;
    private final AtomicLong serverIds = new AtomicLong();
    private final AtomicLong clientIds = new AtomicLong();
    /** The id of each lab server by its listening port, to report its accept queue. */
    private final Map<Integer, Long> serverByPort = new ConcurrentHashMap<>();

    public LessonWiring(LabFacts facts) {
        this.facts = facts;
    }

    /** The listener for one new server with settings {@code config}: called on the server's threads. */
    public Consumer<ServerEvent> serverTap(ServerConfig config) {
        long id = serverIds.incrementAndGet();
        return e -> {
            if (e instanceof ServerEvent.Listening l) {
                serverByPort.put(l.local().port(), id);
            }
            facts.observe(new Observation.ServerSeen(id, config, e));
            if (e instanceof ServerEvent.Stopped) {
                serverByPort.values().remove(id);
                facts.observe(new Observation.ServerStopped(id));
            }
        };
    }

    /** The listener for one new client: called on the client's threads. */
    public Consumer<ClientEvent> clientTap() {
        long id = clientIds.incrementAndGet();
        return e -> facts.observe(new Observation.ClientSeen(id, e));
    }

    /**
     * Watches each running server's accept queue and statistics, as the Servers pane reads them: the peak a lesson
     * asks for is then the number the pane shows. JavaFX thread.
     */
    public void watchServers(ServersViewModel servers) {
        Consumer<RunningServerViewModel> watch = s -> {
            s.listenQueueProperty().subscribe(q -> {
                Long id = serverByPort.get(s.port());
                if (id != null && q != null && q.isPresent()) {
                    facts.observe(new Observation.BacklogSeen(id, q.getAsInt()));
                }
            });
            s.statsProperty().subscribe(st -> {
                Long id = serverByPort.get(s.port());
                if (id != null && st != null) {
                    facts.observe(new Observation.StatsSeen(id, st));
                }
            });
        };
        servers.servers().forEach(watch);
        servers.servers().addListener((ListChangeListener<RunningServerViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(watch);
            }
        });
    }

    /** Each burst's result as it ends. JavaFX thread. */
    public void watchBurst(BurstViewModel burst) {
        burst.resultProperty().subscribe(r -> {
            if (r != null) {
                facts.observe(new Observation.BurstSeen(r));
            }
        });
    }

    /** What each lookup and trace found, as the DNS pane shows it. */
    public void watchDns(DnsViewModel dns) {
        dns.setResultTaps(this::lookup, (trace, internet) -> trace(trace, internet));
    }

    private void lookup(LookupResult r) {
        // One observation per question: "every address" asks A and AAAA at once.
        for (Question q : r.questions()) {
            String type = q.type().toString();
            List<String> answers = r.answers().stream().filter(rr -> rr.type().equalsIgnoreCase(type))
                    .map(DnsRecord::data).toList();
            facts.observe(new Observation.DnsAnswered(q.name().toString(), type, answers));
        }
    }

    private void trace(TraceResult r, boolean internet) {
        int referrals = (int) r.steps().stream().filter(s -> s.kind() == TraceStep.Kind.REFERRAL).count();
        facts.observe(new Observation.TraceFinished(r.question().name().toString(), r.answers().size() > 0
                && r.problem().isEmpty(), referrals, !internet));
    }

    /**
     * The 16 bytes of sockaddr_in the Addresses pane lays out, as they change: typed, not the example the pane opens
     * with (which is the lectures' own, and must not tick a step nobody did). JavaFX thread.
     */
    public void watchAddresses(AddressesViewModel addresses) {
        addresses.layoutProperty().addListener((o, old, layout) -> {
            var anatomy = addresses.anatomyProperty().get();
            // The parsed value itself, not the valid flag: this listener can run before the flag follows the text.
            var parsedPort = addresses.port().parsedProperty().get();
            var port = parsedPort.isOk() ? parsedPort.value() : java.util.Optional.<Integer>empty();
            if (layout != null && anatomy != null && layout.size() == 16) {
                facts.observe(new Observation.SockaddrShown(addresses.address().textProperty().get().strip(),
                        port.orElse(0), layout.bytes()));
            }
        });
    }

    /**
     * The capture's new frames, decoded on {@code decoder} (one batch per pulse, never one task per frame), and the
     * learner's packet and field selection. JavaFX thread.
     */
    public void watchCapture(CaptureViewModel capture, Executor decoder) {
        capture.packets().addListener((ListChangeListener<PacketRef>) c -> {
            List<Integer> added = new ArrayList<>();
            boolean cleared = false;
            while (c.next()) {
                if (c.wasRemoved() && c.getList().size() < c.getRemovedSize() + c.getFrom() + 1
                        && c.getFrom() == 0) {
                    cleared = true;
                }
                for (PacketRef r : c.getAddedSubList()) {
                    added.add(r.index());
                }
            }
            boolean clear = cleared;
            var log = capture.log();
            decoder.execute(() -> {
                if (clear) {
                    facts.observe(new Observation.CaptureCleared());
                }
                if (!added.isEmpty()) {
                    List<Frame> frames = new ArrayList<>(added.size());
                    for (int i : added) {
                        frames.add(log.decode(i));
                    }
                    facts.observe(new Observation.CaptureFrames(frames));
                }
            });
        });
        capture.selectedProperty().subscribe(f -> facts.observe(new Observation.PacketSelected(f)));
        capture.selectedFieldProperty().subscribe(name -> facts.observe(new Observation.FieldSelected(name)));
    }
}
