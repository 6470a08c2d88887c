package socketlab.ui.server;

import socketlab.server.SocketCall;

/**
 * Tells the teaching strip to light a step: the socket call seen last in one pulse.
 *
 * @param call    the call that happened
 * @param startup true right after the server started: light socket, setsockopt, bind and listen in turn
 * @param seq     distinguishes repeated flashes of the same call
 */
public record StepFlash(SocketCall call, boolean startup, long seq) {
}
