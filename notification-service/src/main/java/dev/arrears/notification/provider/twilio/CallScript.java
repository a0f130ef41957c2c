package dev.arrears.notification.provider.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;

import java.net.URI;

/**
 * The TwiML a reminder call runs: the script read aloud, then, where the tenant has a collections number, a one-key
 * menu. Inline TwiML cannot branch on the key pressed, so the menu posts the key to our gather webhook, which answers
 * with a {@code <Dial>} for 1; a customer who presses nothing hears goodbye.
 */
public final class CallScript {

    private CallScript() {
    }

    /** @param gatherAction where the key press goes, or {@code null} for no menu */
    static String twiml(String script, VoiceLanguage language, URI gatherAction) {
        VoiceResponse.Builder response = new VoiceResponse.Builder()
                .say(new Say.Builder(script).language(language.say()).build());
        if (gatherAction != null) {
            Say menu = new Say.Builder(language.menu()).language(language.menuLanguage()).build();
            response.gather(new Gather.Builder()
                    .numDigits(1)
                    .timeout(5)
                    .action(gatherAction)
                    .method(HttpMethod.POST)
                    .say(menu)
                    .build());
        }
        response.say(new Say.Builder(language.goodbye()).language(language.menuLanguage()).build());
        return response.build().toXml();
    }

    /** What the gather webhook answers: connect on 1, else hang up. */
    public static String afterKeyPress(String digits, String collectionsNumber) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if ("1".equals(digits) && collectionsNumber != null) {
            response.dial(new Dial.Builder(collectionsNumber).build());
        } else {
            response.hangup(new Hangup.Builder().build());
        }
        return response.build().toXml();
    }
}
