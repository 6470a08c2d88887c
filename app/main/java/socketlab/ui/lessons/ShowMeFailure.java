package socketlab.ui.lessons;

/** A Show-me action that could not be done, in plain words for the lesson pane (e.g. "the server did not start"). */
public final class ShowMeFailure extends RuntimeException {
    public ShowMeFailure(String message) {
        super(message, null, false, false);
    }
}
