package de.dortmund.miadoki.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.awards.web.AwardPages;
import de.dortmund.miadoki.interpreting.web.InterpretingPages;
import de.dortmund.miadoki.training.web.TrainingPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page rules are the one declaration of who opens what; the servers' configuration follows it:
 * web.xml asks for a login everywhere except exactly the declared public paths and holds no role of
 * its own per page, and both servers know every role of the portal, no other.
 */
class PageAccessDeclarationTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  private static List<PageRule> declared() {
    return PageAccess.ordered(
        Stream.of(
                new PlatformPages(), new InterpretingPages(), new TrainingPages(), new AwardPages())
            .flatMap(m -> m.pages().stream())
            .toList());
  }

  private static List<String> all(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void webXmlAsksForALoginEverywhereButTheDeclaredPublicPaths() throws Exception {
    String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
    assertThat(webXml.split("<security-constraint>", -1))
        .as("one constraint for the login, one for the public paths")
        .hasSize(3);
    String publicPart =
        webXml.substring(webXml.indexOf("<web-resource-name>public</web-resource-name>"));
    publicPart = publicPart.substring(0, publicPart.indexOf("</web-resource-collection>"));
    Set<String> inWebXml =
        new TreeSet<>(all(Pattern.compile("<url-pattern>([^<]+)</url-pattern>"), publicPart));
    Set<String> declaredPublic =
        declared().stream()
            .filter(r -> r.audience() == PageRule.Audience.PUBLIC)
            .map(PageRule::path)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(inWebXml).isEqualTo(declaredPublic);
    assertThat(all(Pattern.compile("<auth-constraint>\\s*<role-name>([^<]+)</role-name>"), webXml))
        .containsExactly("**");
  }

  @Test
  void bothServersKnowEveryRoleOfThePortalAndNoOther() throws Exception {
    Set<String> roles =
        EnumSet.allOf(Role.class).stream()
            .map(Role::name)
            .collect(Collectors.toCollection(TreeSet::new));
    String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
    assertThat(
            new TreeSet<>(
                all(Pattern.compile("<security-role><role-name>([^<]+)</role-name>"), webXml)))
        .isEqualTo(roles);
    String payara = Files.readString(WEBAPP.resolve("WEB-INF/glassfish-web.xml"));
    Matcher mapping =
        Pattern.compile("<role-name>([^<]+)</role-name><group-name>([^<]+)</group-name>")
            .matcher(payara);
    Set<String> mapped = new TreeSet<>();
    while (mapping.find()) {
      assertThat(mapping.group(2))
          .as("group of role %s", mapping.group(1))
          .isEqualTo(mapping.group(1));
      mapped.add(mapping.group(1));
    }
    assertThat(mapped).isEqualTo(roles);
  }

  @Test
  void everyPageAndEveryServletOfTheWarIsDeclared() throws Exception {
    List<PageRule> rules = declared();
    Set<String> undeclared = new TreeSet<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      files
          .filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF"))
          .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
          .filter(page -> rules.stream().noneMatch(r -> r.covers(page)))
          .forEach(undeclared::add);
    }
    Pattern servlet = Pattern.compile("@WebServlet\\(\\{?([^)}]+)\\}?\\)");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String paths : all(servlet, Files.readString(source))) {
          Arrays.stream(paths.split(","))
              .map(String::strip)
              .filter(p -> p.startsWith("\""))
              .map(p -> p.replace("\"", "").replace("/*", "/x"))
              .filter(path -> rules.stream().noneMatch(r -> r.covers(path)))
              .forEach(undeclared::add);
        }
      }
    }
    assertThat(undeclared).as("pages and servlets that no module declares").isEmpty();
  }

  @Test
  void theExactPageComesBeforeItsFolderAndAPathIsDeclaredOnce() {
    List<PageRule> ordered =
        PageAccess.ordered(
            List.of(
                PageRule.roles("/admin/*", Role.ADMIN),
                PageRule.signedIn("/admin/help.xhtml"),
                PageRule.open("/admin/public/*")));
    assertThat(ordered)
        .extracting(PageRule::path)
        .containsExactly("/admin/help.xhtml", "/admin/public/*", "/admin/*");
    assertThat(ordered.get(2).allows(EnumSet.of(Role.COORDINATOR))).isFalse();
    assertThat(ordered.get(2).allows(EnumSet.of(Role.ADMIN, Role.STAFF))).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                PageAccess.ordered(
                    List.of(PageRule.open("/a.xhtml"), PageRule.signedIn("/a.xhtml"))))
        .isInstanceOf(IllegalStateException.class);
  }
}
