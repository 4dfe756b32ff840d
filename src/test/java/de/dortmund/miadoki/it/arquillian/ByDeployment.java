package de.dortmund.miadoki.it.arquillian;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes grouped by the name of their deployment, so that {@link SharedDeployments}
 * deploys each one once; within a group by class name. Classes without a deployment come first.
 */
public class ByDeployment implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing((ClassDescriptor d) -> deploymentName(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
  }

  static String deploymentName(Class<?> testClass) {
    for (Method method : testClass.getDeclaredMethods()) {
      Deployment deployment = method.getAnnotation(Deployment.class);
      if (deployment != null && Modifier.isStatic(method.getModifiers())) {
        return deployment.name();
      }
    }
    return "";
  }
}
