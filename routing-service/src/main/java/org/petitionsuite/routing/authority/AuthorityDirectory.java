package org.petitionsuite.routing.authority;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.routing.catalog.CatalogException;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Who has power to handle what, where (谁主管、谁负责, 条例 Art 22–24), as data: organs with their level, region, legal
 * channels and functional areas. Resolves a classified matter to the most local competent organ.
 */
public final class AuthorityDirectory {
    // The route flags are the contract's (PetitionRoutedV1), named here where the directory sets them.
    public static final String ACCUSED_ORGAN_EXCLUDED = PetitionRoutedV1.ACCUSED_ORGAN_EXCLUDED;
    public static final String COMPETENCE_CONFLICT = PetitionRoutedV1.COMPETENCE_CONFLICT;
    public static final String NO_COMPETENT_ORGAN = PetitionRoutedV1.NO_COMPETENT_ORGAN;
    public static final String ALREADY_ACCEPTED_BELOW = PetitionRoutedV1.ALREADY_ACCEPTED_BELOW;
    public static final String RE_REVIEW_CONCLUDED = PetitionRoutedV1.RE_REVIEW_CONCLUDED;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param assignment when the petition department assigns (交办) rather than forwards, and the reporting deadline it
     *                   sets; the statute gives no number (petition-rules.md §1.1 T2), so it is configuration [U]
     */
    record DirectoryFile(String version, Assignment assignment, List<Organ> organs) {
    }

    /** Collective matters on these channels are assigned with a deadline; everything else is forwarded. */
    record Assignment(boolean collective, List<LegalChannel> channels, int reportWithinDays) {
    }

    private final DirectoryFile file;

    private AuthorityDirectory(DirectoryFile file) {
        this.file = file;
    }

