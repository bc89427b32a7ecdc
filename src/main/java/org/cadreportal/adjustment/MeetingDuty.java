package org.cadreportal.adjustment;

/**
 * Who runs 讨论决定: the chair (主持人) and the recorder (记录人). Only they set the meeting up, close the
 * vote, send the case back or terminate it there; every other member present only votes.
 */
public enum MeetingDuty {
    CHAIR, RECORDER;

    public String labelKey() {
        return "adjustment.duty." + name();
    }
}
