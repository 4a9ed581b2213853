package org.petitionsuite.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registrations made from the demo letter ({@code deploy/local/demo/petitions/001-wage-arrears.json}): each with a
 * source reference of its own (so intake registers it as a new petition, and a resubmission as the same one), in a
 * given village, received a minute ago, without an ID number.
 */
final class Registrations {
    private final String template;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();

    Registrations(String template) {
        this.template = template;
    }

    /** A source reference no registration of this run has used. */
    String nextReference() {
        return "bench-" + run + "-" + sequence.incrementAndGet();
    }

    /** A new registration in {@code place}. */
    String body(String place) {
        return body(nextReference(), place);
    }

    /** The registration of {@code sourceReference} in {@code place}: the same reference is the same petition. */
    String body(String sourceReference, String place) {
        return template
                .replaceFirst("\"sourceReference\": \"[^\"]*\"", "\"sourceReference\": \"" + sourceReference + "\"")
                .replaceFirst("\"placeOfMatter\": \"[^\"]*\"", "\"placeOfMatter\": \"" + place + "\"")
                .replaceFirst("\"receivedAt\": \"[^\"]*\"", "\"receivedAt\": \"" + Instant.now().minusSeconds(60) + "\"")
                .replaceFirst("\"idNumber\": \"[^\"]*\"", "\"idNumber\": null");
    }

    /** The POST of {@code body} to intake's registration endpoint, as the integrator whose token is {@code integrator}. */
    static HttpRequest post(String body, String integrator) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081/api/v1/petitions"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + integrator)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** The petition id in intake's answer to a registration. */
    static String petitionId(String answer) {
        return answer.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }
}
