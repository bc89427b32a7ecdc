package org.cadreportal.assessment.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.EventType;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.Method;

/**
 * The one calculation of a plan (DOMAIN.md §8a), over data already loaded: no database, no clock, no randomness,
 * so the same data always give the same scores. Each score carries its explanation as a formula key and the
 * inputs and group values it used ({@code key=value;...}, keys {@code assessment.input.<key>} on screen).
 */
final class Scoring {

    /** An indicator's method and parameters. */
    record Ind(long id, Method method, Direction direction, DataSource source, Double cap, Double base, Double step,
               Double perEvent, boolean countsAwards) {
    }

    /** A group: its units and its indicators' weights in library order. */
    record Group(long id, List<Long> unitIds, LinkedHashMap<Long, Double> weights) {
    }

    /** One unit's data for one indicator. */
    record Val(Double actual, Double previous, Double target) {
    }

    record Rules(double redLight, double overdue, double interview, double supervisionCap, double goodShare,
                 double fairShare, double poorBelow) {
    }

    record Input(Rules rules, Map<Long, Ind> indicators, List<Group> groups, Map<Long, Map<Long, Val>> values,
                 Map<Long, Map<EventType, Integer>> events) {
    }

    record Score(long unitId, long indicatorId, BigDecimal score, String formula, String inputs) {
    }

    record Result(long unitId, long groupId, BigDecimal total, int rank, Grade grade, boolean vetoed) {
    }

    record Output(List<Score> scores, List<Result> results) {
    }

    static final double DEFAULT_CAP = 1.2;
    static final double DEFAULT_BASE = 0.6;
    static final String MISSING = "MISSING";
    static final String SUPERVISION = "SUPERVISION";

    private Scoring() {
    }

    static Output run(Input in) {
        List<Score> scores = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (Group g : in.groups()) {
            Map<Long, BigDecimal> totals = new HashMap<>();
            Map<Long, Boolean> vetoed = new HashMap<>();
            g.unitIds().forEach(u -> {
                totals.put(u, BigDecimal.ZERO);
                vetoed.put(u, false);
            });
            for (Map.Entry<Long, Double> w : g.weights().entrySet()) {
                Ind ind = in.indicators().get(w.getKey());
                Map<Long, Val> vals = in.values().getOrDefault(ind.id(), Map.of());
                for (Score s : score(in, g, ind, w.getValue(), vals)) {
                    scores.add(s);
                    totals.merge(s.unitId(), s.score(), BigDecimal::add);
                    if (ind.method() == Method.VETO && s.score().signum() == 0 && s.inputs().contains("veto=1")) {
                        vetoed.put(s.unitId(), true);
                    }
                }
            }
            results.addAll(rank(g, totals, vetoed, in.rules()));
        }
        return new Output(scores, results);
    }

    private static List<Score> score(Input in, Group g, Ind ind, double w, Map<Long, Val> vals) {
        return switch (ind.method()) {
            case TARGET_RATE -> each(g, u -> targetRate(ind, w, vals.get(u)), ind);
            case EFFICACY -> efficacy(g, ind, w, actuals(g, vals), "x");
            case GROWTH -> efficacy(g, ind, w, growths(g, vals), "g");
            case RANK -> rankMethod(g, ind, w, actuals(g, vals));
            case EVALUATION -> each(g, u -> evaluation(w, vals.get(u)), ind);
            case BONUS, DEDUCTION -> each(g, u -> events(in, ind, w, vals.get(u), u), ind);
            case VETO -> each(g, u -> veto(vals.get(u)), ind);
        };
    }

    /** A score without the ids yet: the points, the formula key and the inputs. */
    private record Part(double points, String formula, String inputs) {
    }

    /** Every unit of the group scored by {@code f}. */
    private static List<Score> each(Group g, java.util.function.LongFunction<Part> f, Ind ind) {
        List<Score> out = new ArrayList<>(g.unitIds().size());
        for (long u : g.unitIds()) {
            Part p = f.apply(u);
            out.add(new Score(u, ind.id(), round(p.points()), p.formula(), p.inputs()));
        }
        return out;
    }

    /** No value to score: nothing earned, and the page says the value is missing. */
    private static Part missing(double w) {
        return new Part(0, MISSING, in("w", w));
    }

    private static Part targetRate(Ind ind, double w, Val v) {
        double cap = ind.cap() == null ? DEFAULT_CAP : ind.cap();
        if (v == null || v.actual() == null || v.target() == null) {
            return missing(w);
        }
        double x = v.actual();
        double t = v.target();
        boolean positive = ind.direction() == Direction.POSITIVE;
        if (positive ? t == 0 : x == 0) {
            return new Part(positive ? 0 : w * cap, Method.TARGET_RATE.name(), in("w", w, "x", x, "t", t, "cap", cap));
        }
        double ratio = Math.max(0, positive ? x / t : t / x);
        return new Part(w * Math.min(ratio, cap), Method.TARGET_RATE.name(),
                in("w", w, "x", x, "t", t, "cap", cap, "ratio", ratio));
    }

    private static Map<Long, Double> actuals(Group g, Map<Long, Val> vals) {
        Map<Long, Double> out = new LinkedHashMap<>();
        for (long u : g.unitIds()) {
            Val v = vals.get(u);
            if (v != null && v.actual() != null) {
                out.put(u, v.actual());
            }
        }
        return out;
    }

    /** Growth against last year's value, (x − p) / |p|; none where last year's value is missing or zero. */
    private static Map<Long, Double> growths(Group g, Map<Long, Val> vals) {
        Map<Long, Double> out = new LinkedHashMap<>();
        for (long u : g.unitIds()) {
            Val v = vals.get(u);
            if (v != null && v.actual() != null && v.previous() != null && v.previous() != 0) {
                out.put(u, (v.actual() - v.previous()) / Math.abs(v.previous()));
            }
        }
        return out;
    }