    public static AuthorityDirectory fromClasspath() {
        try (InputStream in = AuthorityDirectory.class.getClassLoader().getResourceAsStream("authorities/directory.yaml")) {
            if (in == null) {
                throw new CatalogException(List.of("authorities/directory.yaml: not on the classpath"));
            }
            return parse("authorities/directory.yaml", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException(List.of("authorities/directory.yaml: " + e.getMessage()));
        }
    }

    public static AuthorityDirectory fromFile(Path path) {
        try {
            return parse(path.toString(), Files.readString(path));
        } catch (IOException e) {
            throw new CatalogException(List.of(path + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    static AuthorityDirectory parse(String name, String yaml) {
        DirectoryFile file;
        try {
            file = YAML.readValue(yaml, DirectoryFile.class);
        } catch (IOException e) {
            throw new CatalogException(List.of(name + ": " + e.getMessage().lines().findFirst().orElse("unreadable")));
        }
        List<String> problems = new ArrayList<>();
        if (file.version() == null || file.version().isBlank()) {
            problems.add(name + ": 'version' is required: every routing decision records it");
        }
        if (file.assignment() == null || file.assignment().reportWithinDays() < 1) {
            problems.add(name + ": 'assignment.reportWithinDays' must be at least 1");
        }
        Set<String> codes = new HashSet<>();
        List<Organ> organs = file.organs() == null ? List.of() : file.organs();
        for (int i = 0; i < organs.size(); i++) {
            Organ o = organs.get(i);
            String at = name + ": organs[" + i + "]";
            if (o.code() == null || !codes.add(o.code())) {
                problems.add(at + ": 'code' is missing or used twice");
            }
            if (o.name() == null || o.name().isBlank() || o.level() == null) {
                problems.add(at + ": 'name' and 'level' are required");
            }
            try {
                DivisionCode.parse(o.region());
            } catch (IllegalArgumentException e) {
                problems.add(at + ": 'region' " + e.getMessage());
            }
            if (!o.coordinator() && (o.channels() == null || o.channels().isEmpty())) {
                problems.add(at + ": an organ that is not a coordinator must list the 'channels' it handles");
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new AuthorityDirectory(file);
    }

    public String version() {
        return file.version();
    }

    /** The organ the classified matter goes to, and whether it is forwarded or assigned. */
    public Route resolve(Matter matter, Classification decision) {
        return resolve(matter, decision, Set.of());
    }

    /**
     * As {@link #resolve(Matter, Classification)}, leaving out organs that objected (Art 23 ¶3) and, for an accusation,
     * the organs it accuses (Art 30 ¶3, decided by {@link Accusation}).
     */
    public Route resolve(Matter matter, Classification decision, Set<String> objectedOrgans) {
        Accusation accusation = Accusation.of(matter, decision.kind(), this);
        DivisionCode place = DivisionCode.parse(matter.placeOfMatter());
        List<String> flags = new ArrayList<>();
        List<Organ> competent = file.organs().stream()
                .filter(o -> !objectedOrgans.contains(o.code()))
                .filter(o -> o.channels() != null && o.channels().contains(decision.channel()))
                .filter(o -> o.areas() == null || o.areas().stream().anyMatch(a -> inArea(matter.contentCategory(), a)))
                .filter(o -> region(o).contains(place))
                .toList();

        // Art 30 ¶3: accusation materials never go to the organ accused. Where it would have been competent, an organ
        // of a region above it handles the matter, never a peer of the accused at the same level.
        List<Organ> accusedCompetent = competent.stream().filter(accusation::excludes).toList();
        List<Organ> candidates = competent.stream()
                .filter(o -> !accusation.excludes(o))
                .filter(o -> accusedCompetent.stream().allMatch(a -> strictlyAbove(o, a)))
                .toList();
        if (!accusedCompetent.isEmpty()) {
            flags.add(ACCUSED_ORGAN_EXCLUDED);
        }

        int mostLocal = candidates.stream().mapToInt(o -> region(o).scopePrefix().length()).max().orElse(-1);
        List<Organ> local = candidates.stream().filter(o -> region(o).scopePrefix().length() == mostLocal).toList();
        if (local.size() == 1) {
            return route(local.get(0), matter, decision, accusation, flags);
        }
        if (local.size() > 1) {
            // Art 24 ¶1: several organs claim it and none decides alone: the common superior's petition department.
            flags.add(COMPETENCE_CONFLICT);
            return coordinatorFor(region(local.get(0)), accusation, accusedCompetent, flags, "条例 Art 24 ¶1",
                    "多个机关、单位均有权处理（" + String.join("、", local.stream().map(Organ::name).toList())
                            + "），由共同的上一级机关决定，先交本级信访部门协调。");
        }
        flags.add(NO_COMPETENT_ORGAN);
        return coordinatorFor(place, accusation, accusedCompetent, flags, "条例 Art 22 ¶1, Art 24 ¶2",
                "目录中没有有权处理此事项的机关、单位，交本级信访部门确定承办机关。");
    }

    /** Every organ of the directory. */
    public List<Organ> organs() {
        return file.organs();
    }

    public Optional<Organ> find(String code) {
        return file.organs().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** Whether the organ is a petition department (coordinator) whose region holds the place of the matter. */
    public boolean isPetitionDepartmentOf(String organCode, String placeOfMatter) {
        return find(organCode).filter(o -> o.coordinator() && region(o).contains(DivisionCode.parse(placeOfMatter))).isPresent();
    }

    /** The route to an organ a person chose: forwarded or assigned by the same rules as a resolved route. */
    public Route routeTo(Organ organ, Matter matter, Classification decision) {
        return route(organ, matter, decision, Accusation.of(matter, decision.kind(), this), List.of());
    }

    private Route route(Organ organ, Matter matter, Classification decision, Accusation accusation, List<String> flags) {
        Assignment a = file.assignment();
        boolean assign = a.collective() && matter.collective() && a.channels() != null && a.channels().contains(decision.channel());
        String reason = flags.contains(ACCUSED_ORGAN_EXCLUDED)
                ? "检举控告涉及" + accusedNames(accusation) + "，材料不得转给被检举控告的对象，改由上一级" + organ.name() + "处理（条例第三十条第三款）。"
                : organ.name() + "对该事项有处理权（谁主管、谁负责）。";
        if (assign) {
            return new Route(organ, Route.Mode.ASSIGN, a.reportWithinDays(), file.version(),
                    flags.contains(ACCUSED_ORGAN_EXCLUDED) ? "条例 Art 22 ¶1(三), Art 30 ¶3" : "条例 Art 22 ¶1(三)",
                    reason + "集体反映的事项交办，并要求在" + a.reportWithinDays() + "日内反馈结果、提交办结报告。", List.copyOf(flags),
                    accusation.accusedOrgans());
        }
        return new Route(organ, Route.Mode.FORWARD, null, file.version(),
                flags.contains(ACCUSED_ORGAN_EXCLUDED) ? "条例 Art 22 ¶1(一)(二), Art 30 ¶3" : "条例 Art 22 ¶1(一)(二)",
                reason + "依法转送。", List.copyOf(flags), accusation.accusedOrgans());
    }

    private String accusedNames(Accusation accusation) {
        return String.join("、", accusation.accusedOrgans().stream()
                .map(code -> find(code).map(Organ::name).orElse(code)).toList());
    }

    /**
     * The coordinator (petition department) of the most local region containing {@code region}; null organ if none.
     * Where the matter accuses that petition department, or an organ that would have been competent
     * ({@code accusedCompetent}), the petition department of a region above the accused takes it (Art 30 ¶3).
     */
    private Route coordinatorFor(DivisionCode region, Accusation accusation, List<Organ> accusedCompetent,
                                 List<String> flags, String article, String rationale) {
        List<Organ> enclosing = file.organs().stream()
                .filter(Organ::coordinator)
                .filter(o -> region(o).contains(region))
                .sorted(Comparator.comparingInt((Organ o) -> region(o).scopePrefix().length()).reversed())
                .toList();
        List<Organ> accused = new ArrayList<>(accusedCompetent);
        enclosing.stream().filter(accusation::excludes).forEach(accused::add);
        Organ coordinator = enclosing.stream()
                .filter(o -> !accusation.excludes(o))
                .filter(o -> accused.stream().allMatch(a -> strictlyAbove(o, a)))
                .findFirst().orElse(null);
        List<String> all = new ArrayList<>(flags);
        String why = rationale;
        if (!accused.isEmpty()) {
            if (!all.contains(ACCUSED_ORGAN_EXCLUDED)) {
                all.add(0, ACCUSED_ORGAN_EXCLUDED);
            }
            article = article + ", Art 30 ¶3";
            why = rationale + "检举控告涉及" + accusedNames(accusation) + "，材料不得转给被检举控告的对象，交上一级信访部门（条例第三十条第三款）。";
        }
        return new Route(coordinator, Route.Mode.FORWARD, null, file.version(), article, why, List.copyOf(all),
                accusation.accusedOrgans());
    }

    /**
     * The organs that may review (复查, 条例 Art 35, {@code levelsUp} 1) or re-review (复核, Art 36, {@code levelsUp} 2)
     * the opinion of {@code organ}: "上一级" taken as the directory's hierarchy, i.e. organs exactly that many levels
     * above, serving a region that contains the organ's, running the petition procedure, in an area the organ shares
     * (or either has no areas), never one the matter accuses (Art 30 ¶3). A people's government of the organ's own
     * level (the other reading of 上一级行政机关) is not in the directory [U]; a deployment lists it as an organ of the
     * level above to admit it.
     */
    public List<String> superiorsOf(Organ organ, int levelsUp, java.util.Collection<String> accused) {
        int level = organ.level().ordinal() - levelsUp;
        if (level < 0) {
            return List.of();
        }
        return file.organs().stream()
                .filter(o -> o.level().ordinal() == level)
                .filter(o -> strictlyAbove(o, organ))
                .filter(o -> o.channels() != null && o.channels().contains(LegalChannel.PETITION_PROCEDURE))
                .filter(o -> o.areas() == null || o.areas().isEmpty() || organ.areas() == null || organ.areas().isEmpty()
                        || o.areas().stream().anyMatch(organ.areas()::contains))
                .filter(o -> !accused.contains(o.code()))
                .map(Organ::code)
                .sorted()
                .toList();
    }

    /** Whether {@code organ} serves a region strictly containing the region of {@code below}. */
    private static boolean strictlyAbove(Organ organ, Organ below) {
        return region(organ).contains(region(below)) && !region(organ).equals(region(below));
    }

    private static boolean inArea(String category, String area) {
        return category != null && (category.equals(area) || category.startsWith(area + "_"));
    }

    private static DivisionCode region(Organ organ) {
        return DivisionCode.parse(organ.region());
    }
}
