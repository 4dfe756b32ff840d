package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.notification.MailOutbox.Addressee;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.PortalBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The pool's e-mails about a request, each in its recipient's language. Every body gets the same
 * first placeholders: {0} language, {1} date and time, {2} minutes, {3} mode, {4} district; the
 * caller's further arguments follow from {5} on.
 */
@ApplicationScoped
class PoolMail {

  @Inject MailOutbox outbox;

  void toInterpreter(
      Interpreter interpreter,
      InterpreterRequest request,
      String key,
      Function<Locale, Object[]> more) {
    Locale locale =
        outbox.addressee(interpreter.getUsername()).map(Addressee::locale).orElse(Locale.GERMAN);
    send(new Addressee(interpreter.getEmail(), locale), request, key, more);
  }

  void toRequester(InterpreterRequest request, String key, Function<Locale, Object[]> more) {
    outbox.addressee(request.getRequester()).ifPresent(a -> send(a, request, key, more));
  }

  void toRole(Role role, InterpreterRequest request, String key, Function<Locale, Object[]> more) {
    outbox.addresseesWithRole(role).forEach(a -> send(a, request, key, more));
  }

  private void send(
      Addressee to, InterpreterRequest request, String key, Function<Locale, Object[]> more) {
    Locale locale = to.locale();
    ResourceBundle labels = PortalBundles.of("i18n.interpreting", locale);
    Object[] common = {
      request.getLanguage().name(locale)
          + (request.getVariety() == null ? "" : " (" + request.getVariety().name(locale) + ")"),
      dateTime(locale).format(request.getStartsAt()),
      String.valueOf(request.getDurationMinutes()),
      labels.getString(request.getMode().messageKey()),
      request.getDistrict() == null ? "–" : labels.getString(request.getDistrict().messageKey())
    };
    Object[] args = Stream.concat(Stream.of(common), Stream.of(more.apply(locale))).toArray();
    outbox.enqueue(to.email(), locale, key, args);
  }

  /** The screens' date-and-time format of the recipient's language. */
  static DateTimeFormatter dateTime(Locale locale) {
    return DateTimeFormatter.ofPattern(
        PortalBundles.of("i18n.platform", locale).getString("format.dateTime"), locale);
  }

  static String instant(Instant instant, Locale locale) {
    return dateTime(locale).format(instant.atZone(ClockProducer.ZONE));
  }
}
