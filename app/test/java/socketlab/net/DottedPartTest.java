package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each part of a dotted quad judged on its own, to show which ones do not fit in a byte. */
class DottedPartTest {

    @Test
    void showsWhichPartsDoNotFitInAByte() {
        assertEquals(List.of(
                new DottedPart("500", 500, false, "> 255: needs 9 bits, 111110100"),
                new DottedPart("304", 304, false, "> 255: needs 9 bits, 100110000"),
                new DottedPart("259", 259, false, "> 255: needs 9 bits, 100000011"),
                new DottedPart("1", 1, true, "00000001")),
                DottedPart.of("500.304.259.1"));
    }

    @Test
    void emptyLeadingZeroAndHugeParts() {
        assertEquals(List.of(
                new DottedPart("1", 1, true, "00000001"),
                new DottedPart("", -1, false, "empty"),
                new DottedPart("010", 10, false, "leading zero: octal to some programs"),
                new DottedPart("99999999999999", -1, false, "far greater than 255"),
                new DottedPart("255", 255, true, "11111111")),
                DottedPart.of("1..010.99999999999999.255"));
    }

    @Test
    void onlyForDigitsAndDots() {
        assertEquals(List.of(), DottedPart.of("example.com"));
        assertEquals(List.of(), DottedPart.of("::1"));
        assertEquals(List.of(), DottedPart.of(""));
    }
}
