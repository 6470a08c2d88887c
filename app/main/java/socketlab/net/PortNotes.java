package socketlab.net;

/**
 * Explains port numbers as the lectures do: a server's listening port, a client's ephemeral port that the kernel
 * chose, well-known ports by the name of their service, and the IANA range of the others.
 */
public final class PortNotes {
    private final Services services;
    private final EphemeralPorts ephemeral;

    public PortNotes(Services services, EphemeralPorts ephemeral) {
        this.services = services;
        this.ephemeral = ephemeral;
    }

    /** Notes from this machine's services database and ephemeral range. */
    public static PortNotes system() {
        return new PortNotes(Services.system(), EphemeralPorts.system());
    }

    public EphemeralPorts ephemeral() {
        return ephemeral;
    }

    /**
     * Explains {@code port} at one end of a connection.
     *
     * @param listening true when a server listens on this end: the port is the one clients connect to
     */
    public PortNote explain(int port, boolean listening) {
        PortRange range = PortRange.of(port);
        String name = services.name(port).orElse("");
        if (listening) {
            if (!name.isEmpty()) {
                return note(port, "listening", name + " (" + range.label() + "), the server's listening port");
            }
            if (ephemeral.contains(port)) {
                // A server asked for port 0 gets one from the same range clients' ports come from.
                return note(port, "listening", "the server's listening port (in the ephemeral range " + ephemeral
                        + ", as when the kernel picks it for port 0)");
            }
            return note(port, "listening", "the server's listening port");
        }
        if (port == 0) {
            return new PortNote(0, "none", "* — no other end: a listening socket is not connected to anyone");
        }
        if (ephemeral.contains(port) && range != PortRange.WELL_KNOWN) {
            return note(port, "ephemeral", "ephemeral, chosen by the kernel");
        }
        if (!name.isEmpty()) {
            return note(port, name, name + " (" + range.label() + ")");
        }
        return switch (range) {
            case WELL_KNOWN -> note(port, "well-known", "well-known range " + range.span() + ", no service named");
            case REGISTERED -> note(port, "registered", "registered range " + range.span() + ", no service named");
            case DYNAMIC -> note(port, "dynamic", "dynamic range " + range.span() + ", outside this machine's"
                    + " ephemeral range " + ephemeral);
        };
    }

    private static PortNote note(int port, String brief, String text) {
        return new PortNote(port, brief, port + " — " + text);
    }
}
