package socketlab.ui.connections;

import java.util.Collection;
import java.util.List;
import socketlab.net.Endpoint;
import socketlab.net.SocketPair;
import socketlab.net.TcpState;

/**
 * Finds the rows related to the selected one — the other end of its connection, and the same socket in the other
 * table — marks them, and says in one sentence what the pairing means: a connection is uniquely identified by its
 * socket pair, and each end sees that pair mirrored.
 */
final class Pairing {
    static final String NOTHING_SELECTED = "Select a row to find the other end of its connection: a TCP connection"
            + " is uniquely identified by its socket pair (client ip:port, server ip:port), and each end lists"
            + " it the other way round.";

    private Pairing() {
    }

    /**
     * The sentence, and in each table the row to bring into view: the other end, or else the same socket.
     *
     * @param labPartner     null when the lab table has no related row
     * @param machinePartner null when the machine table has no related row
     */
    record Result(String text, LabRow labPartner, MachineRow machinePartner) {
    }

    /**
     * Marks every row of both tables for {@code selected} and returns the sentence for it.
     *
     * @param listeners    endpoints known to listen, to tell the server's end of a pair from the client's
     * @param machineShown whether the whole-machine table is on
     */
    static Result mark(PairRow selected, List<LabRow> lab, List<MachineRow> machine, Collection<Endpoint> listeners,
            boolean machineShown) {
        int labMirror = -1;
        int machineMirror = -1;
        int same = -1;
        for (int i = 0; i < lab.size(); i++) {
            Highlight h = relation(selected, lab.get(i));
            lab.get(i).setHighlight(h);
            if (h == Highlight.MIRROR && labMirror < 0) {
                labMirror = i;
            } else if (h == Highlight.SAME && same < 0) {
                same = i;
            }
        }
        for (int i = 0; i < machine.size(); i++) {
            Highlight h = relation(selected, machine.get(i));
            machine.get(i).setHighlight(h);
            if (h == Highlight.MIRROR && machineMirror < 0) {
                machineMirror = i;
            } else if (h == Highlight.SAME && same < 0) {
                same = i;
            }
        }
        LabRow labPartner = labMirror >= 0 ? lab.get(labMirror)
                : same >= 0 && selected instanceof MachineRow ? lab.get(same) : null;
        MachineRow machinePartner = machineMirror >= 0 ? machine.get(machineMirror)
                : same >= 0 && selected instanceof LabRow ? machine.get(same) : null;
        return new Result(text(selected, lab, machine, listeners, machineShown, labMirror, machineMirror, same),
                labPartner, machinePartner);
    }

    private static String text(PairRow selected, List<LabRow> lab, List<MachineRow> machine,
            Collection<Endpoint> listeners, boolean machineShown, int labMirror, int machineMirror, int same) {
        if (selected == null) {
            return NOTHING_SELECTED;
        }
        String me = label(selected, lab, machine);
        if (selected instanceof MachineRow m && m.state() == TcpState.LISTEN) {
            return me + " is a listening socket on " + m.localText() + ": it has no other end. Each client that"
                    + " connects gets a new socket from accept(), with this same local ip:port.";
        }
        String pair = pair(selected, listeners).toString();
        String sameText = "";
        if (same >= 0) {
            sameText = selected instanceof LabRow
                    ? " The kernel lists this end as machine row " + (same + 1) + "."
                    : " The lab holds this end: lab row " + (same + 1) + ".";
        }
        if (labMirror >= 0 || machineMirror >= 0) {
            String other = labMirror >= 0 ? lab.get(labMirror).label(labMirror)
                    : machine.get(machineMirror).label(machineMirror);
            String also = labMirror >= 0 && machineMirror >= 0
                    ? " (the kernel lists that end as machine row " + (machineMirror + 1) + ")" : "";
            return me + " and " + other + " are the two ends of one TCP connection: " + pair + also + "."
                    + sameText;
        }
        if (!machineShown && selected instanceof LabRow) {
            return me + " is one end of the TCP connection " + pair + ". Its other end is held outside the lab:"
                    + " turn on Whole machine to see it, if it is on this machine.";
        }
        return me + " is one end of the TCP connection " + pair + ". No row here holds its other end: it is on"
                + " another host, or already closed." + sameText;
    }

    private static Highlight relation(PairRow selected, PairRow row) {
        if (selected == null || row == selected) {
            return Highlight.NONE;
        }
        if (row.mirrors(selected)) {
            return Highlight.MIRROR;
        }
        // The same tuple in the same table would be a second socket, not this one seen again.
        boolean otherTable = (row instanceof LabRow) != (selected instanceof LabRow);
        return otherTable && row.sameTuple(selected) ? Highlight.SAME : Highlight.NONE;
    }

    private static String label(PairRow row, List<LabRow> lab, List<MachineRow> machine) {
        int i = row instanceof LabRow l ? lab.indexOf(l) : machine.indexOf((MachineRow) row);
        return row.label(i);
    }

    /** The socket pair in the lectures' order, (client, server): the server's end is the listening port. */
    static SocketPair pair(PairRow row, Collection<Endpoint> known) {
        Listening listeners = new Listening(known);
        if (!listeners.on(row.local()) && listeners.on(row.remote())) {
            return new SocketPair(row.local(), row.remote());
        }
        if (listeners.on(row.local())) {
            return new SocketPair(row.remote(), row.local());
        }
        return new SocketPair(row.local(), row.remote());
    }
}
