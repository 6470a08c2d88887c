package socketlab.dns;

/** How a DNS question ended: with an answer, or with one of the ways DNS says "no". */
public enum Outcome {
    /** Records of the asked type came back. */
    ANSWER("answer"),
    /** NXDOMAIN: the name does not exist at all. */
    NO_SUCH_NAME("no such name"),
    /** NOERROR with no records: the name exists, but not with the asked type. */
    NO_DATA("no record of that type"),
    /** The server does not know the name and does not look it up: it points at the servers of a zone below. */
    REFERRAL("referral"),
    /** SERVFAIL: the server could not get an answer, e.g. the zone's own servers did not reply. */
    SERVER_FAILURE("server failure"),
    /** REFUSED: the server will not answer this question for this machine. */
    REFUSED("refused"),
    /** No server replied in time, or none could be reached (a trace goes on with the next server first). */
    NO_REPLY("no reply"),
    /** Any other error code in the reply, or a trace that could not go on. */
    OTHER_ERROR("error");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** A few words for a status column, e.g. "no such name". */
    public String label() {
        return label;
    }

    public boolean isAnswer() {
        return this == ANSWER;
    }
}
