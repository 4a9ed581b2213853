package org.petitionsuite.intake.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.petitionsuite.intake.Samples;

/**
 * Malformed or hostile registration bodies, generated from a valid one by a seeded random choice of attack. Every
 * body is invalid by construction (each attack breaks a rule intake must enforce), so the only right answer is a 4xx
 * problem+json and nothing stored. The kinds follow the benchmark issue's list: wrong types, missing fields, huge
 * strings, invalid ID check digits, bad region codes, control characters, mixed scripts, JSON bombs, and broken JSON.
 */
public final class HostileRegistrations {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Escapes every non-ASCII character: the only way a lone surrogate can travel in well-formed UTF-8 JSON. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> REQUIRED = List.of("petitioners", "channel", "purpose", "contentCategory", "request",
            "factsAndReasons", "placeOfMatter", "numberOfPeople", "registeringOrgan", "receivedAt", "sourceSystem");
    private static final List<String> TEXT = List.of("contentCategory", "request", "factsAndReasons", "accusedTarget");
    private static final List<Object> NOT_TEXT = List.of(42, -1, 2.5, true, List.of(), Map.of(), List.of(1, 2), Map.of("a", 1));
    /** Per field, values of the wrong type (or, for codes and enums, strings that are no valid value). */
    private static final Map<String, List<Object>> WRONG_VALUES = Map.of(
            "channel", concat(NOT_TEXT, "字符串", "", "letter"),
            "purpose", concat(NOT_TEXT, "字符串", "", "seek_resolution"),
            "receivedAt", concat(NOT_TEXT, "字符串", ""),
            "placeOfMatter", concat(NOT_TEXT, "字符串", ""),
            "request", concat(NOT_TEXT, ""),
            "numberOfPeople", List.of(2.5, true, "字符串", "", "2", List.of(), Map.of()),
            "collective", List.of(42, 0, 2.5, "字符串", "", "true", List.of(), Map.of()),
            "registeringOrgan", List.of(42, true, "字符串", "", List.of(), List.of(1, 2), Map.of(), Map.of("a", 1)),
            "petitioners", List.of(42, true, "字符串", "", List.of(), List.of(1, 2), Map.of(), Map.of("a", 1)));
    private static final List<String> BAD_REGIONS = List.of("", "0", "33010", "3301021", "000000", "990000", "33010x",
            "３３０１０２", "330102 ", " 330102", "330102000000000", "-330102", "33O102", "330102\u0000", "٣٣٠١٠٢");
    private static final List<String> CONTROL = List.of("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028",
            "\u202e", "\u202d", "\ud800", "\udfff");
    private static final List<String> MIXED_SCRIPTS = List.of("县系统-ｃｏｕｎｔｙ", "county-Ａ", "сounty-a", "县a", "ｃｏｕｎｔｙ",
            "county a", "COUNTY-A", "county/a", "county\u200ba");

    /** One attack: what it breaks, and the body it sends. */
    public record Hostile(String kind, String body) {
    }

    private final Random random;
    private final Map<String, Object> valid;
    private final List<Attack> attacks;

