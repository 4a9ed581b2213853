package org.petitionsuite.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.petitionsuite.contract.DivisionCode;

/**
 * The limit profiles of every jurisdiction, national first. A profile that {@code extends} another inherits its periods
 * and overrides some. The profile of a place is the most specific one whose region contains it.
 */
public final class LimitProfiles {
    private final List<LimitProfile> profiles;

    private LimitProfiles(List<LimitProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** The profiles shipped in {@code profiles/}, listed in {@code profiles/profiles.list}. */
    public static LimitProfiles shipped() {
        List<String[]> files = new ArrayList<>();
        for (String line : read("profiles/profiles.list").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(new String[] {name, read("profiles/" + name)});
            }
        }
        return of(files);
    }

    /** Profiles from {name, text} pairs, parents before the profiles that extend them. */
    public static LimitProfiles of(List<String[]> files) {
        Map<String, LimitProfile> byId = new HashMap<>();
        List<LimitProfile> profiles = new ArrayList<>();
        for (String[] file : files) {
            LimitProfile profile = parse(file[0], file[1], byId);
            byId.put(profile.id(), profile);
            profiles.add(profile);
        }
        if (profiles.stream().noneMatch(p -> DivisionCode.parse(p.region()).equals(DivisionCode.NATIONAL))) {
            throw new IllegalArgumentException("no national profile (region 000000): every place needs limits");
        }
        return new LimitProfiles(profiles);
    }

    /** The profile in force at a place (6- or 12-digit division code). */
    public LimitProfile forPlace(String place) {
        DivisionCode code = DivisionCode.parse(place);
        return profiles.stream()
                .filter(p -> DivisionCode.parse(p.region()).contains(code))
                .max(Comparator.comparingInt(p -> DivisionCode.parse(p.region()).scopePrefix().length()))
                .orElseThrow();
    }

    private static LimitProfile parse(String name, String text, Map<String, LimitProfile> known) {
        Map<String, String> header = new HashMap<>();
        Map<Step, Period> periods = new EnumMap<>(Step.class);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String at = name + " line " + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(at + "expected KEY = VALUE");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.equals(key.toUpperCase())) {
                periods.put(step(at, key), period(at, value));
            } else {
                header.put(key, value);
            }
        }
        String parent = header.get("extends");
        Map<Step, Period> inherited = new EnumMap<>(Step.class);
        boolean extendPastRestDays = Boolean.parseBoolean(header.getOrDefault("extend-past-rest-days", "true"));
        if (parent != null) {
            LimitProfile base = known.get(parent);
            if (base == null) {
                throw new IllegalArgumentException(name + ": extends unknown profile '" + parent + "' (list it first)");
            }
            inherited.putAll(base.periods());
            extendPastRestDays = Boolean.parseBoolean(header.getOrDefault("extend-past-rest-days",
                    Boolean.toString(base.extendPastRestDays())));
        }
        inherited.putAll(periods);
        for (String required : List.of("id", "version", "region")) {
            if (header.get(required) == null || header.get(required).isEmpty()) {
                throw new IllegalArgumentException(name + ": '" + required + "' is required");
            }
        }
        DivisionCode.parse(header.get("region"));
        return new LimitProfile(header.get("id"), header.get("version"), header.get("region"), header.get("source"),
                extendPastRestDays, inherited);
    }

    private static Step step(String at, String key) {
        try {
            return Step.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + "unknown step " + key);
        }
    }

    private static Period period(String at, String value) {
        String[] parts = value.split("\\|", 2);
        String[] amount = parts[0].strip().split("\\s+");
        if (amount.length != 2 || parts.length != 2 || parts[1].isBlank()) {
            throw new IllegalArgumentException(at + "expected LENGTH calendar-days|working-days | ARTICLE");
        }
        Period.Unit unit = switch (amount[1]) {
            case "calendar-days" -> Period.Unit.CALENDAR_DAYS;
            case "working-days" -> Period.Unit.WORKING_DAYS;
            default -> throw new IllegalArgumentException(at + "unit must be calendar-days or working-days");
        };
        try {
            return new Period(Integer.parseInt(amount[0]), unit, parts[1].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + "length must be a whole number");
        }
    }

    private static String read(String resource) {
        try (InputStream in = LimitProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
