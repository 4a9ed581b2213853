package org.petitionsuite.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stream of {@code bench/fault}: registrations at a steady rate into one village, each sent again with the same
 * source reference until intake acknowledges it (201 new, 200 already registered) or ten minutes pass, as a county
 * system's outbox would while services, the broker and the database are restarted under it. Every acknowledged
 * petition is written to {@code --ids} as {@code sourceReference<TAB>petitionId<TAB>attempts}; the answers seen on
 * the way are counted by status ({@code status.<code>}, {@code connection} for a refused or broken one).
 *
 * <pre>java -cp ... org.petitionsuite.bench.Stream --template=F --integrator=TOKEN --place=V --rate=20 --seconds=240 --ids=F</pre>
 */
public final class Stream {
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Registrations registrations;
    private final String integrator;
    private final String place;
    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private final AtomicLong mostAttempts = new AtomicLong();

    private Stream(String template, String integrator, String place) {
        this.registrations = new Registrations(template);
        this.integrator = integrator;
        this.place = place;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Bench.arguments(args);
        Stream stream = new Stream(Files.readString(Path.of(a.get("template"))), a.get("integrator"), a.get("place"));
        stream.run(Integer.parseInt(a.getOrDefault("rate", "20")), Integer.parseInt(a.getOrDefault("seconds", "240")),
                Path.of(a.get("ids")));
    }

    private void run(int rate, int seconds, Path ids) throws Exception {
        long total = (long) rate * seconds;
        // Enough senders that registrations waiting on a restart do not hold up the ones after them.
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(400, rate * 20));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ids, StandardCharsets.UTF_8), true)) {
            long started = System.nanoTime();
            for (long n = 0; n < total; n++) {
                long due = started + n * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String reference = registrations.nextReference();
                senders.execute(() -> register(reference, out));
            }
            senders.shutdown();
            senders.awaitTermination(GIVE_UP_AFTER.toMinutes() + 1, TimeUnit.MINUTES);
        }
        Bench.print("sent", Long.toString(total));
        Bench.print("acknowledged", Long.toString(acknowledged.get()));
        Bench.print("sent_again", Long.toString(resent.get()));
        Bench.print("given_up", Long.toString(givenUp.get()));
        Bench.print("most_attempts", Long.toString(mostAttempts.get()));
        new TreeMap<>(statuses).forEach((status, count) -> Bench.print("status." + status, Long.toString(count.get())));
    }

    /** Sends the registration of {@code reference} until it is acknowledged; one second between attempts. */
    private void register(String reference, PrintWriter out) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        // The very same body every time: a resubmission that differs would be a conflict, not the same registration.
        String body = registrations.body(reference, place);
        for (int attempt = 1; System.nanoTime() < deadline; attempt++) {
            if (attempt > 1) {
                resent.incrementAndGet();
            }
            String status;
            try {
                HttpResponse<String> answer = http.send(Registrations.post(body, integrator), HttpResponse.BodyHandlers.ofString());
                status = Integer.toString(answer.statusCode());
                count(status);
                if (answer.statusCode() == 200 || answer.statusCode() == 201) {
                    acknowledged.incrementAndGet();
                    mostAttempts.accumulateAndGet(attempt, Math::max);
                    synchronized (out) {
                        out.println(reference + "\t" + Registrations.petitionId(answer.body()) + "\t" + attempt);
                    }
                    return;
                }
            } catch (IOException e) {
                count("connection");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        givenUp.incrementAndGet();
    }

    private void count(String status) {
        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }
}
