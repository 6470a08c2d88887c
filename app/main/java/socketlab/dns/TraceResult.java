package socketlab.dns;

import java.time.Duration;
import java.util.List;
import org.xbill.DNS.Name;

/**
 * A whole iterative resolution.
 *
 * @param question what was traced
 * @param outcome  how it ended
 * @param problem  why there is no answer, in plain words; empty for an answer
 * @param steps    every question asked, in order
 * @param answers  the final records, aliases first
 * @param path     the hierarchy walked for the final name: the root, each zone a referral led to, and the name,
 *                 e.g. {@code . edu. stanford.edu. web.stanford.edu.}
 * @param elapsed  the time spent waiting for replies, all steps together
 */
public record TraceResult(Question question, Outcome outcome, String problem, List<TraceStep> steps,
        List<DnsRecord> answers, List<Name> path, Duration elapsed) {

    public TraceResult {
        steps = List.copyOf(steps);
        answers = List.copyOf(answers);
        path = List.copyOf(path);
    }

    public boolean isAnswer() {
        return outcome.isAnswer();
    }
}
