package org.cadreportal.supervision;

/** 四法管控: 甘特图对标法, 标杆项目对标法, 节点任务法, 状态监测法. */
public enum ControlMethod {
    GANTT, BENCHMARK, MILESTONE, MONITOR;

    public String labelKey() {
        return "supervision.method." + name();
    }
}
