package socketlab.ladder;

import java.nio.charset.StandardCharsets;

/**
 * Payload bytes of one segment, as far as they were new: a retransmission's bytes seen before are left out.
 *
 * @param frameNumber the frame that carried them
 * @param fromClient  whether the client sent them
 * @param bytes       the new bytes (owned by the chunk)
 */
public record StreamChunk(long frameNumber, boolean fromClient, byte[] bytes) {

    /**
     * The bytes as text, as Wireshark's "Follow TCP Stream" shows it: UTF-8, with control characters other than
     * newline and tab written as a dot so that binary data cannot garble the view.
     */
    public String text() {
        String s = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue; // CR LF shows as one line break
            }
            out.append(c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : '.');
        }
        return out.toString();
    }
}