    private List<Attack> attacks() {
        return List.of(
            new Attack("missing required field", b -> b.remove(pick(REQUIRED))),
            new Attack("wrong type", b -> {
                String field = pick(List.copyOf(WRONG_VALUES.keySet()));
                b.put(field, pick(WRONG_VALUES.get(field)));
            }),
            new Attack("huge string", b -> b.put(pick(TEXT), "訴".repeat(20_001 + random.nextInt(200_000)))),
            new Attack("invalid ID check digit", b -> petitioner(b).put("idNumber", badIdNumber())),
            new Attack("bad region code", b -> {
                if (random.nextBoolean()) {
                    b.put("placeOfMatter", pick(BAD_REGIONS));
                } else {
                    organ(b).put("regionCode", pick(BAD_REGIONS));
                }
            }),
            new Attack("control characters", b -> {
                String field = pick(List.of("contentCategory", "request", "accusedTarget", "name"));
                String text = "请求" + pick(CONTROL) + "支付";
                if (field.equals("name")) {
                    petitioner(b).put("name", text);
                } else {
                    b.put(field, text);
                }
            }),
            new Attack("mixed scripts in a code", b -> {
                if (random.nextBoolean()) {
                    b.put("sourceSystem", pick(MIXED_SCRIPTS));
                } else {
                    organ(b).put("code", pick(MIXED_SCRIPTS) + " ");
                }
            }),
            new Attack("number out of range", b -> b.put("numberOfPeople", pick(List.of(0, -5, 10_000, Integer.MAX_VALUE,
                    Long.MAX_VALUE, 1e300)))),
            new Attack("bad date", b -> b.put("receivedAt", pick(List.of("yesterday", "2026-13-01T00:00:00Z",
                    "2026-02-30T10:00:00+08:00", "1989-12-31T23:59:59Z", "9999-01-01T00:00:00Z", "2026-11-21",
                    "1700000000")))),
            new Attack("unknown field", b -> b.put(pick(List.of("priority", "__proto__", "constructor", "$where",
                    "petitionId", "status")), "x")),
            new Attack("too many petitioners", b -> {
                List<Object> many = new ArrayList<>();
                for (int i = 0; i < 1001; i++) {
                    many.add(Map.of("name", "人" + i));
                }
                b.put("petitioners", many);
                b.put("numberOfPeople", 1001);
            }),
            new Attack("bad phone", b -> petitioner(b).put("phone", pick(List.of("12345", "1395711234x", "+8613957112345678",
                    "１３９５７１１２３４５", "139 5711 2345")))));
    }

    private record Attack(String kind, Consumer<Map<String, Object>> breakIt) {
    }

    public HostileRegistrations(long seed, Map<String, Object> valid) {
        this.random = new Random(seed);
        this.valid = valid;
        this.attacks = attacks();
    }

    /** The next hostile body; about one in five is not a registration object at all (broken JSON, bombs, wrong roots). */
    public Hostile next(String sourceReference) {
        int dice = random.nextInt(100);
        if (dice < 4) {
            return new Hostile("JSON bomb: nesting", "{\"petitioners\":" + "[".repeat(2_000 + random.nextInt(50_000))
                    + "]".repeat(random.nextInt(3)));
        }
        if (dice < 7) {
            return new Hostile("JSON bomb: duplicate keys", "{" + "\"request\":\"x\",".repeat(1 + random.nextInt(5_000))
                    + "\"request\":\"y\"}");
        }
        if (dice < 14) {
            String body = toJson(JSON, copyWith(sourceReference));
            return new Hostile("truncated JSON", body.substring(0, random.nextInt(body.length() - 1)));
        }
        if (dice < 20) {
            return new Hostile("not an object", pick(List.of("null", "[]", "\"registration\"", "42", "true", "",
                    "{\"a\":", "\u0000\u0001\u0002", "<petition/>", "{'channel':'LETTER'}", "[{}]")));
        }
        Attack attack = pick(attacks);
        Map<String, Object> body = copyWith(sourceReference);
        attack.breakIt().accept(body);
        String json = random.nextBoolean() || hasSurrogate(body) ? toJson(ESCAPING, body) : toJson(JSON, body);
        return new Hostile(attack.kind(), json);
    }

    private Map<String, Object> copyWith(String sourceReference) {
        Map<String, Object> body = deepCopy(valid);
        body.put("sourceReference", sourceReference);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        try {
            return JSON.readValue(JSON.writeValueAsBytes(map), LinkedHashMap.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> petitioner(Map<String, Object> body) {
        return (Map<String, Object>) ((List<Object>) body.get("petitioners")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> organ(Map<String, Object> body) {
        return (Map<String, Object>) body.get("registeringOrgan");
    }

    private static List<Object> concat(List<Object> values, Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }

    /** A well-formed 18-character number whose check digit is wrong. */
    private String badIdNumber() {
        String valid = Samples.idNumber(String.format("330102%04d%02d%02d%03d", 1950 + random.nextInt(50),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000)));
        char check = valid.charAt(17);
        char wrong = check == 'X' ? '0' : check == '9' ? 'X' : (char) (check + 1);
        return valid.substring(0, 17) + wrong;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static boolean hasSurrogate(Map<String, Object> body) {
        // A paired surrogate is a code point above U+FFFF; only a lone one is left as a SURROGATE code point.
        return toJson(JSON, body).codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    private static String toJson(ObjectMapper mapper, Map<String, Object> body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
