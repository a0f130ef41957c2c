package dev.arrears.contracts.notification;

import dev.arrears.contracts.ArrearsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "buchhaltung@mueller-maschinenbau.de, b***@mueller-maschinenbau.de",
            "  K.Mueller@Example.COM , k***@example.com",
            "+491701234567, +49*******567",
            "+4930123456789, +49********789",
            "+1202555, +12**555",
            "postal, postal"})
    void masksAllButWhatPeopleNeedToTellAddressesApart(String address, String masked) {
        assertThat(NotificationAddresses.mask(address)).isEqualTo(masked);
    }

    @Test
    void hashIsPerCustomerAndIgnoresTheCaseOfAnEmail() {
        String hash = NotificationAddresses.hash("acme", "C-1", "Anna@Example.com");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(NotificationAddresses.hash("acme", "C-1", "anna@example.com"));
        assertThat(hash).isNotEqualTo(NotificationAddresses.hash("acme", "C-2", "anna@example.com"))
                .isNotEqualTo(NotificationAddresses.hash("other", "C-1", "anna@example.com"));
    }

    @Test
    void goldenSamplesCarryTheHashAConsumerComputesFromTheCustomersAddress() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/notification/NotificationSent.v1.json")) {
            NotificationSent sent = ArrearsJson.mapper().readValue(in, NotificationSent.class);

            assertThat(sent.addressHash()).isEqualTo(NotificationAddresses.hash("acme", "C-1001", "buchhaltung@mueller-maschinenbau.de"));
            assertThat(sent.address()).isEqualTo(NotificationAddresses.mask("buchhaltung@mueller-maschinenbau.de"));
        }
    }
}
