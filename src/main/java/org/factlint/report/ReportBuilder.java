package org.factlint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.RuleInfo;
import org.factlint.Severity;
import org.factlint.engine.RuleSet;
import org.factlint.engine.facts.Hit;
import org.factlint.model.Article;
import org.factlint.model.Evidence;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Provenance;
import org.factlint.model.SourceMap;
import org.factlint.model.Source;

/**
 * Turns what the rules found into a report: one finding per contradiction (however many orderings
 * of its facts fired the rule), with rule metadata, evidence and fingerprint, most severe first.
 *
 * <p>A finding that rests on a fact whose {@code confidence} is below the check's minimum is reported
 * as info ("needs a look"), with its rule's severity beside it: whoever read the facts (a person, an
 * outside extractor, factlint's own) may have misread that one, and a misreading must not reach an
 * editor as a contradiction. Where the facts came from does not matter here; their confidence does.
 * So is a date finding of an article that gave no publication date: it was counted from today's.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /** The report of an input that could not be checked: no findings, and problems saying why. */
    public static Report unchecked(String input, List<Problem> problems, int rules, double millis) {
        return new Report(input, null, new Report.Summary(0, 0, 0, 0, rules, 0, millis), List.of(), problems);
    }

    /** The report of an input that could not be read at all (no such file, an I/O error): one error saying why. */
    public static Report unreadable(String input, String why, int rules) {
        return new Report(input, null, new Report.Summary(0, 0, 0, 0, rules, 0, 0), List.of(),
                List.of(Problem.error("", why)), true);
    }

    /**
     * @param minConfidence a finding resting on a fact with a lower {@code confidence} is reported as info
     */
    public static Report build(String input, FactsDocument doc, List<Problem> problems, List<Hit> hits, RuleSet rules,
                               Set<String> ignoredFingerprints, double minConfidence, double millis) {
        return build(input, doc, Provenance.NONE, problems, hits, rules, ignoredFingerprints, minConfidence, millis);
    }

    /**
     * @param provenance    where the article's body stands in the text it was read from (body evidence
     *                      then gets its place there), and whether its publication date was assumed
     * @param minConfidence a finding resting on a fact with a lower {@code confidence} is reported as info
     */
    public static Report build(String input, FactsDocument doc, Provenance provenance, List<Problem> problems,
                               List<Hit> hits, RuleSet rules, Set<String> ignoredFingerprints, double minConfidence,
                               double millis) {
        Map<String, RuleInfo> catalog = new LinkedHashMap<>();
        rules.catalog().forEach(r -> catalog.put(r.id(), r));
        SourceMap map = provenance.sourceMap();
        SourceMap places = map != null && map.isFor(doc.article().text()) ? map : null;
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Hit hit : hits) {
            Finding f = finding(hit, catalog.get(hit.ruleId()), doc, places, minConfidence, provenance.publishedAssumed());
            String key = f.rule() + " " + String.join(" ", f.facts()) + identityWithoutFacts(hit);
            unique.merge(key, f, (a, b) -> a.message().compareTo(b.message()) <= 0 ? a : b);
        }
        List<Finding> findings = new ArrayList<>();
        int suppressed = 0;
        for (Finding f : oncePerFingerprint(unique.values())) {
            if (ignoredFingerprints.contains(f.fingerprint())) {
                suppressed++;
            } else {
                findings.add(f);
            }
        }
        findings.sort(ORDER);
        int errors = count(findings, Severity.ERROR);
        int warnings = count(findings, Severity.WARNING);
        int infos = count(findings, Severity.INFO);
        Report.Summary summary = new Report.Summary(errors, warnings, infos, doc.facts().size(), rules.catalog().size(),
                suppressed, millis, doc.extractedFacts());
        return new Report(input, article(doc.article(), provenance.publishedAssumed()), summary, findings, problems);
    }

    /**
     * One finding per fingerprint: an article that states a fact twice ("Rubio attended" in two
     * sentences) gives a rule a match per statement, and those matches are one contradiction. The
     * most severe (then first in the report's order) keeps its message; it gains the other
     * statements' facts and evidence, so every sentence involved is still shown.
     */
    private static List<Finding> oncePerFingerprint(java.util.Collection<Finding> all) {
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        Map<String, List<Finding>> byPrint = new LinkedHashMap<>();
        for (Finding f : sorted) {
            byPrint.computeIfAbsent(f.fingerprint(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Finding> same : byPrint.values()) {
            out.add(same.size() == 1 ? same.get(0) : merged(same));
        }
        return out;
    }

    /** The first finding, with the facts, evidence and entities of all (each once). */
    private static Finding merged(List<Finding> same) {
        Finding kept = same.get(0);
        java.util.Set<String> facts = new java.util.LinkedHashSet<>();
        java.util.Set<String> entities = new java.util.LinkedHashSet<>();
        Map<String, Finding.Evidence> evidence = new LinkedHashMap<>();
        for (Finding f : same) {
            facts.addAll(f.facts());
            entities.addAll(f.entities());
            for (Finding.Evidence e : f.evidence()) {
                evidence.putIfAbsent(e.fact() + "|" + e.start() + "|" + e.quote(), e);
            }
        }
        List<String> factList = new ArrayList<>(facts);
        factList.sort(NaturalOrder.INSTANCE);
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < factList.size(); i++) {
            rank.put(factList.get(i), i);
        }
        List<Finding.Evidence> evidenceList = new ArrayList<>(evidence.values());
        evidenceList.sort(Comparator.comparingInt(e -> e.fact() == null ? Integer.MAX_VALUE : rank.getOrDefault(e.fact(), Integer.MAX_VALUE)));
        return new Finding(kept.rule(), kept.category(), kept.severity(), kept.message(), factList, new ArrayList<>(entities),
                evidenceList, kept.suggestion(), kept.fingerprint(), kept.ruleSeverity());
    }

    public static Report.Article article(Article a, boolean publishedAssumed) {
        return new Report.Article(a.id(), a.headline(), a.standfirst(), a.published(), a.url(), a.section(), a.byline(),
                a.text(), publishedAssumed);
    }

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> RuleSet.CATEGORIES.indexOf(f.category()))
            .thenComparing(ReportBuilder::firstOffset)
            .thenComparing(Finding::rule)
            .thenComparing(f -> String.join(" ", f.facts()), NaturalOrder.INSTANCE)
            // Findings without facts (name spellings) tie on all the above: the rules' firing
            // order must not decide the report's order.
            .thenComparing(f -> String.join(" ", f.entities()))
            .thenComparing(Finding::message);

    /** Headline and standfirst come before the body; body findings in reading order. */
    private static int firstOffset(Finding f) {
        int best = Integer.MAX_VALUE;
        for (Finding.Evidence e : f.evidence()) {
            int rank = switch (e.source()) {
                case "headline" -> -2;
                case "standfirst" -> -1;
                default -> e.start() == null ? Integer.MAX_VALUE : e.start();
            };
            best = Math.min(best, rank);
        }
        return best;
    }

    /**
     * A finding normally is its rule and its facts. One about how entities are written (a name
     * spelt two ways) has no facts, so its entities and cited mentions tell it from the others.
     */
    private static String identityWithoutFacts(Hit hit) {
        if (!hit.facts().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>(hit.entities());
        parts.sort(null);
        hit.mentions().stream().map(m -> m.start() + ":" + m.quote()).sorted().forEach(parts::add);
        return " | " + String.join(" ", parts);
    }

    /** @param places where the body stands in the text as given, or null */
    private static Finding finding(Hit hit, RuleInfo rule, FactsDocument doc, SourceMap places, double minConfidence,
                                   boolean publishedAssumed) {
        if (rule == null) {
            throw new IllegalStateException("a rule inserted a Hit for '" + hit.ruleId() + "', which is not in the catalog");
        }
        Map<String, Fact> byId = new LinkedHashMap<>();
        hit.facts().forEach(f -> byId.putIfAbsent(f.id(), f));
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort(NaturalOrder.INSTANCE);
        List<Finding.Evidence> evidence = new ArrayList<>();
        boolean unsure = false;
        for (String id : ids) {
            Fact f = byId.get(id);
            unsure |= f.confidence() < minConfidence;
            Double confidence = f.confidence() < 1 ? f.confidence() : null;
            String extractor = doc.extractorOf(id);
            for (Evidence e : f.evidence()) {
                evidence.add(new Finding.Evidence(id, e.quote(), e.start(), e.end(), f.source().word(), e.sentence(),
                        confidence, extractor, f.source() == Source.BODY ? place(places, e) : null));
            }
        }
        List<String> written = new ArrayList<>();
        for (Evidence m : hit.mentions()) {
            evidence.add(new Finding.Evidence(null, m.quote(), m.start(), m.end(), Source.BODY.word(), m.sentence(),
                    null, null, place(places, m)));
            written.add(m.quote());
        }
        if (byId.isEmpty()) {
            hit.entities().forEach(id -> written.add(doc.nameOf(id)));
        }
        // a date finding counted from a publication date the article did not give ("on Tuesday, 23 April"
        // fits another year) needs a look too
        boolean lowered = (unsure || publishedAssumed && rule.category().equals("date")) && rule.severity() != Severity.INFO;
        return new Finding(rule.id(), rule.category(), lowered ? Severity.INFO : rule.severity(), hit.message(), ids,
                hit.entities(), evidence, hit.suggestion(), Fingerprints.of(rule.id(), byId.values(), written, doc::nameOf),
                lowered ? rule.severity() : null);
    }

    /** Where body evidence stands in the text as given: from its first character to just past its last; null if unknown. */
    private static Finding.Place place(SourceMap places, Evidence e) {
        if (places == null || !e.hasOffsets() || e.end() <= e.start()) {
            return null;
        }
        SourceMap.Position from = places.at(e.start());
        SourceMap.Position last = places.at(e.end() - 1);
        if (from == null || last == null) {
            return null;
        }
        boolean ordered = last.line() > from.line() || last.line() == from.line() && last.column() >= from.column();
        return ordered ? new Finding.Place(from.line(), from.column(), last.line(), last.column() + 1)
                : new Finding.Place(from.line(), from.column(), from.line(), from.column() + 1);
    }

    private static int count(List<Finding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }

    /** For renderers: is this evidence from the body text? */
    public static boolean inBody(Finding.Evidence e) {
        return Source.BODY.word().equals(e.source());
    }
}
