package org.cadreportal.supervision;

/** 红黄绿灯: ordered from good to bad, so the worst of several is the largest. */
public enum Light {
    GREEN, YELLOW, RED;

    public String labelKey() {
        return "supervision.light." + name();
    }

    public Light worse(Light other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
