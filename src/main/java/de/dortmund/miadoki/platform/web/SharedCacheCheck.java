package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.persistence.SharedCache;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Before each request for a page, a postback, a download or the API: {@link SharedCache#check}, so
 * that master data another server changed are read anew. Style sheets, scripts and images need no
 * look.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SharedCacheCheck extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject SharedCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      cache.check();
    }
    chain.doFilter(request, response);
  }
}
