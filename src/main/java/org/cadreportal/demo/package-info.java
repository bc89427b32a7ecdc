/**
 * Demo data for trying the portal out and for end-to-end tests: a fictional prefecture-level city
 * (鄂东市) with its 县市区, 市直单位, 乡镇/街道 and posts, about 690 key cadres with career histories, sign-in
 * accounts for every role (five committee members, so a vote can be held), and about 20 能上能下 cases
 * taken through the real services to every step and outcome, the 2025 supervision items (their plans and
 * reports played night by night through 2025 by the real nightly sweep and SMS outbox), and the 一人一档
 * archive: eight quarters of achievement entries in every review state and 2025's frontline inspections,
 * the reserve pool they fill and the 43 上 cases opened from it and decided in 2025 (一线提拔使用); and
 * the 2025 政绩考核 plan of 145 indicators, its statistics imported and scored through the 考核办's services.
 * It is generated from a fixed seed, so every run produces the same data, and it is loaded only when
 * {@code portal.demo-data=true} and the database holds no units yet.
 */
package org.cadreportal.demo;
