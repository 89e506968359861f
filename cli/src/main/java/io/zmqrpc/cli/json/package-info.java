/**
 * Values between JSON and the wire. JSON's own values map to msgpack's (integers up to u64, floats,
 * text, arrays, maps with text keys); the values JSON cannot show travel as one-key objects, read
 * and written alike: {@code {"$bytes": base64}}, {@code {"$datetime": ISO-8601}} (with an offset:
 * aware, without: naive), {@code {"$date": ...}}, {@code {"$time": ...}}, {@code {"$timedelta": ISO-8601
 * duration}}, {@code {"$timezone": "+02:00"}} and {@code {"$ext": {"code": n, "data": base64}}}.
 */
package io.zmqrpc.cli.json;
