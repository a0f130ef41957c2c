package dev.arrears.notification.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

    @Test
    void countsGsmSeptetsAndUcs2Units() {
        assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("€".repeat(80))).as("the euro sign takes two septets").isEqualTo(1);
        assertThat(SmsText.segments("€".repeat(81))).isEqualTo(2);
        assertThat(SmsText.segments("á".repeat(70))).isEqualTo(1);
        assertThat(SmsText.segments("á".repeat(71))).isEqualTo(2);
        assertThat(SmsText.segments("á".repeat(135))).isEqualTo(3);
    }

    @Test
    void plainSpacesAndPunctuationKeepAMessageInTheGsmAlphabet() {
        String fitted = SmsText.fit("Acme\u00a0: la facture INV-1 (1\u202f190,00\u00a0€) accuse 30\u00a0jours de retard – merci\u202f! C’est urgent…");

        assertThat(fitted).isEqualTo("Acme : la facture INV-1 (1 190,00 €) accuse 30 jours de retard - merci ! C'est urgent...");
        assertThat(SmsText.isGsm(fitted)).isTrue();
    }

    @Test
    void accentsStayWhileTwoUcs2SegmentsSufficeAndGoWhenTheyWouldNot() {
        String short_ = "Acme: la factura vence hoy. ¿Ya ha pagado? ¡Gracias! Días: 3";
        assertThat(SmsText.fit(short_)).isEqualTo(short_);

        String long_ = "Acme: segundo aviso. La factura INV-2026-0042 (1.190,00 €) acumula 30 días de retraso. Pague antes del 22 nov 2026 "
                + "para evitar otras medidas. https://pay.example.com/acme/C-1001";
        String fitted = SmsText.fit(long_);
        assertThat(fitted).contains("30 dias de retraso").contains("1.190,00 €");
        assertThat(SmsText.isGsm(fitted)).isTrue();
        assertThat(SmsText.segments(fitted)).isLessThanOrEqualTo(2);
    }
}