    private static List<Score> efficacy(Group g, Ind ind, double w, Map<Long, Double> xs, String key) {
        double b = ind.base() == null ? DEFAULT_BASE : ind.base();
        double min = xs.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = xs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean positive = ind.direction() == Direction.POSITIVE;
        return each(g, u -> {
            Double x = xs.get(u);
            if (x == null) {
                return missing(w);
            }
            double position = max == min ? 1 : (positive ? x - min : max - x) / (max - min);
            return new Part(w * (b + (1 - b) * position), ind.method().name(),
                    in("w", w, key, x, "b", b, "min", min, "max", max, "n", xs.size()));
        }, ind);
    }

    private static List<Score> rankMethod(Group g, Ind ind, double w, Map<Long, Double> xs) {
        double step = ind.step() == null ? 1 : ind.step();
        boolean positive = ind.direction() == Direction.POSITIVE;
        return each(g, u -> {
            Double x = xs.get(u);
            if (x == null) {
                return missing(w);
            }
            long better = xs.values().stream().filter(o -> positive ? o > x : o < x).count();
            int rank = (int) better + 1;
            return new Part(Math.max(0, w - (rank - 1) * step), Method.RANK.name(),
                    in("w", w, "x", x, "rank", rank, "n", xs.size(), "step", step));
        }, ind);
    }

    private static Part evaluation(double w, Val v) {
        if (v == null || v.actual() == null) {
            return missing(w);
        }
        return new Part(Math.max(0, Math.min(v.actual(), w)), Method.EVALUATION.name(), in("w", w, "x", v.actual()));
    }

    /** 加分 and 扣分: points per event, capped; supervision deductions by the plan's rule. */
    private static Part events(Input in, Ind ind, double w, Val v, long unit) {
        Map<EventType, Integer> ev = in.events().getOrDefault(unit, Map.of());
        if (ind.method() == Method.DEDUCTION && ind.source() == DataSource.SUPERVISION) {
            Rules r = in.rules();
            int red = ev.getOrDefault(EventType.RED_LIGHT, 0);
            int overdue = ev.getOrDefault(EventType.OVERDUE_MILESTONE, 0);
            int interviews = ev.getOrDefault(EventType.INTERVIEW, 0);
            double raw = red * r.redLight() + overdue * r.overdue() + interviews * r.interview();
            double points = Math.min(raw, r.supervisionCap());
            return new Part(-points, SUPERVISION, in("red", red, "perRed", r.redLight(), "overdue", overdue,
                    "perOverdue", r.overdue(), "interviews", interviews, "perInterview", r.interview(), "raw", raw,
                    "cap", r.supervisionCap()));
        }
        double per = ind.perEvent() == null ? 1 : ind.perEvent();
        double count = (v == null || v.actual() == null ? 0 : v.actual())
                + (ind.countsAwards() ? ev.getOrDefault(EventType.AWARD, 0) : 0);
        double points = Math.min(count * per, w);
        return new Part(ind.method() == Method.BONUS ? points : -points, ind.method().name(),
                in("count", count, "per", per, "cap", w));
    }

    private static Part veto(Val v) {
        boolean vetoed = v != null && v.actual() != null && v.actual() >= 1;
        return new Part(0, Method.VETO.name(), in("veto", vetoed ? 1 : 0));
    }

    /** Ranks by total (ties share the better rank) and grades by the plan's shares; 一票否决 or too few points is 较差. */
    private static List<Result> rank(Group g, Map<Long, BigDecimal> totals, Map<Long, Boolean> vetoed, Rules rules) {
        List<Long> order = new ArrayList<>(g.unitIds());
        order.sort(Comparator.comparing((Long u) -> totals.get(u)).reversed().thenComparing(u -> u));
        int n = order.size();
        int good = (int) Math.floor(n * rules.goodShare() + 1e-9);
        int fair = (int) Math.floor(n * (rules.goodShare() + rules.fairShare()) + 1e-9);
        List<Result> out = new ArrayList<>(n);
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < n; i++) {
            long u = order.get(i);
            BigDecimal total = totals.get(u);
            if (previous == null || total.compareTo(previous) != 0) {
                rank = i + 1;
                previous = total;
            }
            Grade grade;
            if (vetoed.get(u) || total.doubleValue() < rules.poorBelow()) {
                grade = Grade.POOR;
            } else if (rank - 1 < good) {
                grade = Grade.GOOD;
            } else if (rank - 1 < fair) {
                grade = Grade.FAIRLY_GOOD;
            } else {
                grade = Grade.AVERAGE;
            }
            out.add(new Result(u, g.id(), total, rank, grade, vetoed.get(u)));
        }
        return out;
    }

    static BigDecimal round(double points) {
        return BigDecimal.valueOf(points).setScale(4, RoundingMode.HALF_UP);
    }

    /** {@code key=value;...}, numbers to at most 4 decimals without trailing zeros. */
    static String in(Object... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            Object v = kv[i + 1];
            String text = v instanceof Double d ? number(d) : String.valueOf(v);
            sb.append(kv[i]).append('=').append(text);
        }
        return sb.toString();
    }

    static String number(double d) {
        BigDecimal b = BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** The inputs back as a map, in order. */
    static Map<String, String> parse(String inputs) {
        Map<String, String> out = new LinkedHashMap<>();
        if (inputs != null && !inputs.isEmpty()) {
            for (String pair : inputs.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }
}
