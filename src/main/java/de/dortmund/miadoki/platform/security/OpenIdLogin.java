package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.notification.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mode {@code oidc}: the city's single sign-on as an OpenID Connect client of the portal's own
 * (authorization code flow, client secret sent in the token request, ID token signed RS256). It is
 * the portal's own so that one login mechanism ({@link FormLogin}) serves both the city's staff
 * (through the provider) and the portal's accounts (through the login form) on the same page:
 * Jakarta Security 3 allows a single mechanism per application.
 *
 * <p>{@link #start} sends the browser to the provider with a fresh {@code state} and {@code nonce}
 * kept in the session; {@link #finish} takes the provider's answer at {@link #CALLBACK}, checks the
 * state, exchanges the code, verifies the ID token (signature with the provider's published key,
 * issuer, audience, expiry, nonce) and returns who signed in.
 */
@ApplicationScoped
public class OpenIdLogin {

  /** Where the provider sends the browser back. */
  public static final String CALLBACK = "/sso-callback";

  /** Where the login page's button starts the sign-in. */
  public static final String START = "/sso";

  private static final String PENDING = OpenIdLogin.class.getName() + ".pending";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  /** The sign-in started in this session, to be finished by the provider's answer. */
  record Pending(String state, String nonce) implements Serializable {}

  /** The provider's answer cannot be trusted or used; the person sees the login page again. */
  public static class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }

    Refused(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  private record Provider(
      String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri) {}

  @Inject LoginSettings settings;
  @Inject PortalLinks links;
  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private volatile Provider provider;
  private volatile Map<String, PublicKey> keys = Map.of();

  /** The provider's address to send the browser to; remembers state and nonce in the session. */
  public String start(HttpServletRequest request) throws Refused {
    Pending pending = new Pending(SecretTokens.newToken(), SecretTokens.newToken());
    request.getSession().setAttribute(PENDING, pending);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.getOidcClientId());
    query.put("redirect_uri", links.to(CALLBACK));
    query.put("scope", "openid profile email");
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    return provider().authorizationEndpoint() + "?" + form(query);
  }

  /** Who the provider's answer at {@link #CALLBACK} says signed in, once it has been verified. */
  public StaffPerson finish(HttpServletRequest request) throws Refused {
    HttpSession session = request.getSession(false);
    Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
    if (pending == null) {
      throw new Refused("no sign-in was started in this session");
    }
    session.removeAttribute(PENDING);
    if (request.getParameter("error") != null) {
      throw new Refused("the provider answered " + request.getParameter("error"));
    }
    if (!pending.state().equals(request.getParameter("state"))) {
      throw new Refused("the answer's state is not the one sent");
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      throw new Refused("the answer has no code");
    }
    JsonObject claims = verified(idToken(code), pending.nonce());
    String name = text(claims, settings.getOidcNameClaim());
    if (name == null) {
      throw new Refused("the ID token has no claim " + settings.getOidcNameClaim());
    }
    String subject = text(claims, "sub");
    if (subject == null || subject.isBlank()) {
      throw new Refused("the ID token has no subject");
    }
    return new StaffPerson(
        name,
        text(claims, settings.getOidcDisplayNameClaim()),
        text(claims, settings.getOidcMailClaim()),
        text(claims, settings.getOidcDepartmentClaim()),
        subject);
  }

  private String idToken(String code) throws Refused {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", links.to(CALLBACK));
    body.put("client_id", settings.getOidcClientId());
    body.put("client_secret", settings.getOidcClientSecret());
    JsonObject answer =
        json(
            HttpRequest.newBuilder(URI.create(provider().tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))));
    String token = text(answer, "id_token");
    if (token == null) {
      throw new Refused("the token endpoint gave no ID token");
    }
    return token;
  }

  /** The ID token's claims, after its signature and content are checked. */
  JsonObject verified(String token, String nonce) throws Refused {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      throw new Refused("the ID token is no signed JWT");
    }
    JsonObject header = parse(decode(parts[0]));
    if (!"RS256".equals(text(header, "alg"))) {
      throw new Refused("the ID token is not signed with RS256");
    }
    byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (!signatureMatches(signed, Base64.getUrlDecoder().decode(parts[2]), text(header, "kid"))) {
      throw new Refused("the ID token's signature does not match the provider's key");
    }
    JsonObject claims = parse(decode(parts[1]));
    Instant now = clock.instant();
    if (!provider().issuer().equals(text(claims, "iss"))) {
      throw new Refused("the ID token comes from another issuer");
    }
    if (!audience(claims).contains(settings.getOidcClientId())) {
      throw new Refused("the ID token is not meant for this portal");
    }
    if (!claims.containsKey("exp")
        || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue())
            .isBefore(now.minus(CLOCK_SKEW))) {
      throw new Refused("the ID token has expired");
    }
    if (!nonce.equals(text(claims, "nonce"))) {
      throw new Refused("the ID token's nonce is not the one sent");
    }
    return claims;
  }

  private boolean signatureMatches(byte[] signed, byte[] signature, String kid) throws Refused {
    PublicKey key = key(kid, false);
    if (key == null) {
      key = key(kid, true); // the provider may have rolled its keys over
    }
    if (key == null) {
      throw new Refused("the provider publishes no key " + kid);
    }
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(key);
      verifier.update(signed);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new Refused("the ID token's signature cannot be checked", e);
    }
  }

  private PublicKey key(String kid, boolean reload) throws Refused {
    Map<String, PublicKey> known = keys;
    if (reload || known.isEmpty()) {
      known = new LinkedHashMap<>();
      JsonObject set = json(HttpRequest.newBuilder(URI.create(provider().jwksUri())).GET());
      for (JsonValue value : set.getJsonArray("keys")) {
        JsonObject jwk = value.asJsonObject();
        if ("RSA".equals(text(jwk, "kty")) && !"enc".equals(text(jwk, "use"))) {
          known.put(String.valueOf(text(jwk, "kid")), rsaKey(jwk));
        }
      }
      keys = Map.copyOf(known);
    }
    if (kid == null) {
      return known.size() == 1 ? known.values().iterator().next() : null;
    }
    return known.get(kid);
  }

  private static PublicKey rsaKey(JsonObject jwk) throws Refused {
    try {
      BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(text(jwk, "n")));
      BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(text(jwk, "e")));
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new Refused("the provider publishes a key that cannot be read", e);
    }
  }

  private Provider provider() throws Refused {
    Provider known = provider;
    if (known == null) {
      String base = settings.getOidcProvider().replaceAll("/+$", "");
      JsonObject document =
          json(
              HttpRequest.newBuilder(URI.create(base + "/.well-known/openid-configuration")).GET());
      known =
          new Provider(
              text(document, "issuer"),
              text(document, "authorization_endpoint"),
              text(document, "token_endpoint"),
              text(document, "jwks_uri"));
      if (known.issuer() == null
          || known.authorizationEndpoint() == null
          || known.tokenEndpoint() == null
          || known.jwksUri() == null) {
        throw new Refused("the provider's configuration lacks an endpoint");
      }
      provider = known;
    }
    return known;
  }

  private JsonObject json(HttpRequest.Builder request) throws Refused {
    try {
      HttpResponse<String> answer =
          http.send(
              request.timeout(Duration.ofSeconds(15)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new Refused(answer.uri() + " answered " + answer.statusCode());
      }
      return parse(answer.body());
    } catch (IOException e) {
      throw new Refused("the provider cannot be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused("interrupted while asking the provider", e);
    }
  }

  private static JsonObject parse(String json) throws Refused {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new Refused("the provider's answer is no JSON object", e);
    }
  }

  private static String decode(String part) throws Refused {
    try {
      return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Refused("the ID token is not base64url", e);
    }
  }

  private static java.util.List<String> audience(JsonObject claims) {
    JsonValue aud = claims.get("aud");
    if (aud instanceof JsonString single) {
      return java.util.List.of(single.getString());
    }
    if (aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY) {
      return aud.asJsonArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
    return java.util.List.of();
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
