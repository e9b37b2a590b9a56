package io.github.bankcrm.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the library logs while an action runs, at every level, for privacy tests. */
public final class CapturedLogs {

  private CapturedLogs() {}

  /**
   * Runs the action with the library's loggers at TRACE and returns every event they logged.
   *
   * @param action what to run
   * @return the events, oldest first
   */
  public static List<ILoggingEvent> during(Runnable action) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger library = context.getLogger("io.github.bankcrm");
    Level before = library.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    library.setLevel(Level.TRACE);
    root.addAppender(appender);
    try {
      action.run();
    } finally {
      root.detachAppender(appender);
      library.setLevel(before);
      appender.stop();
    }
    return List.copyOf(appender.list);
  }
}
