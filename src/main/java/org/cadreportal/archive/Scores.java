package org.cadreportal.archive;

/** A clerk's optional scores of an entry, each 1–5 or null: 完成度, 真实度, 难易度, 贡献度. */
public record Scores(Integer completion, Integer truth, Integer difficulty, Integer contribution) {

    public static Scores none() {
        return new Scores(null, null, null, null);
    }

    public Integer total() {
        if (completion == null && truth == null && difficulty == null && contribution == null) {
            return null;
        }
        return n(completion) + n(truth) + n(difficulty) + n(contribution);
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }
}
