package com.example.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends WhatsApp messages through CEQUENS and maps its error codes to actions. */
public class WhatsAppSender {
    private static final Logger LOG = Logger.getLogger(WhatsAppSender.class.getName());
    private static final String MESSAGES_URL = "https://apis.cequens.com/conversation/wab/v1/messages";

    /** Codes worth another attempt after a pause. */
    static final Set<Integer> RETRYABLE_CODES = Set.of(429, 1000, 1015, 1016, 1017);

    public static final int RE_ENGAGEMENT_MESSAGE = 470;
    public static final int RECEIVER_INCAPABLE = 1026;

    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String bearerToken;

    public WhatsAppSender(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    public enum Outcome { SENT, RETRY, SEND_TEMPLATE, SKIP_RECIPIENT, FIX_REQUEST, ALERT }

    public Outcome sendText(String to, String text) throws IOException, InterruptedException {
        String json = "{\"to\":\"" + to + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(MESSAGES_URL))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            throw new IllegalStateException("CEQUENS rejected the token: " + response.body());
        }
        Matcher matcher = ERROR_CODE.matcher(response.body());
        return matcher.find() ? outcomeFor(Integer.parseInt(matcher.group(1))) : Outcome.SENT;
    }

    static Outcome outcomeFor(int errorCode) {
        if (RETRYABLE_CODES.contains(errorCode)) {
            return Outcome.RETRY;
        }
        switch (errorCode) {
            case RE_ENGAGEMENT_MESSAGE:
                return Outcome.SEND_TEMPLATE;
            case 472:
            case 1013:
            case RECEIVER_INCAPABLE:
                return Outcome.SKIP_RECIPIENT;
            case 1008:
            case 1009:
            case 2001:
            case 2012:
                return Outcome.FIX_REQUEST;
            case 471:
                LOG.severe("Spam rate limit hit (471): check the number's quality rating");
                return Outcome.ALERT;
            default:
                LOG.warning("Unhandled WhatsApp error code " + errorCode);
                return Outcome.ALERT;
        }
    }
}
