package socketlab;

import java.util.Locale;
import java.util.Optional;

/** One of a fixed set of options a user names by its id, on the command line or in the window: a kind, a mode. */
public interface Choice {

    /** The name the user types, in lower case: "echo", "semaphore". */
    String id();

    /** The constant of {@code type} whose id is {@code text}, ignoring case and surrounding blanks. */
    static <E extends Enum<E> & Choice> Optional<E> fromId(Class<E> type, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
