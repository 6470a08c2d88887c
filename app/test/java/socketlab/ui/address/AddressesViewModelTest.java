package socketlab.ui.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.net.DottedPart;
import socketlab.net.NetworkOrder;

/** The Addresses pane's model: every keystroke re-reads the address and port; examples and the mapped switch. */
class AddressesViewModelTest {
    private final AddressesViewModel vm = new AddressesViewModel();

    @Test
    void opensOnThePracticeQuestion() {
        assertEquals("198.35.26.96", vm.anatomyProperty().get().canonical());
        assertEquals("02 00 | 00 50 | c6 23 1a 60 | 00 00 00 00 00 00 00 00", vm.layoutProperty().get().hexByField());
        assertEquals("", vm.layoutHintProperty().get());
        assertEquals("", vm.ruleProperty().get());
    }

    @Test
    void eachKeystrokeIsReadAgain() {
        vm.address().textProperty().set("198.35.26.9");
        assertEquals("c6 23 1a 09", NetworkOrder.hex(vm.anatomyProperty().get().bytes()));
        vm.address().textProperty().set("198.35.26.");
        assertNull(vm.anatomyProperty().get());
        assertNull(vm.layoutProperty().get());
        assertEquals("part 4 of \"198.35.26.\" is empty", vm.address().errorProperty().get());
        assertEquals(AddressesViewModel.IPV4_RULE, vm.ruleProperty().get());
        assertEquals(List.of(new DottedPart("198", 198, true, "11000110"), new DottedPart("35", 35, true, "00100011"),
                new DottedPart("26", 26, true, "00011010"), new DottedPart("", -1, false, "empty")),
                vm.dottedPartsProperty().get());
    }

    @Test
    void anInvalidIpv6AddressHasNoDottedPartsAndTheIpv6Rule() {
        vm.address().textProperty().set("1::2::3");
        assertEquals("\"1::2::3\" uses :: twice; it may stand for one run of zero groups only",
                vm.address().errorProperty().get());
        assertEquals(List.of(), vm.dottedPartsProperty().get());
        assertEquals(AddressesViewModel.IPV6_RULE, vm.ruleProperty().get());
    }

    @Test
    void withoutAPortThereIsNoLayoutButAHint() {
        vm.port().textProperty().set("");
        assertTrue(vm.port().isValid(), "no port is allowed");
        assertNull(vm.layoutProperty().get());
        assertEquals("Type a port to see the sockaddr_in a C program passes to bind or connect.",
                vm.layoutHintProperty().get());
        vm.address().textProperty().set("::1");
        assertEquals("Type a port to see the sockaddr_in6 a C program passes to bind or connect.",
                vm.layoutHintProperty().get());
        vm.port().textProperty().set("http");
        assertFalse(vm.port().isValid());
        assertEquals("port must be a whole number from 0 to 65535, not \"http\"", vm.port().errorProperty().get());
        assertEquals("Fix the port to see the sockaddr_in6.", vm.layoutHintProperty().get());
        vm.port().textProperty().set("7");
        assertEquals("sockaddr_in6", vm.layoutProperty().get().struct());
    }

    @Test
    void examplesAndTheMappedSwitch() {
        vm.show(AddressExample.ALL.get(4));
        assertEquals("::ffff:128.95.4.1", vm.address().textProperty().get());
        assertEquals("", vm.port().textProperty().get());
        vm.showMapped();
        assertEquals("128.95.4.1", vm.address().textProperty().get());
        vm.showMapped();
        assertEquals("::ffff:128.95.4.1", vm.address().textProperty().get());
        vm.show(AddressExample.ALL.get(1));
        assertEquals("198.35.26.96", vm.address().textProperty().get());
        assertEquals("80", vm.port().textProperty().get());
        vm.show(AddressExample.ALL.get(2));
        assertEquals("500, 304 and 259 are greater than 255 and do not fit in one byte",
                vm.address().errorProperty().get());
    }
}
