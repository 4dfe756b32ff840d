package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.notification.PortalLinks;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Settings without which the portal must not run: checked when the web application starts, so that
 * a missing one stops the deployment on every server with a message that names it.
 */
@WebListener
public class StartupChecks implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    PortalLinks.requireConfigured();
  }
}
