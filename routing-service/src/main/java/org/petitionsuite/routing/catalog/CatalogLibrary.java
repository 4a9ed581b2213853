package org.petitionsuite.routing.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.petitionsuite.contract.DivisionCode;

/**
 * The national classification catalog and the overlays of provinces, cities and counties, as data a jurisdiction can
 * change without a release (a directory of YAML files, e.g. a mounted ConfigMap). Every file is checked when loaded;
 * a catalog with problems is refused as a whole.
 */
public final class CatalogLibrary {
    static final String NATIONAL = "national";
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final CatalogFile national;
    private final List<CatalogFile> overlays;
    private final List<Source> sources;

    private CatalogLibrary(CatalogFile national, List<CatalogFile> overlays, List<Source> sources) {
        this.national = national;
        this.overlays = overlays;
        this.sources = List.copyOf(sources);
    }

    /** A draft: the national catalog's YAML and the overlays' YAML, checked like any catalog. */
    public static CatalogLibrary fromTexts(String national, List<String> overlays) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("national", national == null ? "" : national));
        for (int i = 0; i < overlays.size(); i++) {
            sources.add(new Source("overlays[" + i + "]", overlays.get(i) == null ? "" : overlays.get(i)));
        }
        return of(sources);
    }

    /** The files as loaded, for people who draft the next version. */
    public List<Source> sources() {
        return sources;
    }

    /** {@code dir/national.yaml} and every {@code dir/overlays/*.yaml}. */
    public static CatalogLibrary fromDirectory(Path dir) {
        List<Source> sources = new ArrayList<>();
        sources.add(Source.of(dir.resolve("national.yaml")));
        Path overlayDir = dir.resolve("overlays");
        if (Files.isDirectory(overlayDir)) {
            try (Stream<Path> files = Files.list(overlayDir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().map(Source::of).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(sources);
    }

    /** The catalog shipped in the service: {@code catalog/national.yaml} and the overlays listed in {@code catalog/overlays.list}. */
    public static CatalogLibrary fromClasspath() {
        List<Source> sources = new ArrayList<>();
        sources.add(Source.classpath("catalog/national.yaml"));
        for (String line : Source.classpath("catalog/overlays.list").text().split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                sources.add(Source.classpath("catalog/overlays/" + name));
            }
        }
        return of(sources);
    }

    /** Parses and checks; the first source is the national catalog. */
    static CatalogLibrary of(List<Source> sources) {
        List<String> problems = new ArrayList<>();
        List<CatalogFile> files = new ArrayList<>();
        for (Source source : sources) {
            try {
                CatalogFile file = YAML.readValue(source.text(), CatalogFile.class);
                checkFile(source.name(), file, files.isEmpty(), problems);
                files.add(file);
            } catch (IOException e) {
                problems.add(source.name() + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        Words.learn(files.stream().flatMap(CatalogFile::words).toList());
        CatalogLibrary library = new CatalogLibrary(files.get(0), files.subList(1, files.size()), sources);
        library.checkCompositions(problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return library;
    }

    /** The rules in force for a matter at {@code place}: national, then the overlays of each region containing it, broadest first. */
    public Catalog forPlace(String place) {
        DivisionCode code = DivisionCode.parse(place);
        List<CatalogFile> applicable = overlays.stream()
                .filter(o -> DivisionCode.parse(o.region()).contains(code))
                .sorted(Comparator.comparingInt(o -> DivisionCode.parse(o.region()).scopePrefix().length()))
                .toList();
        return compose(applicable);
    }

    /** Every catalog version file, for the catalog API and audits. */
    public List<String> versions() {
        List<String> versions = new ArrayList<>();
        versions.add(label(national));
        overlays.forEach(o -> versions.add(label(o)));
        return versions;
    }

    private Catalog compose(List<CatalogFile> applicable) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        national.rules().forEach(r -> rules.put(r.id(), r));
        StringBuilder version = new StringBuilder(label(national));
        Map<String, String> synonyms = new java.util.HashMap<>();
        addSynonyms(national, synonyms);
        for (CatalogFile overlay : applicable) {
            addSynonyms(overlay, synonyms);
            if (overlay.remove() != null) {
                overlay.remove().forEach(rules::remove);
            }
            if (overlay.rules() != null) {
                overlay.rules().forEach(r -> rules.put(r.id(), r));
            }
            version.append('+').append(label(overlay));
        }
        return new Catalog(version.toString(), new ArrayList<>(rules.values()),
                national.scoring() == null ? Scoring.DEFAULT : national.scoring(), Map.copyOf(synonyms));
    }

    /** Variant → the catalog's word; a narrower region's file has the last word. */
    private static void addSynonyms(CatalogFile file, Map<String, String> synonyms) {
        if (file.synonyms() != null) {
            file.synonyms().forEach((word, variants) -> variants.forEach(v -> synonyms.put(v, word)));
        }
    }

    private static String label(CatalogFile file) {
        return file.catalog() + "@" + file.version();
    }

    private static void checkFile(String name, CatalogFile file, boolean isNational, List<String> problems) {
        String at = name + ": ";
        if (file.catalog() == null || file.catalog().isBlank()) {
            problems.add(at + "'catalog' (its name) is required");
        }
        if (file.version() == null || file.version().isBlank()) {
            problems.add(at + "'version' is required: every decision records it");
        }
        if (isNational) {
            if (!NATIONAL.equals(file.catalog())) {
                problems.add(at + "the first catalog must be 'national'");
            }
            if (file.scoring() != null && file.scoring().isNegative()) {
                problems.add(at + "'scoring' values are points and cannot be negative");
            }
            if (file.region() != null || file.remove() != null) {
                problems.add(at + "the national catalog has no 'region' and removes nothing");
            }
            if (file.rules() == null || file.rules().stream().noneMatch(r -> r != null && r.when() != null && r.when().isEmpty())) {
                problems.add(at + "the national catalog needs a fallback rule ('when: {}') so that every matter is classified");
            }
        } else {
            if (file.scoring() != null) {
                problems.add(at + "'scoring' is set by the national catalog only, so that every place weighs rules alike");
            }
            try {
                if (DivisionCode.parse(file.region()).equals(DivisionCode.NATIONAL)) {
                    problems.add(at + "an overlay's 'region' must be a province, city or county, not the whole country");
                }
            } catch (IllegalArgumentException e) {
                problems.add(at + "'region' " + e.getMessage());
            }
        }
        if (file.synonyms() != null) {
            file.synonyms().forEach((word, variants) -> {
                if (word == null || word.isBlank() || variants == null || variants.isEmpty()
                        || variants.stream().anyMatch(v -> v == null || v.isBlank() || v.equals(word))) {
                    problems.add(at + "synonyms of '" + word + "' must be a list of other, non-empty words");
                }
            });
        }
        Set<String> ids = new HashSet<>();
        List<Rule> rules = file.rules() == null ? List.of() : file.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String ruleAt = at + "rules[" + i + "]";
            if (rule == null) {
                problems.add(ruleAt + " is empty");
                continue;
            }
            if (rule.id() == null || !RULE_ID.matcher(rule.id()).matches()) {
                problems.add(ruleAt + ": 'id' must be 1–64 lower-case letters, digits, '.' or '-'");
            } else if (!ids.add(rule.id())) {
                problems.add(ruleAt + ": id '" + rule.id() + "' is used twice");
            }
            if (rule.channel() == null) {
                problems.add(ruleAt + ": 'channel' is required");
            }
            if (rule.when() == null) {
                problems.add(ruleAt + ": 'when' is required (write 'when: {}' for a rule that always applies)");
            } else {
                checkConditions(ruleAt, rule.when(), problems);
            }
            if (rule.rationale() == null || rule.rationale().isBlank()) {
                problems.add(ruleAt + ": 'rationale' is required: every decision must explain itself");
            }
        }
    }

    private static void checkConditions(String at, Conditions when, List<String> problems) {
        Map<String, List<?>> lists = new LinkedHashMap<>();
        lists.put("purposes", when.purposes());
        lists.put("contentCategories", when.contentCategories());
        lists.put("keywords", when.keywords());
        lists.put("excludeKeywords", when.excludeKeywords());
        lists.forEach((name, list) -> {
            if (list == null) {
                return;
            }
            if (list.isEmpty()) {
                problems.add(at + ": '" + name + "' is an empty list, which never matches; leave the condition out instead");
            } else if (list.stream().anyMatch(v -> v == null || v.toString().isBlank())) {
                problems.add(at + ": '" + name + "' has an empty entry");
            }
        });
    }

    /** Overlays must name distinct regions, remove only rules they find, and leave a fallback rule in force. */
    private void checkCompositions(List<String> problems) {
        Set<String> regions = new HashSet<>();
        for (CatalogFile overlay : overlays) {
            String region = DivisionCode.parse(overlay.region()).twelveDigits();
            if (!regions.add(region)) {
                problems.add(overlay.catalog() + ": another overlay already covers region " + overlay.region());
            }
            List<CatalogFile> chain = overlays.stream()
                    .filter(o -> DivisionCode.parse(o.region()).contains(DivisionCode.parse(overlay.region())))
                    .sorted(Comparator.comparingInt(o -> DivisionCode.parse(o.region()).scopePrefix().length()))
                    .toList();
            Set<String> inForce = new HashSet<>();
            national.rules().forEach(r -> inForce.add(r.id()));
            for (CatalogFile o : chain.subList(0, chain.indexOf(overlay))) {
                if (o.remove() != null) {
                    o.remove().forEach(inForce::remove);
                }
                if (o.rules() != null) {
                    o.rules().forEach(r -> inForce.add(r.id()));
                }
            }
            if (overlay.remove() != null) {
                overlay.remove().stream().filter(id -> !inForce.contains(id))
                        .forEach(id -> problems.add(overlay.catalog() + ": removes rule '" + id + "', which is not in force there"));
            }
            Catalog composed = compose(chain);
            if (composed.rules().stream().noneMatch(r -> r.when().isEmpty())) {
                problems.add(overlay.catalog() + ": leaves no fallback rule ('when: {}') in force for region " + overlay.region());
            }
        }
    }

    /** A catalog file's name and text. */
    public record Source(String name, String text) {
        static Source of(Path path) {
            try {
                return new Source(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CatalogException(List.of(path + ": cannot be read (" + e.getMessage() + ")"));
            }
        }

        static Source classpath(String resource) {
            try (InputStream in = CatalogLibrary.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CatalogException(List.of(resource + ": not on the classpath"));
                }
                return new Source(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
