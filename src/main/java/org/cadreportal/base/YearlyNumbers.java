package org.cadreportal.base;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official numbers of cases and items, which start again at 1 each year: 上〔2026〕001, 查诬〔2026〕001,
 * DB-2026-0001. One counter per prefix (its year included) is raised under a row lock in the transaction that
 * saves the numbered record: two clerks never share a number, and a record that is not saved gives its number
 * back. A prefix's first number continues after the highest its records already carry, so numbers written
 * before the counter existed (or by the demo city) are never given again.
 */
@Component
@RequiredArgsConstructor
public class YearlyNumbers {

    private final JdbcTemplate jdbc;

    /**
     * The next number of {@code prefix}, zero-padded to {@code digits}, e.g. {@code next("上〔2026〕", 3,
     * "adjustment_cases", "case_no")}: {@code table}'s {@code column} holds the numbers already given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, int digits, String table, String column) {
        return prefix + String.format("%0" + digits + "d", raise(prefix, table, column));
    }

    private int raise(String prefix, String table, String column) {
        // One upsert, never an update that finds no row and then an insert: the update's gap lock and the insert
        // deadlock when two clerks number the year's first records at once. Who inserts starts the count after
        // the records' highest; who comes second waits for that row and raises it. The look first is a plain
        // read, no lock, so a year's records are read only while its counter does not exist.
        boolean counting = !jdbc.queryForList("select last_no from yearly_numbers where prefix = ?", Integer.class,
                prefix).isEmpty();
        jdbc.update("insert into yearly_numbers (prefix, last_no) values (?, ?) on duplicate key update"
                + " last_no = last_no + 1", prefix, counting ? 1 : highestGiven(prefix, table, column) + 1);
        return jdbc.queryForObject("select last_no from yearly_numbers where prefix = ?", Integer.class, prefix);
    }

    private int highestGiven(String prefix, String table, String column) {
        // Table and column are the callers' constants, never a user's input.
        return jdbc.queryForList("select " + column + " from " + table + " where " + column + " like ?",
                        String.class, prefix + "%").stream()
                .map(no -> no.substring(prefix.length()))
                .filter(n -> !n.isEmpty() && n.chars().allMatch(Character::isDigit))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }
}
