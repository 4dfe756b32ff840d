package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.operations.Installation;
import de.dortmund.miadoki.platform.operations.PortalFigures;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * ADMIN's "Über das Portal": build and schema version, server, database and Java, this server's
 * name, who holds each scheduled work's lease, the outbox and what this server counted.
 */
@Named
@ViewScoped
public class AboutView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Installation installation;
  @Inject PortalFigures figures;

  private String version;
  private String built;
  private String schemaVersion;
  private String database;
  private String server;
  private String self;
  private List<Installation.LeaseState> leases;
  private Installation.OutboxState outbox;
  private Map<String, Long> runs;
  private long[] requests;

  public void load() {
    version = installation.version();
    built = installation.builtAt();
    schemaVersion = installation.schemaVersion();
    database = installation.database();
    server =
        ((ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext())
            .getServerInfo();
    self = installation.self();
    leases = installation.leases();
    outbox = installation.outbox();
    runs = figures.runs();
    requests = new long[5];
    for (int c = 1; c <= 5; c++) {
      requests[c - 1] = figures.requests(c);
    }
  }

  public String getJava() {
    return System.getProperty("java.vendor") + " " + System.getProperty("java.version");
  }

  public String getVersion() {
    return version;
  }

  public String getBuilt() {
    return built;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }

  public String getDatabase() {
    return database;
  }

  public String getServer() {
    return server;
  }

  public String getSelf() {
    return self;
  }

  public List<Installation.LeaseState> getLeases() {
    return leases;
  }

  public Installation.OutboxState getOutbox() {
    return outbox;
  }

  /** This server's runs of the work, with the failed ones if any: "12" or "12 (1 failed)". */
  public String runsOf(String work) {
    long failed = figures.failures(work);
    long count = runs.getOrDefault(work, 0L);
    return failed == 0 ? String.valueOf(count) : Messages.text("about.runsFailed", count, failed);
  }

  /** Answered requests with a status of the class {@code 1..5}. */
  public long requests(int statusClass) {
    return requests[statusClass - 1];
  }
}
