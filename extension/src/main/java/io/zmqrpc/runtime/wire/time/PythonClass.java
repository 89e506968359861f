package io.zmqrpc.runtime.wire.time;

import java.util.Arrays;

/** The five classes of Python's {@code datetime} module that aiozmq sends, with their ext codes. */
enum PythonClass {
    TIMEZONE("timezone", 123),
    TIMEDELTA("timedelta", 124),
    TIME("time", 125),
    DATETIME("datetime", 126),
    DATE("date", 127);

    static final String MODULE = "datetime";

    final String pythonName;
    final int extCode;

    PythonClass(String pythonName, int extCode) {
        this.pythonName = pythonName;
        this.extCode = extCode;
    }

    static PythonClass forCode(int extCode) {
        return Arrays.stream(values()).filter(c -> c.extCode == extCode).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "python datetime payload: ext code " + extCode + " is not one of 123..127"));
    }

    /** The class a global names, or null when it is anything but one of the five. */
    static PythonClass forGlobal(String module, String name) {
        if (!MODULE.equals(module)) {
            return null;
        }
        return Arrays.stream(values()).filter(c -> c.pythonName.equals(name)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return MODULE + "." + pythonName;
    }
}
