package org.cadreportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who used the cores during a load run: the CPU time of the portal's JVM (the harness's driver thread
 * included; {@link LoadBenchmark} takes it out), of MariaDB and of Chromium, from /proc (Linux). A Chromium renderer that has ended is
 * still counted: its time passes to the live parent that reaped it.
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/[pid]/stat; 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;
    private static final long SELF = ProcessHandle.current().pid();

    private CpuMeter() {
    }

    /** CPU seconds so far per part, in a fixed order. */
    static Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("portal JVM", 0.0);
        seconds.put("MariaDB", 0.0);
        seconds.put("Chromium", 0.0);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String part = part(p);
                if (part != null) {
                    seconds.merge(part, ticks(p) / TICKS, Double::sum);
                }
            });
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc unreadable: the run's other figures stand without this one.
            seconds.replaceAll((k, v) -> Double.NaN);
        }
        return seconds;
    }

    private static String part(Path process) {
        if (Long.parseLong(process.getFileName().toString()) == SELF) {
            return "portal JVM";
        }
        try {
            String command = Files.readString(process.resolve("comm")).strip();
            if (command.equals("mariadbd") || command.equals("mysqld")) {
                return "MariaDB";
            }
            return command.startsWith("chromium") || command.equals("chrome") ? "Chromium" : null;
        } catch (IOException gone) {
            return null;
        }
    }

    /** utime + stime + cutime + cstime: its own time and that of its ended children. */
    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14-17 of stat(5), counted from the state (field 3) here.
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
