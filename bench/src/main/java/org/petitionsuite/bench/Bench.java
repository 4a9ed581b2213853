package org.petitionsuite.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load driver of {@code bench/run}, against the running suite (ports 8081–8084):
 * <ul>
 *   <li>durable registrations per second through intake's API (201: the event is stored and acknowledged) at 1, 8
 *       and 32 concurrent clients, with p50/p95/p99 latency;</li>
 *   <li>end-to-end lag at a fixed rate: from intake's 201 to the petition's visibility in routing's, supervision's and
 *       reporting's read models (their APIs), for a sample of the petitions (10 a second), each in a village of its
 *       own. The acknowledged rate runs to the last 201.</li>
 * </ul>
 * Results are printed as {@code key=value} lines, which {@code bench/run} puts into its JSON and Markdown files.
 */
public final class Bench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();
    private static final String TOWNSHIP = "330102" + String.format("%03d", 900 + (int) (Math.random() * 99));

    private final Registrations registrations;
    private final String integrator;
    private final String reader;

    private Bench(String template, String integrator, String reader) {
        this.registrations = new Registrations(template);
        this.integrator = integrator;
        this.reader = reader;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = arguments(args);
        Bench bench = new Bench(Files.readString(Path.of(a.get("template"))), a.get("integrator"), a.get("reader"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "20"));
        bench.warmUp();
        for (String clients : a.getOrDefault("clients", "1,8,32").split(",")) {
            if (clients.isBlank()) {
                continue;
            }
            bench.throughput(Integer.parseInt(clients), seconds);
        }
        for (String rate : a.getOrDefault("rates", "100,500").split(",")) {
            if (rate.isBlank()) {
                continue;
            }
            bench.lag(Integer.parseInt(rate), seconds);
        }
        HTTP.executor().ifPresent(e -> ((ExecutorService) e).shutdown());
    }

    private HttpRequest registration(String place) {
        return Registrations.post(registrations.body(place), integrator);
    }

    private void warmUp() throws Exception {
        for (int i = 0; i < 200; i++) {
            HTTP.send(registration(TOWNSHIP + "001"), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** {@code clients} threads register back to back for {@code seconds}; only 201 answers count. */
    private void throughput(int clients, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try (RawHttp connection = new RawHttp("127.0.0.1", 8081)) {
                    while (System.nanoTime() < end) {
                        String body = registrations.body(TOWNSHIP + "002");
                        long t0 = System.nanoTime();
                        try {
                            if (connection.post("/api/v1/petitions", integrator, body).status() == 201) {
                                mine.add(System.nanoTime() - t0);
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                    }
                }
                latencies.addAll(mine);
                done.countDown();
            });
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String k = "registrations.c" + clients;
        print(k + ".per_second", String.format("%.1f", sorted.size() / elapsed));
        print(k + ".p50_ms", ms(percentile(sorted, 50)));
        print(k + ".p95_ms", ms(percentile(sorted, 95)));
        print(k + ".p99_ms", ms(percentile(sorted, 99)));
        print(k + ".failures", Long.toString(failures.get()));
    }

    /**
     * Registrations at {@code rate} per second for {@code seconds}; every {@code rate / 10}-th one (10 a second) lives in
     * a village of its own and is followed until routing, supervision and reporting show it.
     */
    private void lag(int rate, int seconds) throws Exception {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        Map<String, Follower> followers = new LinkedHashMap<>();
        for (String model : List.of("routing", "supervision", "reporting")) {
            followers.put(model, new Follower(model));
        }
        AtomicLong sent = new AtomicLong();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong lastAcknowledged = new AtomicLong();
        AtomicLong followedCount = new AtomicLong();
        AtomicLong village = new AtomicLong(100);
        int sampleEvery = Math.max(1, rate / 10);
        long total = (long) rate * seconds;
        CountDownLatch finished = new CountDownLatch(1);
        long periodNanos = 1_000_000_000L / rate;
        long started = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            long n = sent.incrementAndGet();
            if (n > total) {
                finished.countDown();
                throw new IllegalStateException("done"); // ends the schedule
            }
            boolean followed = n % sampleEvery == 0;
            String place = followed ? TOWNSHIP + String.format("%03d", village.getAndIncrement() % 900 + 100) : TOWNSHIP + "003";
            HTTP.sendAsync(registration(place), HttpResponse.BodyHandlers.ofString()).thenAccept(answer -> {
                if (answer.statusCode() != 201) {
                    return;
                }
                acknowledged.incrementAndGet();
                lastAcknowledged.accumulateAndGet(System.nanoTime(), Math::max);
                if (followed) {
                    followedCount.incrementAndGet();
                    long at = System.nanoTime();
                    String id = Registrations.petitionId(answer.body());
                    LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
                    followers.get("routing").add("http://127.0.0.1:8082/api/v1/routing/decisions/" + id, "\"route\"", at);
                    followers.get("supervision").add("http://127.0.0.1:8083/api/v1/supervision/cases/" + id, "\"clocks\"", at);
                    followers.get("reporting").add("http://127.0.0.1:8084/api/v1/reporting/indicators?region=" + place
                            + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1), "\"items\":1,", at);
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        finished.await();
        clock.shutdownNow();
        clock.awaitTermination(30, TimeUnit.SECONDS);
        Thread.sleep(2_000); // the last answers
        for (Follower f : followers.values()) {
            f.finish();
        }
        double elapsed = (lastAcknowledged.get() - started) / 1e9;
        String k = "lag.r" + rate;
        print(k + ".offered_per_second", Integer.toString(rate));
        print(k + ".acknowledged_per_second", String.format("%.1f", acknowledged.get() / elapsed));
        print(k + ".followed", Long.toString(followedCount.get()));
        followers.forEach((model, follower) -> {
            List<Long> sorted = new ArrayList<>(follower.lags);
            Collections.sort(sorted);
            print(k + "." + model + ".p50_ms", ms(percentile(sorted, 50)));
            print(k + "." + model + ".p99_ms", ms(percentile(sorted, 99)));
            print(k + "." + model + ".visible", Integer.toString(sorted.size()));
        });
    }

    /**
     * Polls, round after round, every followed petition of one read model until its API shows it; one thread per read
     * model, so a petition is checked about every 20 ms however many are pending and no check waits in a queue. A
     * petition not visible 60 s after its 201 is dropped from the percentiles ({@code visible} says how many were).
     */
    private final class Follower {
        private record Pending(HttpRequest get, String marker, long since) {
        }

        final ConcurrentLinkedQueue<Long> lags = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
        private final Thread thread;
        private volatile boolean finishing;

        Follower(String model) {
            thread = new Thread(this::run, "follow-" + model);
            thread.start();
        }

        void add(String url, String marker, long since) {
            pending.add(new Pending(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + reader).GET().build(), marker, since));
        }

        /** Returns once every pending petition is visible or past its 60 s. */
        void finish() throws InterruptedException {
            finishing = true;
            thread.join();
        }

        private void run() {
            while (!(finishing && pending.isEmpty())) {
                long round = System.nanoTime();
                for (int n = pending.size(); n > 0; n--) {
                    Pending p = pending.poll();
                    if (p == null) {
                        break;
                    }
                    if (!visible(p) && System.nanoTime() - p.since() < TimeUnit.SECONDS.toNanos(60)) {
                        pending.add(p);
                    }
                }
                long rest = 20 - (System.nanoTime() - round) / 1_000_000;
                if (rest > 0) {
                    try {
                        Thread.sleep(rest);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        private boolean visible(Pending p) {
            try {
                HttpResponse<String> r = HTTP.send(p.get(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(p.marker())) {
                    lags.add(System.nanoTime() - p.since());
                    return true;
                }
            } catch (IOException e) {
                // not visible yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "n/a" : String.format("%.1f", nanos / 1e6);
    }

    /** {@code --key=value} arguments ({@code --flag} alone is {@code true}). */
    static Map<String, String> arguments(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        return a;
    }

    /** One figure, as a {@code key=value} line for bench/run's and bench/fault's result files. */
    static void print(String key, String value) {
        System.out.println(key + "=" + value);
        System.out.flush();
    }
}
