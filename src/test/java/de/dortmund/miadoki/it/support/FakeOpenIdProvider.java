package de.dortmund.miadoki.it.support;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The tests' stand-in for the city's single sign-on service: a minimal OpenID Connect provider
 * (authorization code flow only) on 127.0.0.1, built on nothing but the JDK.
 *
 * <p>It offers what Soteria's {@code @OpenIdAuthenticationMechanismDefinition} (Jakarta Security
 * 3.0 on Payara 6 and WildFly 39) uses, at Keycloak-like paths below {@link #issuer()}:
 *
 * <ul>
 *   <li>the discovery document {@code /.well-known/openid-configuration}, which Soteria fetches
 *       once, at the first request that needs the OpenID configuration;
 *   <li>the authorization endpoint: a small login form ({@code username}, {@code password}, button
 *       {@code login}) whose submission redirects back to the client's {@code redirect_uri} with
 *       {@code code} and {@code state}. There is no single sign-on session: every authorization
 *       request shows the form;
 *   <li>the token endpoint, which authenticates the client by {@code client_secret_post} (what
 *       Soteria sends) or {@code client_secret_basic} and answers with an opaque access token,
 *       token type {@code Bearer}, {@code expires_in} and an RS256-signed ID token. The ID token
 *       carries the {@code nonce} exactly as it came in the authorization request (Soteria sends a
 *       hash of its own nonce and compares the claim with that hash), {@code aud} and {@code azp}
 *       set to the client id, {@code at_hash}, {@code preferred_username}, {@code name} and, if the
 *       user has any, {@code groups};
 *   <li>the JWKS endpoint with the one RSA signing key;
 *   <li>the userinfo endpoint. Soteria calls it only when the caller name or groups claim is not in
 *       the tokens (so for users without groups), and it insists on the same {@code sub} as in the
 *       ID token;
 *   <li>the end-session endpoint, used when the portal notifies the provider on logout.
 * </ul>
 *
 * <p>Redirect URIs are not registered: any absolute http(s) URI is accepted, since each test
 * deployment has its own base URL. Each request is recorded in {@link #log()}, so tests can assert
 * that a login really went through the provider.
 */
public final class FakeOpenIdProvider implements AutoCloseable {

  public static final String DEFAULT_CLIENT_ID = "miadoki";
  public static final String DEFAULT_CLIENT_SECRET = "miadoki-test-secret";

  private static final String REALM = "/realms/test";
  private static final String DISCOVERY = "/.well-known/openid-configuration";
  private static final String AUTHORIZE = "/protocol/openid-connect/auth";
  private static final String TOKEN = "/protocol/openid-connect/token";
  private static final String JWKS = "/protocol/openid-connect/certs";
  private static final String USERINFO = "/protocol/openid-connect/userinfo";
  private static final String LOGOUT = "/protocol/openid-connect/logout";

  /** Authorization request parameters the login form carries along to its submission. */
  private static final List<String> AUTHORIZATION_PARAMETERS =
      List.of("client_id", "redirect_uri", "response_type", "scope", "state", "nonce");

  /** Longer than Soteria's default tokenMinValidity (10 s), so tokens do not count as expired. */
  private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String clientId;
  private final String clientSecret;
  private final KeyPair keys;
  private final String keyId;
  private final ExecutorService executor;
  private final HttpServer server;
  private final String issuer;
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, User> accessTokens = new ConcurrentHashMap<>();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final KeyPair foreignKeys = generateKeys();
  private volatile boolean forgeNextToken;

  /** A person who can sign in; the subject stays the same for the same username. */
  private record User(
      String username,
      String password,
      String subject,
      List<String> groups,
      Map<String, String> profile) {}

  /** What an authorization code stands for, until the client exchanges it. */
  private record Grant(
      User user, String clientId, String redirectUri, String scope, String nonce, Instant issued) {}

  private FakeOpenIdProvider(String clientId, String clientSecret) throws IOException {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.keys = generateKeys();
    this.keyId = thumbprint((RSAPublicKey) keys.getPublic());
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-openid-provider");
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), TestPorts.freeLoopbackPort()),
            0);
    this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    server.createContext(REALM, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a provider for the client {@value #DEFAULT_CLIENT_ID} on a free port. */
  public static FakeOpenIdProvider start() {
    return start(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
  }

  /** Starts a provider on a free port that knows the one client with this id and secret. */
  public static FakeOpenIdProvider start(String clientId, String clientSecret) {
    try {
      return new FakeOpenIdProvider(clientId, clientSecret);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the fake OpenID provider", e);
    }
  }

  /** The issuer, also the portal's provider URI: {@code http://127.0.0.1:PORT/realms/test}. */
  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Lets this user sign in. Groups, if given, go into the {@code groups} claim of the ID token and
   * the userinfo; without groups the claim is left out and Soteria asks the userinfo endpoint.
   */
  public FakeOpenIdProvider addUser(String username, String password, String... groups) {
    String subject = UUID.nameUUIDFromBytes(username.getBytes(UTF_8)).toString();
    users.put(username, new User(username, password, subject, List.of(groups), Map.of()));
    return this;
  }

  /**
   * Lets this person sign in, with the claims {@code name}, {@code email} and {@code department} in
   * the ID token and the userinfo.
   */
  public FakeOpenIdProvider addPerson(
      String username, String password, String name, String email, String department) {
    String subject = UUID.nameUUIDFromBytes(username.getBytes(UTF_8)).toString();
    users.put(
        username,
        new User(
            username,
            password,
            subject,
            List.of(),
            Map.of("name", name, "email", email, "department", department)));
    return this;
  }

  /** The provider renames a user: the new name signs in with the same subject and password. */
  public FakeOpenIdProvider rename(String username, String newName) {
    User user = users.remove(username);
    users.put(
        newName, new User(newName, user.password(), user.subject(), user.groups(), user.profile()));
    return this;
  }

  /** Someone else at the provider now bears this name: a new subject for it. */
  public FakeOpenIdProvider giveNameToSomeoneElse(String username) {
    return withSubject(username, UUID.randomUUID().toString());
  }

  /** The user's subject as it was when the user was added. */
  public FakeOpenIdProvider restoreSubject(String username) {
    return withSubject(username, UUID.nameUUIDFromBytes(username.getBytes(UTF_8)).toString());
  }

  private FakeOpenIdProvider withSubject(String username, String subject) {
    User user = users.get(username);
    users.put(
        username, new User(username, user.password(), subject, user.groups(), user.profile()));
    return this;
  }

  /** The next ID token is signed with a key of someone else's, as a forger would. */
  public void forgeNextToken() {
    forgeNextToken = true;
  }

  /**
   * The endpoints hit so far, in order: {@code discovery}, {@code authorize} (form and its
   * submission), {@code token}, {@code jwks}, {@code userinfo}, {@code logout}.
   */
  public List<String> log() {
    return List.copyOf(log);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(REALM.length());
      try {
        switch (path) {
          case DISCOVERY -> discovery(exchange);
          case AUTHORIZE -> authorize(exchange);
          case TOKEN -> token(exchange);
          case JWKS -> jwks(exchange);
          case USERINFO -> userinfo(exchange);
          case LOGOUT -> logout(exchange);
          default -> send(exchange, 404, "text/plain; charset=utf-8", "Not found: " + path);
        }
      } catch (RuntimeException e) {
        // Shows up in the log, so a test failing on the portal's side still points here.
        log.add("error: " + e);
        if (exchange.getResponseCode() == -1) {
          send(exchange, 500, "text/plain; charset=utf-8", e.toString());
        }
      }
    }
  }

  private void discovery(HttpExchange exchange) throws IOException {
    log.add("discovery");
    Map<String, Object> document = new LinkedHashMap<>();
    // Soteria refuses to work without issuer, authorization_endpoint, token_endpoint and jwks_uri.
    document.put("issuer", issuer);
    document.put("authorization_endpoint", issuer + AUTHORIZE);
    document.put("token_endpoint", issuer + TOKEN);
    document.put("jwks_uri", issuer + JWKS);
    document.put("userinfo_endpoint", issuer + USERINFO);
    document.put("end_session_endpoint", issuer + LOGOUT);
    // Soteria also requires these three to be non-empty (it falls back to its own defaults).
    document.put("response_types_supported", List.of("code"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("response_modes_supported", List.of("query"));
    document.put("grant_types_supported", List.of("authorization_code"));
    document.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_post", "client_secret_basic"));
    // No scopes_supported on purpose: Soteria rejects its configuration if any requested scope is
    // missing from that list, and this provider accepts whatever scopes the portal asks for.
    sendJson(exchange, 200, json(document));
  }

  private void authorize(HttpExchange exchange) throws IOException {
    log.add("authorize");
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "GET, POST");
      send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed");
      return;
    }
    Map<String, String> params = parameters(exchange);
    String redirectUri = params.get("redirect_uri");
    // Without a known client and a usable redirect URI there is nobody to send errors back to.
    if (!clientId.equals(params.get("client_id")) || !isAbsoluteHttpUri(redirectUri)) {
      send(exchange, 400, "text/html; charset=utf-8", errorPage("Unknown client or redirect URI"));
      return;
    }
    String state = params.get("state");
    if (!"code".equals(params.get("response_type"))) {
      redirect(exchange, withQuery(redirectUri, "error", "unsupported_response_type", state));
      return;
    }
    String scope = params.getOrDefault("scope", "");
    if (!Arrays.asList(scope.split(" ")).contains("openid")) {
      redirect(exchange, withQuery(redirectUri, "error", "invalid_scope", state));
      return;
    }
    if (method.equals("GET")) {
      send(exchange, 200, "text/html; charset=utf-8", loginPage(params, false));
      return;
    }
    User user = users.get(params.getOrDefault("username", ""));
    if (user == null || !user.password().equals(params.get("password"))) {
      send(exchange, 200, "text/html; charset=utf-8", loginPage(params, true));
      return;
    }
    String code = randomToken();
    codes.put(
        code, new Grant(user, clientId, redirectUri, scope, params.get("nonce"), Instant.now()));
    redirect(exchange, withQuery(redirectUri, "code", code, state));
  }

  private void token(HttpExchange exchange) throws IOException {
    log.add("token");
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      sendJson(exchange, 405, error("invalid_request", "The token endpoint takes POST only"));
      return;
    }
    Map<String, String> params = parameters(exchange);
    String[] client = clientCredentials(exchange, params);
    if (client == null || !clientId.equals(client[0]) || !clientSecret.equals(client[1])) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
      sendJson(exchange, 401, error("invalid_client", "Unknown client or wrong secret"));
      return;
    }
    if (!"authorization_code".equals(params.get("grant_type"))) {
      sendJson(exchange, 400, error("unsupported_grant_type", "Only authorization_code"));
      return;
    }
    // A code is good for one exchange only, whatever the outcome.
    Grant grant = codes.remove(params.getOrDefault("code", ""));
    if (grant == null || grant.issued().plus(CODE_LIFETIME).isBefore(Instant.now())) {
      sendJson(exchange, 400, error("invalid_grant", "Unknown, used or expired code"));
      return;
    }
    if (!grant.clientId().equals(client[0])
        || !grant.redirectUri().equals(params.get("redirect_uri"))) {
      sendJson(exchange, 400, error("invalid_grant", "Code issued to another client or URI"));
      return;
    }

    User user = grant.user();
    Instant now = Instant.now();
    String accessToken = randomToken();
    accessTokens.put(accessToken, user);

    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuer);
    claims.put("sub", user.subject());
    claims.put("aud", grant.clientId());
    claims.put("azp", grant.clientId());
    claims.put("exp", now.plus(TOKEN_LIFETIME).getEpochSecond());
    claims.put("iat", now.getEpochSecond());
    claims.put("auth_time", grant.issued().getEpochSecond());
    if (grant.nonce() != null) {
      claims.put("nonce", grant.nonce());
    }
    claims.put("at_hash", accessTokenHash(accessToken));
    claims.put("preferred_username", user.username());
    claims.put("name", user.username());
    claims.putAll(user.profile());
    if (!user.groups().isEmpty()) {
      claims.put("groups", user.groups());
    }

    Map<String, Object> response = new LinkedHashMap<>();
    response.put("access_token", accessToken);
    response.put("token_type", "Bearer");
    response.put("expires_in", TOKEN_LIFETIME.toSeconds());
    response.put("scope", grant.scope());
    response.put("id_token", sign(claims));
    sendJson(exchange, 200, json(response));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    log.add("jwks");
    RSAPublicKey key = (RSAPublicKey) keys.getPublic();
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("kty", "RSA");
    jwk.put("use", "sig");
    jwk.put("alg", "RS256");
    jwk.put("kid", keyId);
    jwk.put("n", base64url(key.getModulus()));
    jwk.put("e", base64url(key.getPublicExponent()));
    sendJson(exchange, 200, json(Map.of("keys", List.of(jwk))));
  }

  private void userinfo(HttpExchange exchange) throws IOException {
    log.add("userinfo");
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    User user = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      user = accessTokens.get(authorization.substring(7).trim());
    }
    if (user == null) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      sendJson(exchange, 401, error("invalid_token", "Missing or unknown access token"));
      return;
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", user.subject());
    claims.put("preferred_username", user.username());
    claims.put("name", user.username());
    claims.putAll(user.profile());
    if (!user.groups().isEmpty()) {
      claims.put("groups", user.groups());
    }
    sendJson(exchange, 200, json(claims));
  }

  private void logout(HttpExchange exchange) throws IOException {
    log.add("logout");
    Map<String, String> params = parameters(exchange);
    String target = params.get("post_logout_redirect_uri");
    if (isAbsoluteHttpUri(target)) {
      String state = params.get("state");
      redirect(exchange, state == null ? target : withQuery(target, "state", state, null));
    } else {
      send(exchange, 200, "text/html; charset=utf-8", page("Signed out", "<p>Signed out.</p>"));
    }
  }

  /** The login form; after a failed attempt with the notice and the username filled in again. */
  private static String loginPage(Map<String, String> params, boolean failed) {
    StringBuilder form = new StringBuilder();
    if (failed) {
      form.append("<p id=\"error\" role=\"alert\">Invalid credentials</p>\n");
    }
    form.append("<form method=\"post\" action=\"").append(REALM).append(AUTHORIZE).append("\">\n");
    for (String name : AUTHORIZATION_PARAMETERS) {
      String value = params.get(name);
      if (value != null) {
        form.append("<input type=\"hidden\" name=\"")
            .append(name)
            .append("\" value=\"")
            .append(html(value))
            .append("\">\n");
      }
    }
    String username = failed ? params.getOrDefault("username", "") : "";
    form.append("<p><label for=\"username\">Username</label>\n")
        .append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\"")
        .append(" value=\"")
        .append(html(username))
        .append("\"></p>\n")
        .append("<p><label for=\"password\">Password</label>\n")
        .append("<input id=\"password\" name=\"password\" type=\"password\"")
        .append(" autocomplete=\"current-password\"></p>\n")
        .append("<p><button id=\"login\" type=\"submit\">Sign in</button></p>\n")
        .append("</form>\n");
    return page("Sign in", form.toString());
  }

  private static String errorPage(String message) {
    return page("Sign-in error", "<p role=\"alert\">" + html(message) + "</p>");
  }

  /** A whole page: English, titled, with a main landmark, so accessibility checks stay quiet. */
  private static String page(String title, String content) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + html(title)
        + " – Test single sign-on</title>\n</head>\n<body>\n<main>\n<h1>"
        + html(title)
        + "</h1>\n"
        + content
        + "</main>\n</body>\n</html>\n";
  }

  /** Client id and secret from HTTP Basic (RFC 6749, 2.3.1) or else from the form body. */
  private static String[] clientCredentials(HttpExchange exchange, Map<String, String> params) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return new String[] {
        decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))
      };
    }
    String id = params.get("client_id");
    String secret = params.get("client_secret");
    return id == null || secret == null ? null : new String[] {id, secret};
  }

  /** Query parameters, and for POST also the form-encoded body; the first value of a name wins. */
  private static Map<String, String> parameters(HttpExchange exchange) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    addParameters(params, exchange.getRequestURI().getRawQuery());
    if (exchange.getRequestMethod().equals("POST")) {
      addParameters(params, new String(exchange.getRequestBody().readAllBytes(), UTF_8));
    }
    return params;
  }

  private static void addParameters(Map<String, String> params, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      params.putIfAbsent(name, value);
    }
  }

  private static boolean isAbsoluteHttpUri(String value) {
    if (value == null) {
      return false;
    }
    try {
      URI uri = new URI(value);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Appends one parameter and, if there is one, the state to a redirect URI. */
  private static String withQuery(String uri, String name, String value, String state) {
    StringBuilder target = new StringBuilder(uri);
    target.append(uri.contains("?") ? '&' : '?').append(name).append('=').append(encode(value));
    if (state != null) {
      target.append("&state=").append(encode(state));
    }
    return target.toString();
  }

  private String sign(Map<String, Object> claims) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    header.put("kid", keyId);
    String input =
        BASE64URL.encodeToString(json(header).getBytes(UTF_8))
            + "."
            + BASE64URL.encodeToString(json(claims).getBytes(UTF_8));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      // a forged token: signed with a key the provider does not publish
      signature.initSign(forgeNextToken ? foreignKeys.getPrivate() : keys.getPrivate());
      forgeNextToken = false;
      signature.update(input.getBytes(US_ASCII));
      return input + "." + BASE64URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign the ID token", e);
    }
  }

  /** The at_hash claim: left half of the access token's SHA-256, base64url (OIDC Core 3.1.3.6). */
  private static String accessTokenHash(String accessToken) {
    byte[] hash = sha256(accessToken.getBytes(US_ASCII));
    return BASE64URL.encodeToString(Arrays.copyOf(hash, hash.length / 2));
  }

  /** The key id: the key's JWK thumbprint (RFC 7638). */
  private static String thumbprint(RSAPublicKey key) {
    String canonical =
        "{\"e\":\""
            + base64url(key.getPublicExponent())
            + "\",\"kty\":\"RSA\",\"n\":\""
            + base64url(key.getModulus())
            + "\"}";
    return BASE64URL.encodeToString(sha256(canonical.getBytes(UTF_8)));
  }

  private static KeyPair generateKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot generate the signing key", e);
    }
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JWK number: big-endian bytes without a leading zero, base64url (RFC 7518, 6.3.1). */
  private static String base64url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return BASE64URL.encodeToString(bytes);
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(302, -1);
  }

  private static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Pragma", "no-cache");
    send(exchange, status, "application/json", json);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static String error(String code, String description) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("error", code);
    error.put("error_description", description);
    return json(error);
  }

  /** Writes strings, numbers, booleans, lists and maps as JSON; all this provider ever sends. */
  private static String json(Object value) {
    StringBuilder out = new StringBuilder();
    writeJson(out, value);
    return out.toString();
  }

  private static void writeJson(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      writeJsonString(out, text);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator);
        writeJsonString(out, String.valueOf(entry.getKey()));
        out.append(':');
        writeJson(out, entry.getValue());
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof Collection<?> items) {
      out.append('[');
      String separator = "";
      for (Object item : items) {
        out.append(separator);
        writeJson(out, item);
        separator = ",";
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("No JSON for " + value.getClass());
    }
  }

  private static void writeJsonString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, UTF_8);
  }
}
