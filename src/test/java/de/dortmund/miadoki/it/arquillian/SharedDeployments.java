package de.dortmund.miadoki.it.arquillian;

import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * Deploys each distinct deployment once per test run instead of once per test class: a Payara Micro
 * start (about 20 s) per class made most of the suite's time.
 *
 * <p>Test classes that name the same deployment ({@code @Deployment(name = ...)}) share it; the
 * first class deploys it, the following ones are pointed at it, and it stays until a class asks for
 * another deployment or the run ends. One deployment is live at a time (the Payara Micro adapter
 * keeps one server process per container, and two copies of the portal would both run its timers on
 * one database); {@link ByDeployment} orders the classes so that each deployment is deployed once.
 * A class whose archive differs from the shared one under the same name fails, rather than silently
 * running against other code.
 */
public class SharedDeployments implements LoadableExtension {

  private static final Logger LOG = Logger.getLogger(SharedDeployments.class.getName());
  private static final String TEST_RUNNER = "ArquillianServletRunnerEE9";

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** What is deployed now, under which name, and how to reach it. */
  private record Live(
      String name,
      Container container,
      Deployment deployment,
      Set<String> content,
      ProtocolMetaData metaData) {}

  public static class Keeper {

    private static Live live;

    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;
    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;
    @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;
    @Inject private Event<UnDeployDeployment> undeployment;

    /** Runs inside Arquillian's own deployment handling, with the deployment context active. */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
        throws DeploymentException {
      DeployDeployment event = context.getEvent();
      DeploymentDescription wanted = event.getDeployment().getDescription();
      Archive<?> archive = deployed(wanted);
      if (live != null && live.name().equals(wanted.getName())) {
        Set<String> content = contentOf(archive);
        if (!content.equals(live.content())) {
          throw new IllegalStateException(
              "Deployment '"
                  + wanted.getName()
                  + "' differs from the one deployed under that name by an earlier class;"
                  + " give it a name of its own. Only here: "
                  + difference(content, live.content())
                  + "; only there: "
                  + difference(live.content(), content));
        }
        description.set(wanted);
        deployment.set(event.getDeployment());
        protocolMetaData.set(live.metaData());
        event.getDeployment().deployed();
        return;
      }
      undeployLive();
      context.proceed();
      if (wanted.testable() && !hasTestRunner(protocolMetaData.get())) {
        // The Payara Micro adapter reads the servlet list from the server's console output and
        // now and then misses it; the server itself is fine. Deploy once more, and say so.
        LOG.warning(
            "The adapter found no test runner servlet in '"
                + wanted.getName()
                + "' (it missed the server's servlet list); deploying it once more");
        event.getDeployableContainer().undeploy(archive);
        protocolMetaData.set(event.getDeployableContainer().deploy(archive));
      }
      live =
          new Live(
              wanted.getName(),
              event.getContainer(),
              event.getDeployment(),
              contentOf(archive),
              protocolMetaData.get());
    }

    /** A shared deployment stays when its class ends; the next class may use it. */
    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
      Deployment ending = context.getEvent().getDeployment();
      if (live != null && live.name().equals(ending.getDescription().getName())) {
        ending.undeployed();
        return;
      }
      context.proceed();
    }

    /** Before Arquillian stops the containers at the end of the run. */
    public void endOfRun(@Observes(precedence = 100) AfterSuite event) {
      undeployLive();
    }

    /** Through Arquillian's own undeployment, with the container's context active. */
    private void undeployLive() {
      if (live != null) {
        Live ending = live;
        live = null;
        undeployment.fire(new UnDeployDeployment(ending.container(), ending.deployment()));
      }
    }

    private static Archive<?> deployed(DeploymentDescription description) {
      return description.getTestableArchive() != null
          ? description.getTestableArchive()
          : description.getArchive();
    }

    private static boolean hasTestRunner(ProtocolMetaData metaData) {
      return metaData != null
          && metaData.getContexts(HTTPContext.class).stream()
              .anyMatch(c -> c.getServletByName(TEST_RUNNER) != null);
    }

    private static Set<String> contentOf(Archive<?> archive) {
      Set<String> paths = new TreeSet<>();
      for (ArchivePath path : archive.getContent().keySet()) {
        paths.add(path.get());
      }
      return paths;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
      Set<String> only = new TreeSet<>(a);
      only.removeAll(b);
      return only;
    }
  }
}
