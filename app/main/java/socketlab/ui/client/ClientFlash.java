package socketlab.ui.client;

import socketlab.client.ClientStep;

/**
 * Tells the client's teaching strip to light a step: the step seen last in one pulse.
 *
 * @param seq distinguishes repeated flashes of the same step
 */
public record ClientFlash(ClientStep step, long seq) {
}
