package de.dortmund.miadoki.platform.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Counts every answered request by its status class, for {@link PortalFigures}. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestCounter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject PortalFigures figures;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      figures.answered(500);
      throw e;
    }
    figures.answered(response.getStatus());
  }
}
