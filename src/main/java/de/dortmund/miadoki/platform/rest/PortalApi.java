package de.dortmund.miadoki.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS resources live under /api. */
@ApplicationPath("api")
public class PortalApi extends Application {}
