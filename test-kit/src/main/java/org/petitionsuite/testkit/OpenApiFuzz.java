package org.petitionsuite.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Hostile requests to every operation of a running service, generated from its own OpenAPI document (issue 18 item
 * 6): every path with its path parameters, every declared query parameter and every JSON body schema, mutated by a
 * seeded random source. An answer is wrong when it is a 5xx, when an error is not {@code application/problem+json}
 * with the same status in its body, or when a rejected request changed what the service stores ({@code stored}
 * counts it before and after, given the request's own W3C trace id, which every request carries in a
 * {@code traceparent} header and the service copies into the metadata of every event it stores). Roles vary per
 * request, so every operation is reached past its role check too.
 */
public final class OpenApiFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final List<String> ROLES = List.of("registrar", "handler", "supervisor", "analyst", "integrator", "admin");

    /** Values that broke or could break a parser, a query or a log line. */
    static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\n", "\t\r", "..", "../../etc/passwd",
            "%", "_", "%25", "\\", "' or '1'='1", "\"; drop table x; --", "<script>alert(1)</script>", "null", "undefined",
            "NaN", "１２", "𠮷", "\u202e", "\uFEFF", "a".repeat(3_000), "中".repeat(600), "${jndi:ldap://x}", "{}", "[]",
            "-1", "2147483648", "9".repeat(40), "+999999999-12-31", "0000-00-00");
    static final List<String> HOSTILE_INTEGER = List.of("abc", "1e3", "2147483647", "2147483648", "-2147483649", "-1",
            "0", "1", "12", "１２", "1.5", " 1", "0x10", "+5", "99999999999999999999", "", "٣");
    static final List<String> HOSTILE_DATE = List.of("2026-11-20", "+999999999-12-31", "-999999999-01-01",
            "+1000000000-01-01T00:00:00Z", "2026-13-45", "0000-01-01", "0001-01-01", "9999-12-31", "1969-12-31",
            "2026-11-20T09:00:00Z", "2026-11-20T09:00:00+08:00", "2026-02-30", "20261120", "yesterday");
    static final List<String> PLAUSIBLE_TEXT = List.of("330000", "330100", "330102", "330102000000", "330102-gaj",
            "330100-rsj", "ARBITRATION", "LITIGATION", "PETITION", "overdue", "due-soon", "running", "month", "day",
            "json", "csv", "channel", "region", "LETTER", "VISIT", "ONLINE", "OPEN", "county-a", "劳动争议 拖欠工资",
            "申请复查", "2026-11-20", "2026-11-20T09:00:00+08:00", "true");

    /** The random source's seed ({@code fuzz.seed}): the same seed sends the same requests. */
    static final long SEED = Long.getLong("fuzz.seed", 20261128L);
    /** Requests per operation ({@code fuzz.per-operation}). */
    static final int PER_OPERATION = Integer.getInteger("fuzz.per-operation", 100);
    /** Where the summary goes, per operation and status, with the wrong answers. */
    static final Path SUMMARY = Path.of("target", "fuzz", "openapi-summary.txt");

    private final URI base;
    private final Random random;
    private final String region;
    private final ToLongFunction<String> stored;
    private final Map<String, List<String>> known = new TreeMap<>();
    /** Per operation, the roles that got past its role check so far: most requests use one of them. */
    private final Map<String, Set<String>> admitted = new TreeMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param base   the service's root URI
     * @param region the region claim of every token (the organ claim of a handler is a demo organ inside it)
     * @param stored what the service stores, given a request's trace id; read before and after each rejected write
     */
    public OpenApiFuzz(URI base, String region, ToLongFunction<String> stored) {
        this.base = base;
        this.random = new Random(SEED);
        this.region = region;
        this.stored = stored;
    }

    /**
     * Values of a path parameter that name something the service holds (a registered petition's id), sent half the
     * time so that a request gets past the lookup to the checks behind it.
     */
    public OpenApiFuzz withKnown(String pathParameter, List<String> values) {
        known.put(pathParameter, List.copyOf(values));
        return this;
    }

    /** One operation of the document, its $refs resolved. */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode body) {
        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean writes() {
            return !method.equals("get");
        }
    }

    public record Parameter(String name, String in, JsonNode schema) {
    }

    /** What was sent and what went wrong, per operation. */
    public static final class Report {
        /** The operations the document lists, named as {@code GET /api/v1/...}. */
        public final List<String> documented;
        public final Map<String, Map<Integer, Integer>> statusesByOperation = new TreeMap<>();
        public final List<String> wrong = new ArrayList<>();
        public int requests;
        /** Accepted writes whose stored rows the probe found: shows that it sees what a request stores. */
        public int acceptedWritesSeenStoring;

        Report(List<Operation> operations) {
            documented = operations.stream().map(Operation::name).toList();
        }

        /** How many operations were sent requests. */
        public int operations() {
            return statusesByOperation.size();
        }

        String summary() {
            StringBuilder s = new StringBuilder(String.format(
                    "%d requests over %d operations, seed %d, %d wrong, %d accepted writes seen storing; statuses %s%n",
                    requests, operations(), SEED, wrong.size(), acceptedWritesSeenStoring, statuses()));
            statusesByOperation.forEach((op, statuses) -> s.append(String.format("%-72s %s%n", op, statuses)));
            wrong.stream().limit(50).forEach(w -> s.append("WRONG ").append(w).append('\n'));
            return s.toString();
        }

        /** Counts per status over all operations, for the summary's headline. */
        private Map<Integer, Integer> statuses() {
            Map<Integer, Integer> all = new TreeMap<>();
            statusesByOperation.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
            return all;
        }
    }

    /** The operations of the service's OpenAPI document ({@code /q/openapi?format=json}). */
    List<Operation> operations() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + answer.statusCode());
        }
        return operations(JSON.readTree(answer.body()));
    }

    static List<Operation> operations(JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : concat(path.getValue().path("parameters"), op.path("parameters"))) {
                    JsonNode resolved = resolve(spec, p, 0);
                    parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            resolve(spec, resolved.path("schema"), 0)));
                }
                JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method, path.getKey(), parameters,
                        body.isMissingNode() ? null : resolve(spec, body, 0)));
            }
        }
        return operations;
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    /** Inlines every {@code $ref} to the document's components (cut off at a depth, for recursive schemas). */
    static JsonNode resolve(JsonNode spec, JsonNode node, int depth) {
        if (depth > 12 || node == null) {
            return NODES.objectNode();
        }
        if (node.has("$ref")) {
            String[] parts = node.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = spec;
            for (String part : parts) {
                target = target.path(part);
            }
            return resolve(spec, target, depth + 1);
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), resolve(spec, f.getValue(), depth + 1)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(n -> copy.add(resolve(spec, n, depth + 1)));
            return copy;
        }
        return node;
    }

    /**
     * Sends {@link #PER_OPERATION} requests to each operation of the document; the summary goes to {@link #SUMMARY}
     * and to the test's output.
     */
    public Report run() throws IOException, InterruptedException {
        List<Operation> operations = operations();
        Report report = new Report(operations);
        for (Operation op : operations) {
            for (int i = 0; i < PER_OPERATION; i++) {
                send(op, report);
            }
        }
        String summary = report.summary();
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, summary);
        System.out.print(summary);
        return report;
    }

    private void send(Operation op, Report report) throws InterruptedException {
        String target = base.getRawPath().replaceAll("/$", "") + pathOf(op) + queryOf(op);
        String body = op.body() == null ? (random.nextInt(10) == 0 ? "{\"x\":1}" : null) : bodyOf(op.body());
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(new URI(base.getScheme() + "://" + base.getRawAuthority() + target))
                    .timeout(Duration.ofSeconds(30));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the fuzzer built an invalid URI: " + target, e);
        }
        String role = roleFor(op);
        String token = tokenFor(role);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String contentType = random.nextInt(12) == 0 ? "text/plain" : "application/json";
        request.header("Content-Type", contentType);
        request.method(op.method().toUpperCase(Locale.ROOT), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        String traceId = String.format("%016x%016x", random.nextLong(), random.nextLong());
        request.header("traceparent", "00-" + traceId + "-" + String.format("%016x", random.nextLong() | 1) + "-01");
        long before = op.writes() ? stored.applyAsLong(traceId) : 0;
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), BODY);
        } catch (IOException e) {
            report.requests++;
            report.wrong.add(op.name() + " → no answer (" + e + ") to " + target);
            return;
        }
        report.requests++;
        if (token != null && answer.statusCode() != 401 && answer.statusCode() != 403) {
            admitted.computeIfAbsent(op.name(), k -> new TreeSet<>()).add(role);
        }
        report.statusesByOperation.computeIfAbsent(op.name(), k -> new TreeMap<>()).merge(answer.statusCode(), 1, Integer::sum);
        String verdict = verdict(answer);
        if (verdict == null && answer.statusCode() == 404 && !op.writes() && !op.path().contains("{")) {
            verdict = "404 on a read without path parameters: a query value was taken for a missing resource";
        }
        if (verdict == null && op.writes()) {
            long after = stored.applyAsLong(traceId);
            if (answer.statusCode() >= 400 && after != before) {
                verdict = "a rejected request stored " + (after - before) + " rows";
            } else if (answer.statusCode() < 300 && after > before) {
                report.acceptedWritesSeenStoring++;
            }
        }
        if (verdict != null) {
            report.wrong.add(op.name() + " → " + verdict + " | " + target + (body == null ? "" : " | body "
                    + abbreviate(body)) + " | answer " + abbreviate(answer.body()));
        }
    }

    /**
     * The answer's body as text; a live stream's (text/event-stream) is not read, as it never ends: its status and
     * headers are what is judged.
     */
    private static final HttpResponse.BodyHandler<String> BODY = info ->
            info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")
                    ? new HttpResponse.BodySubscriber<>() {
                        @Override
                        public java.util.concurrent.CompletionStage<String> getBody() {
                            return java.util.concurrent.CompletableFuture.completedFuture("");
                        }

                        @Override
                        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                            subscription.cancel();
                        }

                        @Override
                        public void onNext(List<java.nio.ByteBuffer> item) {
                        }

                        @Override
                        public void onError(Throwable error) {
                        }

                        @Override
                        public void onComplete() {
                        }
                    }
                    : HttpResponse.BodyHandlers.ofString().apply(info);

    /** Null when the answer is acceptable: below 500, and an error is a problem document with its own status. */
    static String verdict(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "status " + status;
        }
        if (status < 400) {
            return null;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return status + " with Content-Type '" + type + "'";
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != status || !problem.hasNonNull("title")) {
                return status + " with a problem document lacking its status or title";
            }
        } catch (IOException e) {
            return status + " with a body that is not JSON";
        }
        return null;
    }

    private String roleFor(Operation op) {
        Set<String> roles = admitted.getOrDefault(op.name(), Set.of());
        return !roles.isEmpty() && random.nextInt(5) != 0 ? pick(List.copyOf(roles)) : pick(ROLES);
    }

    private String tokenFor(String role) {
        int draw = random.nextInt(40);
        if (draw == 0) {
            return null;
        }
        if (draw == 1) {
            return Tokens.expired(role, region);
        }
        if (draw == 2) {
            return Tokens.withoutRegion(role);
        }
        return switch (role) {
            case "handler" -> Tokens.handlerOf(region, random.nextBoolean() ? region + "-rsj" : region + "-gaj");
            case "integrator" -> Tokens.integrator(region, "county-a");
            default -> Tokens.of(role, region);
        };
    }

    private String pathOf(Operation op) {
        Matcher m = TEMPLATE.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Parameter p = op.parameters().stream().filter(x -> x.name().equals(m.group(1))).findFirst().orElse(null);
            List<String> held = known.getOrDefault(m.group(1), List.of());
            String value = !held.isEmpty() && random.nextBoolean() ? pick(held)
                    : p != null && isInteger(p.schema()) && random.nextBoolean() ? pick(HOSTILE_INTEGER)
                    : random.nextInt(3) == 0 ? pick(HOSTILE_TEXT)
                    : random.nextBoolean() ? UUID.randomUUID().toString() : pick(PLAUSIBLE_TEXT);
            m.appendReplacement(path, Matcher.quoteReplacement(encodeSegment(value)));
        }
        m.appendTail(path);
        return path.toString();
    }

    private String queryOf(Operation op) {
        List<String> pairs = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            if (!p.in().equals("query") || random.nextInt(5) < 2) {
                continue;
            }
            pairs.add(encode(p.name()) + "=" + encode(valueFor(p.schema())));
        }
        if (random.nextInt(15) == 0) {
            pairs.add(encode(pick(HOSTILE_TEXT)) + "=" + encode(pick(HOSTILE_TEXT)));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String valueFor(JsonNode schema) {
        if (schema.has("enum") && random.nextBoolean()) {
            return pick(schema.get("enum")).asText();
        }
        if (isInteger(schema) || schema.path("type").asText().equals("number")) {
            return pick(HOSTILE_INTEGER);
        }
        if (schema.path("type").asText().equals("boolean")) {
            return pick(List.of("true", "false", "yes", "1", "", "TRUE"));
        }
        String format = schema.path("format").asText();
        if (format.startsWith("date") || random.nextInt(6) == 0) {
            return pick(HOSTILE_DATE);
        }
        return random.nextBoolean() ? pick(PLAUSIBLE_TEXT) : pick(HOSTILE_TEXT);
    }

    private static boolean isInteger(JsonNode schema) {
        return schema != null && schema.path("type").asText().equals("integer");
    }

    /** A body shaped by the schema, then broken in one to three places, or not JSON at all. */
    private String bodyOf(JsonNode schema) {
        int draw = random.nextInt(30);
        switch (draw) {
            case 0:
                return "";
            case 1:
                return "{";
            case 2:
                return "null";
            case 3:
                return "[]";
            case 4:
                return "[".repeat(5_000);
            case 5:
                return "not json";
            default:
                break;
        }
        JsonNode value = valid(schema, 0);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            value = mutate(value, 0);
        }
        return value.toString();
    }

    /** A value of the schema's shape, plausible but not necessarily accepted by the domain. */
    private JsonNode valid(JsonNode schema, int depth) {
        if (schema.has("enum")) {
            return pick(schema.get("enum"));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(f -> object.set(f.getKey(), valid(f.getValue(), depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int n = depth < 6 ? random.nextInt(3) : 0;
                for (int i = 0; i < n; i++) {
                    array.add(valid(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(random.nextInt(30));
            case "number":
                return NODES.numberNode(random.nextDouble() * 10);
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default:
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    return NODES.textNode("2026-11-" + (10 + random.nextInt(18)));
                }
                if (format.equals("date-time")) {
                    return NODES.textNode("2026-11-20T09:00:00+08:00");
                }
                return NODES.textNode(pick(PLAUSIBLE_TEXT));
        }
    }

    /** One change somewhere in the document: a hostile value, a wrong type, a missing or an unknown field. */
    private JsonNode mutate(JsonNode value, int depth) {
        if (value.isObject() && value.size() > 0 && random.nextInt(4) != 0) {
            ObjectNode object = (ObjectNode) value;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = pick(names);
            switch (random.nextInt(8)) {
                case 0 -> object.remove(name);
                case 1 -> object.set("unexpected" + random.nextInt(3), NODES.textNode("x"));
                default -> object.set(name, mutate(object.get(name), depth + 1));
            }
            return object;
        }
        if (value.isArray() && value.size() > 0 && random.nextBoolean()) {
            ArrayNode array = (ArrayNode) value;
            int i = random.nextInt(array.size());
            array.set(i, mutate(array.get(i), depth + 1));
            return array;
        }
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(new BigInteger("9".repeat(30)));
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(1e308);
            case 4 -> NODES.booleanNode(true);
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode().add(value);
            case 7, 8 -> NODES.textNode(pick(HOSTILE_DATE));
            default -> NODES.textNode(pick(HOSTILE_TEXT));
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment: percent-encoded, so that a "/" or a NUL stays inside the segment it was meant for. */
    private static String encodeSegment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /**
     * The events a request stored: those whose metadata carries its trace id. Other work the service does meanwhile (a
     * consumer's, a scheduler's) carries other trace ids and is not counted.
     */
    public static ToLongFunction<String> eventsOfTrace(DataSource dataSource) {
        return traceId -> count(dataSource, "select count(*) from domain_event_entry where position(? in "
                + "convert_from(meta_data, 'UTF8')) > 0", traceId);
    }

    /**
     * Rows in tables that only requests write (a person's data keys): counted whole, before and after. Never a read
     * model's table, which a processor fills on its own time.
     */
    public static ToLongFunction<String> rowsIn(DataSource dataSource, String... tables) {
        String sql = "select " + String.join(" + ", Arrays.stream(tables)
                .map(t -> "(select count(*) from " + t + ")").toList());
        return traceId -> count(dataSource, sql, null);
    }

    private static long count(DataSource dataSource, String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count: " + sql, e);
        }
    }

    /** Both counts added. */
    public static ToLongFunction<String> both(ToLongFunction<String> a, ToLongFunction<String> b) {
        return traceId -> a.applyAsLong(traceId) + b.applyAsLong(traceId);
    }

}
