package de.dortmund.miadoki.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds {@code SameSite=Lax} to every cookie of a response that lacks a SameSite attribute, the
 * container's session cookie included, and over HTTPS the {@code Secure} attribute. Not every
 * server applies the attribute from web.xml, so the headers are fixed just before the response is
 * committed: on redirect, error, flush, and at the end of the request.
 */
final class SameSiteCookies extends HttpServletResponseWrapper {

  private static final String SET_COOKIE = "Set-Cookie";

  private final HttpServletResponse response;
  private final boolean secure;
  private ServletOutputStream stream;
  private PrintWriter writer;

  SameSiteCookies(HttpServletResponse response) {
    this(response, false);
  }

  /** With {@code secure}, every cookie also gets the {@code Secure} attribute (HTTPS only). */
  SameSiteCookies(HttpServletResponse response, boolean secure) {
    super(response);
    this.response = response;
    this.secure = secure;
  }

  /** Rewrites the Set-Cookie headers if the response can still be changed. */
  void fix() {
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
    if (cookies.stream().allMatch(c -> hasSameSite(c) && (!secure || isSecure(c)))) {
      return;
    }
    boolean first = true;
    for (String cookie : cookies) {
      String fixed = hasSameSite(cookie) ? cookie : cookie + "; SameSite=Lax";
      if (secure && !isSecure(fixed)) {
        fixed = fixed + "; Secure";
      }
      if (first) {
        response.setHeader(SET_COOKIE, fixed);
        first = false;
      } else {
        response.addHeader(SET_COOKIE, fixed);
      }
    }
  }

  static boolean isSecure(String cookie) {
    for (String part : cookie.split(";")) {
      if (part.strip().equalsIgnoreCase("secure")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasSameSite(String cookie) {
    return cookie.toLowerCase(Locale.ROOT).contains("samesite=");
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    fix();
    super.sendRedirect(location);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    fix();
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    fix();
    super.sendError(sc);
  }

  @Override
  public void flushBuffer() throws IOException {
    fix();
    super.flushBuffer();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      ServletOutputStream target = super.getOutputStream();
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              target.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              target.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
              fix();
              target.flush();
            }

            @Override
            public void close() throws IOException {
              fix();
              target.close();
            }

            @Override
            public boolean isReady() {
              return target.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              target.setWriteListener(listener);
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer =
          new PrintWriter(super.getWriter()) {
            @Override
            public void flush() {
              fix();
              super.flush();
            }

            @Override
            public void close() {
              fix();
              super.close();
            }
          };
    }
    return writer;
  }
}
