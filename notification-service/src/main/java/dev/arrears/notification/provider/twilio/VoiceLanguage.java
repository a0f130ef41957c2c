package dev.arrears.notification.provider.twilio;

import com.twilio.twiml.voice.Say;

import java.util.Locale;
import java.util.Map;

/** Which of Twilio's voice languages reads a script written in a BCP 47 language, and what the menu says in it. */
record VoiceLanguage(Say.Language say, String menu, String goodbye) {

    /**
     * The voice for a bare language that has none of its own country's (e.g. {@code nl} → {@code nl-NL}, but English has
     * no {@code en-EN}): the customers this platform was built for are mostly European.
     */
    private static final Map<String, String> REGION = Map.of("en", "en-GB");

    private static final Map<String, String[]> PROMPTS = Map.of(
            "de", new String[] {"Um mit einem Mitarbeiter unserer Forderungsabteilung zu sprechen, drücken Sie die 1.", "Auf Wiederhören."},
            "en", new String[] {"To speak to a member of our collections team, press 1.", "Goodbye."},
            "fr", new String[] {"Pour parler à un conseiller de notre service de recouvrement, appuyez sur 1.", "Au revoir."},
            "es", new String[] {"Para hablar con un agente de nuestro departamento de cobros, pulse 1.", "Adiós."});

    /**
     * @param language the language the script was rendered in, e.g. {@code de} or {@code fr-CA}, or {@code null}
     * @param fallback a Twilio language tag for scripts in a language Twilio has no voice for
     */
    static VoiceLanguage of(String language, String fallback) {
        Say.Language say = find(language);
        if (say == null && language != null) {
            String primary = primary(language);
            say = find(REGION.getOrDefault(primary, primary + "-" + primary));
        }
        if (say == null && language != null) {
            say = anyRegionOf(primary(language));
        }
        if (say == null) {
            say = find(fallback);
        }
        if (say == null) {
            say = Say.Language.EN_GB;
        }
        String[] prompts = PROMPTS.getOrDefault(primary(say.toString()), PROMPTS.get("en"));
        return new VoiceLanguage(say, prompts[0], prompts[1]);
    }

    /** The language the menu is read in: the script's where we have a translation, else English. */
    Say.Language menuLanguage() {
        return PROMPTS.containsKey(primary(say.toString())) ? say : Say.Language.EN_GB;
    }

    private static Say.Language find(String tag) {
        if (tag == null) {
            return null;
        }
        for (Say.Language candidate : Say.Language.values()) {
            if (candidate.toString().equalsIgnoreCase(tag)) {
                return candidate;
            }
        }
        return null;
    }

    private static Say.Language anyRegionOf(String primary) {
        for (Say.Language candidate : Say.Language.values()) {
            if (candidate.toString().toLowerCase(Locale.ROOT).startsWith(primary + "-")) {
                return candidate;
            }
        }
        return null;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
