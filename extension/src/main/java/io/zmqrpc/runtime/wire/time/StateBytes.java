package io.zmqrpc.runtime.wire.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

import static io.zmqrpc.runtime.wire.time.PickleReader.invalid;

/**
 * The packed state CPython pickles for date (4 bytes), datetime (10) and time (6): year as u16
 * big-endian, then month, day, hour, minute, second, and microsecond as u24 big-endian. The fold
 * bit (0x80 on the month of a datetime and the hour of a time) is ignored on reading, since
 * java.time has no fold, and never written.
 */
final class StateBytes {
    private static final int FOLD = 0x80;

    static byte[] date(LocalDate date) {
        byte[] state = new byte[4];
        putDate(state, date);
        return state;
    }

    static byte[] dateTime(LocalDateTime dateTime) {
        byte[] state = new byte[10];
        putDate(state, dateTime.toLocalDate());
        putTime(state, 4, dateTime.toLocalTime());
        return state;
    }

    static byte[] time(LocalTime time) {
        byte[] state = new byte[6];
        putTime(state, 0, time);
        return state;
    }

    static LocalDate date(byte[] state) {
        checkLength(state, 4, "date");
        return readDate(state, state[2] & 0xff);
    }

    static LocalDateTime dateTime(byte[] state) {
        checkLength(state, 10, "datetime");
        return LocalDateTime.of(readDate(state, state[2] & ~FOLD & 0xff), readTime(state, 4, state[4] & 0xff));
    }

    static LocalTime time(byte[] state) {
        checkLength(state, 6, "time");
        return readTime(state, 0, state[0] & ~FOLD & 0xff);
    }

    private static void putDate(byte[] state, LocalDate date) {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside Python's datetime range 1..9999: " + date);
        }
        state[0] = (byte) (year >> 8);
        state[1] = (byte) year;
        state[2] = (byte) date.getMonthValue();
        state[3] = (byte) date.getDayOfMonth();
    }

    /** Python keeps microseconds, so the nanoseconds below them are dropped. */
    private static void putTime(byte[] state, int at, LocalTime time) {
        int micros = time.getNano() / 1000;
        state[at] = (byte) time.getHour();
        state[at + 1] = (byte) time.getMinute();
        state[at + 2] = (byte) time.getSecond();
        state[at + 3] = (byte) (micros >> 16);
        state[at + 4] = (byte) (micros >> 8);
        state[at + 5] = (byte) micros;
    }

    private static LocalDate readDate(byte[] state, int month) {
        int year = check("year", (state[0] & 0xff) << 8 | state[1] & 0xff, 1, 9999);
        check("month", month, 1, 12);
        int day = check("day", state[3] & 0xff, 1, YearMonth.of(year, month).lengthOfMonth());
        return LocalDate.of(year, month, day);
    }

    private static LocalTime readTime(byte[] state, int at, int hour) {
        int micros = (state[at + 3] & 0xff) << 16 | (state[at + 4] & 0xff) << 8 | state[at + 5] & 0xff;
        return LocalTime.of(check("hour", hour, 0, 23), check("minute", state[at + 1] & 0xff, 0, 59),
                check("second", state[at + 2] & 0xff, 0, 59), check("microsecond", micros, 0, 999_999) * 1000);
    }

    private static int check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field + " " + value + " out of range " + min + ".." + max);
        }
        return value;
    }

    private static void checkLength(byte[] state, int length, String pythonClass) {
        if (state.length != length) {
            throw invalid(pythonClass + " state of " + state.length + " bytes, expected " + length);
        }
    }

    private StateBytes() {
    }
}
