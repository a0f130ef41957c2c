package dev.arrears.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs callbacks as SendGrid and Twilio do. The EC key pair is generated from a fixed seed: the test profile hands the
 * public key to the application before it starts, possibly from another class loader than the test that signs.
 */
public final class WebhookKeys {

    static final String TWILIO_AUTH_TOKEN = "webhook-test-auth-token";
    static final String PUBLIC_BASE_URL = "https://notify.example.test";

    private WebhookKeys() {
    }

    public static KeyPair sendGrid() {
        return ecKeyPair("arrears-sendgrid-webhook-test");
    }

    static KeyPair forger() {
        return ecKeyPair("someone-else");
    }

    public static String publicKeyBase64(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** SendGrid: ECDSA P-256 over SHA-256 of the timestamp followed by the raw body, DER-encoded, base64. */
    public static String sendGridSignature(KeyPair pair, String timestamp, byte[] body) throws GeneralSecurityException {
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(pair.getPrivate());
        ecdsa.update(timestamp.getBytes(StandardCharsets.UTF_8));
        ecdsa.update(body);
        return Base64.getEncoder().encodeToString(ecdsa.sign());
    }

    /** Twilio: HMAC-SHA1, keyed with the auth token, of the full URL followed by each parameter name and value, sorted by name. */
    public static String twilioSignature(String token, String url, Map<String, String> params) throws GeneralSecurityException {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static KeyPair ecKeyPair(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
