package org.cadreportal.supervision;

import java.time.LocalDate;

/** The record of an interview (约谈) task. */
public record InterviewForm(LocalDate interviewDate, String interviewer, String notes) {
}
