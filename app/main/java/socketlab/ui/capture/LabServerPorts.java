package socketlab.ui.capture;

import java.util.HashSet;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import socketlab.decode.AppPorts;
import socketlab.decode.Protocol;
import socketlab.server.ServerKind;
import socketlab.ui.server.RunningServerViewModel;

/**
 * Keeps the decoder's lab-server ports in step with the window's running servers, so that a capture decodes a lab
 * web server's traffic as HTTP and a hello, echo or time server's as the text lines it is, on whatever port it runs.
 */
public final class LabServerPorts {
    private LabServerPorts() {
    }

    /**
     * Registers the servers running now and follows the list as servers start and stop; JavaFX thread.
     *
     * @return stops following and removes every port registered here (when the window closes)
     */
    public static Runnable follow(ObservableList<RunningServerViewModel> servers) {
        Set<Integer> mine = new HashSet<>();
        servers.forEach(s -> register(s, mine));
        ListChangeListener<RunningServerViewModel> listener = change -> {
            while (change.next()) {
                for (RunningServerViewModel s : change.getRemoved()) {
                    if (mine.remove(s.port())) {
                        AppPorts.unregister(s.port());
                    }
                }
                change.getAddedSubList().forEach(s -> register(s, mine));
            }
        };
        servers.addListener(listener);
        return () -> {
            servers.removeListener(listener);
            mine.forEach(AppPorts::unregister);
            mine.clear();
        };
    }

    private static void register(RunningServerViewModel s, Set<Integer> mine) {
        boolean web = s.server().config().kind() == ServerKind.HTTP;
        AppPorts.register(s.port(), web ? Protocol.HTTP : Protocol.LAB);
        mine.add(s.port());
    }
}
