package org.petitionsuite.kit.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Last line of defence for 个人信息保护法 Art 51: whatever a log message contains, resident ID numbers and mobile numbers
 * leave masked. Code should not log them in the first place; this catches what slips through (e.g. a driver message).
 */
@LoggingFilter(name = "personal-data")
public final class PersonalDataLogFilter implements Filter {
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{3})[0-9]{12}([0-9][0-9Xx])(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message != null) {
            String redacted = redact(message);
            if (!redacted.equals(message)) {
                if (record instanceof ExtLogRecord ext) {
                    ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
                } else {
                    record.setMessage(redacted);
                }
                record.setParameters(null);
            }
        }
        return true;
    }

    static String redact(String text) {
        String masked = ID_NUMBER.matcher(text).replaceAll("$1************$2");
        return MOBILE.matcher(masked).replaceAll("$1****$2");
    }
}
