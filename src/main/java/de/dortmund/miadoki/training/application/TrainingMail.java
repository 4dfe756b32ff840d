package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.notification.MailOutbox.Addressee;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.PortalBundles;
import de.dortmund.miadoki.training.domain.SessionPart;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.infrastructure.SessionInvitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The trainings' mails, each in its recipient's language. Every body gets the same first
 * placeholders: {0} course, {1} the dates of the parts, {2} room or online, {3} the recipient's
 * name where known, {4} the link to the page to act on; further arguments follow from {5} on. Mails
 * carry no more than that: the rest is in the portal.
 */
@ApplicationScoped
class TrainingMail {

  @Inject MailOutbox outbox;
  @Inject PortalLinks links;
  @Inject Clock clock;

  void toPerson(
      String username,
      String name,
      TrainingSession session,
      String key,
      String path,
      Function<Locale, Object[]> more) {
    outbox.addressee(username).ifPresent(a -> send(a, name, session, key, path, more));
  }

  /**
   * A mail with the session's calendar invitation ({@link SessionInvitations#REQUEST}, also for
   * updates) or its cancellation ({@link SessionInvitations#CANCEL}).
   */
  void invitation(
      String username,
      String name,
      TrainingSession session,
      String key,
      String path,
      String method,
      Function<Locale, Object[]> more) {
    outbox
        .addressee(username)
        .ifPresent(
            a ->
                send(a, name, session, key, path, more)
                    .attachCalendar(
                        SessionInvitations.render(session, a.email(), method, clock.instant()),
                        method));
  }

  void toRole(Role role, TrainingSession session, String key, String path) {
    outbox
        .addresseesWithRole(role)
        .forEach(a -> send(a, "", session, key, path, locale -> new Object[0]));
  }

  private OutboxMessage send(
      Addressee to,
      String name,
      TrainingSession session,
      String key,
      String path,
      Function<Locale, Object[]> more) {
    Locale locale = to.locale();
    Object[] common = {
      session.getCourse().getTitle(),
      dates(session, locale),
      place(session, locale),
      name,
      links.to(path)
    };
    Object[] args = Stream.concat(Stream.of(common), Stream.of(more.apply(locale))).toArray();
    return outbox.enqueue(to.email(), locale, key, args);
  }

  static String dates(TrainingSession session, Locale locale) {
    DateTimeFormatter dateTime = format(locale, "format.dateTime");
    DateTimeFormatter time = format(locale, "format.time");
    return session.getParts().stream()
        .map((SessionPart p) -> dateTime.format(p.getStartsAt()) + "–" + time.format(p.getEndsAt()))
        .collect(Collectors.joining("; "));
  }

  static String place(TrainingSession session, Locale locale) {
    if (session.getRoom() != null) {
      return session.getRoom().getName();
    }
    return PortalBundles.of("i18n.training", locale).getString("session.online");
  }

  static DateTimeFormatter format(Locale locale, String key) {
    return DateTimeFormatter.ofPattern(
        PortalBundles.of("i18n.platform", locale).getString(key), locale);
  }
}
