package org.petitionsuite.testkit;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's packaged jar ({@code target/quarkus-app}, built by {@code package} before failsafe runs) started as its own
 * process, as in production, on a free port: for tests that kill and restart a service. Its output goes to
 * {@code target/<logDir>/<run>.log}.
 */
public final class PackagedService {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Process process;
    private final int port;

    private PackagedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar with these system properties and environment, and returns once it is ready. */
    public static PackagedService start(String logDir, String run, List<String> properties, Map<String, String> env)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port, "-Dquarkus.log.console.json.enabled=false",
                "-Dmp.jwt.verify.publickey.location=../deploy/local/dev-keys/DEVELOPMENT-ONLY-public-key.pem"));
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        File logs = new File("target", logDir);
        logs.mkdirs();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(logs, run + ".log"));
        builder.environment().putAll(env);
        System.out.printf("[%s] %s: run %s starting%n", logDir, Instant.now(), run);
        PackagedService service = new PackagedService(builder.start(), port);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!service.ready()) {
            if (!service.process.isAlive() || System.nanoTime() > deadline) {
                service.kill();
                throw new IllegalStateException("run " + run + " did not become ready; see " + new File(logs, run + ".log"));
            }
            Thread.sleep(250);
        }
        return service;
    }

    private boolean ready() throws InterruptedException {
        try {
            return get("/q/health/ready", null).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first sample of a metric in {@code /q/metrics} whose line starts with {@code name} (labels included); 0 if none. */
    public double metric(String name) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\S* (\\S+)$").matcher(get("/q/metrics", null).body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /**
     * Waits until this instance's Kafka consumer holds partitions: "ready" comes before the group's rebalance, and
     * records sent before it ends may all go to the instances already in the group.
     */
    public void awaitAssignedPartitions() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                if (metric("kafka_consumer_coordinator_assigned_partitions{") > 0) {
                    return;
                }
            } catch (IOException notAnsweringNow) {
                // try again
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no partitions assigned within 60 s");
            }
            Thread.sleep(250);
        }
    }

    /** After a test: kills those of {@code services} still running (null: not started or stopped already). */
    public static void killAll(PackagedService... services) {
        for (PackagedService s : services) {
            if (s != null) {
                s.kill();
            }
        }
    }

        /** SIGKILL: nothing is flushed, no consumer leaves its group politely. */
    public void kill() {
        System.out.printf("[packaged-service] %s: SIGKILL%n", Instant.now());
        process.destroyForcibly();
        waitForEnd();
    }

    /** SIGTERM: Quarkus's graceful shutdown. */
    public void stop() {
        System.out.printf("[packaged-service] %s: SIGTERM%n", Instant.now());
        process.destroy();
        waitForEnd();
    }

    private void waitForEnd() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }
}
