package org.factlint.engine.helpers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.model.SequenceFact;

/**
 * Finds circles in the before/after facts of a document ("A before B, B before C, C before A").
 * Events are nodes and each fact an edge from {@code before} to {@code after}. Only strongly
 * connected components can hold a circle; inside one, each edge is closed by the shortest way
 * back, so every circle is reported once, however it is rotated, with every fact that states
 * one of its steps. The work is
 * bounded: a document with a huge tangle of sequence facts gets its first circles, not all.
 */
public final class Sequences {

    /** At most this many edges are visited in all the searches of one document. */
    static final int MAX_STEPS = 1_000_000;
    /** At most this many circles are reported for one document. */
    static final int MAX_CYCLES = 100;

    /** Shorter ids first, then alphabetical: f2 before f10, as people count (and deterministic for any ids). */
    private static final Comparator<SequenceFact> IDS = Comparator.<SequenceFact>comparingInt(f -> f.id().length())
            .thenComparing(SequenceFact::id);

    private Sequences() {
    }

    /** Every distinct circle among the sequence facts in {@code facts} (other objects are ignored). */
    public static List<SequenceCycle> cycles(Collection<?> facts) {
        return cycles(facts, IDS);
    }

    /**
     * As {@link #cycles(Collection)}, visiting the facts in {@code order} (and starting each circle
     * at its first step in that order); rules pass the reading order, so that which circles are
     * found and how they are told does not depend on the facts' ids or their order in the array.
     */
    public static List<SequenceCycle> cycles(Collection<?> facts, Comparator<? super SequenceFact> order) {
        List<SequenceFact> edges = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof SequenceFact s && s.before() != null && s.after() != null && !s.before().equals(s.after())) {
                edges.add(s);
            }
        }
        edges.sort(order);
        Map<String, List<SequenceFact>> out = new LinkedHashMap<>();
        for (SequenceFact e : edges) {
            out.computeIfAbsent(e.before(), k -> new ArrayList<>()).add(e);
            out.computeIfAbsent(e.after(), k -> new ArrayList<>());
        }
        Map<String, Integer> component = components(out);
        List<SequenceCycle> cycles = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        int[] steps = {0};
        for (SequenceFact e : edges) {
            if (cycles.size() >= MAX_CYCLES || steps[0] >= MAX_STEPS) {
                break;
            }
            if (!component.get(e.before()).equals(component.get(e.after()))) {
                continue;
            }
            List<SequenceFact> back = shortestPath(out, component, e.after(), e.before(), steps);
            if (back == null) {
                continue;
            }
            List<SequenceFact> circle = new ArrayList<>();
            circle.add(e);
            circle.addAll(back);
            Set<String> key = new HashSet<>();
            circle.forEach(f -> key.add(f.before() + "\u0000" + f.after()));
            if (seen.add(key)) {
                List<List<SequenceFact>> withRepeats = new ArrayList<>();
                for (SequenceFact f : circle) {
                    withRepeats.add(out.get(f.before()).stream().filter(g -> g.after().equals(f.after())).toList());
                }
                cycles.add(new SequenceCycle(rotate(withRepeats, order)));
            }
        }
        return cycles;
    }

    /** The shortest run of edges from {@code from} to {@code to} inside their component, or null. */
    private static List<SequenceFact> shortestPath(Map<String, List<SequenceFact>> out, Map<String, Integer> component,
                                                   String from, String to, int[] steps) {
        Integer within = component.get(from);
        Map<String, SequenceFact> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> visited = new HashSet<>();
        visited.add(from);
        queue.add(from);
        while (!queue.isEmpty() && steps[0] < MAX_STEPS) {
            String at = queue.poll();
            if (at.equals(to)) {
                List<SequenceFact> path = new ArrayList<>();
                for (String n = to; !n.equals(from); n = reachedBy.get(n).before()) {
                    path.add(0, reachedBy.get(n));
                }
                return path;
            }
            for (SequenceFact e : out.get(at)) {
                steps[0]++;
                if (component.get(e.after()).equals(within) && visited.add(e.after())) {
                    reachedBy.put(e.after(), e);
                    queue.add(e.after());
                }
            }
        }
        return null;
    }

    /** The circle started at its step whose first fact comes first in {@code order} (each step's facts are sorted). */
    private static List<List<SequenceFact>> rotate(List<List<SequenceFact>> circle, Comparator<? super SequenceFact> order) {
        int start = 0;
        for (int i = 1; i < circle.size(); i++) {
            if (order.compare(circle.get(i).get(0), circle.get(start).get(0)) < 0) {
                start = i;
            }
        }
        List<List<SequenceFact>> rotated = new ArrayList<>(circle.subList(start, circle.size()));
        rotated.addAll(circle.subList(0, start));
        return rotated;
    }

    /** Tarjan's strongly connected components, without recursion: node to component number. */
    private static Map<String, Integer> components(Map<String, List<SequenceFact>> out) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        int counter = 0;
        int components = 0;
        for (String root : out.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<String> nodes = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            nodes.push(root);
            next.push(0);
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!nodes.isEmpty()) {
                String v = nodes.peek();
                int i = next.pop();
                List<SequenceFact> edges = out.get(v);
                if (i < edges.size()) {
                    next.push(i + 1);
                    String w = edges.get(i).after();
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        nodes.push(w);
                        next.push(0);
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                nodes.pop();
                if (low.get(v).equals(index.get(v))) {
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.put(w, components);
                    } while (!w.equals(v));
                    components++;
                }
                if (!nodes.isEmpty()) {
                    String parent = nodes.peek();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
            }
        }
        return component;
    }
}
