#!/usr/bin/python3
"""Generates python-datetime-vectors.json: how CPython pickles the datetime family for aiozmq.

aiozmq 1.0 sends date/datetime/time/timedelta/tzinfo as msgpack ext values 127..123 whose payload
is pickle.dumps(obj, protocol=5). Each entry gives the payload Python produced and the java.time
value PythonDateTimes must decode it to ("type" + "value", parseable by that type's parse method).
"roundtrip" is false where packing the Java value cannot reproduce Python's bytes (a timezone name
or a fold bit, both of which Java drops). "unsupported" lists payloads Python produces that Java
cannot represent and must reject with an error containing "error".

Run:  /usr/bin/python3 gen_datetime_vectors.py > ../vectors/python-datetime-vectors.json
"""
import json
import pickle
import sys
from datetime import date, datetime, time, timedelta, timezone

CODES = {timezone: 123, timedelta: 124, time: 125, datetime: 126, date: 127}


def offset_text(tz):
    seconds = int(tz.utcoffset(None).total_seconds())
    if seconds == 0:
        return "Z"
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return "%s%02d:%02d" % (sign, hours, minutes) + (":%02d" % secs if secs else "")


def duration_text(td):
    micros = (td.days * 86400 + td.seconds) * 1000000 + td.microseconds
    sign = "-" if micros < 0 else ""
    seconds, fraction = divmod(abs(micros), 1000000)
    return "%sPT%d.%06dS" % (sign, seconds, fraction)


def java_value(obj):
    if isinstance(obj, timezone):
        return "ZoneOffset", offset_text(obj)
    if isinstance(obj, timedelta):
        return "Duration", duration_text(obj)
    if isinstance(obj, datetime):
        text = obj.replace(tzinfo=None, fold=0).isoformat()
        if obj.tzinfo is None:
            return "LocalDateTime", text
        return "OffsetDateTime", text + offset_text(obj.tzinfo)
    if isinstance(obj, time):
        text = obj.replace(tzinfo=None, fold=0).isoformat()
        if obj.tzinfo is None:
            return "LocalTime", text
        return "OffsetTime", text + offset_text(obj.tzinfo)
    return "LocalDate", obj.isoformat()


def entry(obj, roundtrip=True):
    java_type, value = java_value(obj)
    return {"repr": repr(obj), "code": CODES[type(obj)],
            "hex": pickle.dumps(obj, protocol=5).hex(),
            "type": java_type, "value": value, "roundtrip": roundtrip}


def unsupported(obj, error):
    return {"repr": repr(obj), "code": CODES[type(obj)],
            "hex": pickle.dumps(obj, protocol=5).hex(), "error": error}


UTC = timezone.utc
OFFSETS = [UTC, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5, minutes=30)),
           timezone(timedelta(hours=14)), timezone(-timedelta(hours=18)),
           timezone(timedelta(hours=5, minutes=30, seconds=15))]

vectors = []
for d in [date(1, 1, 1), date(1900, 1, 1), date(1969, 12, 31), date(1970, 1, 1),
          date(2000, 2, 29), date(2026, 11, 25), date(9999, 12, 31)]:
    vectors.append(entry(d))
for dt in [datetime(1, 1, 1), datetime(1900, 1, 1, 0, 0, 0, 1), datetime(1969, 12, 31, 23, 59, 59, 999999),
           datetime(1970, 1, 1), datetime(2026, 11, 25, 20, 14, 16, 123456), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    vectors.append(entry(dt))
    for tz in OFFSETS:
        vectors.append(entry(dt.replace(tzinfo=tz)))
for t in [time(0, 0), time(0, 0, 0, 1), time(12, 30, 15, 500000), time(23, 59, 59, 999999)]:
    vectors.append(entry(t))
    for tz in OFFSETS:
        vectors.append(entry(t.replace(tzinfo=tz)))
for td in [timedelta(0), timedelta(microseconds=1), timedelta(microseconds=-1), timedelta(microseconds=999999),
           timedelta(seconds=1), timedelta(seconds=-1), timedelta(seconds=255), timedelta(seconds=256),
           timedelta(seconds=65535), timedelta(seconds=65536), timedelta(seconds=86399, microseconds=999999),
           timedelta(days=1), timedelta(days=-1), timedelta(days=1, seconds=2, microseconds=3),
           timedelta(days=-1, seconds=5, microseconds=7), timedelta(hours=-36, microseconds=-5),
           timedelta(days=70000), timedelta(days=999999999, seconds=86399, microseconds=999999),
           timedelta(days=-999999999)]:
    vectors.append(entry(td))
for tz in OFFSETS + [timezone(timedelta(hours=-12)), timezone(timedelta(seconds=1)), timezone(timedelta(seconds=-1))]:
    vectors.append(entry(tz))
# Named timezones and fold: Java keeps the offset and the wall time, so the bytes do not round-trip.
for tz in [timezone(timedelta(0), "UTC"), timezone(timedelta(hours=1), "CET"), timezone(timedelta(hours=1), ""),
           timezone(timedelta(hours=1), "datetime"), timezone(timedelta(hours=-3), "Zeit zone \u00e9\u20ac"),
           timezone(timedelta(hours=1), "x" * 300)]:
    vectors.append(entry(tz, roundtrip=False))
vectors.append(entry(datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=1), "timezone")), roundtrip=False))
vectors.append(entry(time(1, 2, tzinfo=timezone(timedelta(hours=1), "CET")), roundtrip=False))
vectors.append(entry(datetime(2026, 10, 25, 2, 30, fold=1), roundtrip=False))
vectors.append(entry(time(23, 30, fold=1), roundtrip=False))
vectors.append(entry(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=UTC), roundtrip=False))

rejected = [
    unsupported(timezone(timedelta(hours=20)), "offset"),
    unsupported(timezone(-timedelta(hours=23, minutes=59)), "offset"),
    unsupported(timezone(timedelta(hours=1, microseconds=5)), "offset"),
    unsupported(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=19))), "offset"),
    unsupported(time(1, tzinfo=timezone(timedelta(seconds=1, microseconds=1))), "offset"),
]

json.dump({"generator": "gen_datetime_vectors.py, python %s" % sys.version.split()[0],
           "vectors": vectors, "unsupported": rejected}, sys.stdout, indent=1)
sys.stdout.write("\n")
