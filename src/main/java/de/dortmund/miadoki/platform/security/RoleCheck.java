package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditLog;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.logging.Logger;

/** Enforces {@link RequiresRole}; a method's annotation overrides the class's. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheck {

  private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;

  @AroundInvoke
  Object check(InvocationContext context) throws Exception {
    RequiresRole required = context.getMethod().getAnnotation(RequiresRole.class);
    if (required == null) {
      required = context.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
    }
    if (required == null) {
      required = context.getTarget().getClass().getAnnotation(RequiresRole.class);
    }
    if (required != null && Arrays.stream(required.value()).noneMatch(currentUser::hasRole)) {
      String refusal =
          currentUser.username()
              + " (roles "
              + currentUser.roles()
              + ") may not call "
              + context.getMethod().getDeclaringClass().getSimpleName()
              + "."
              + context.getMethod().getName();
      // for the operators: a refused call is either a probe or a screen that offers too much
      LOG.warning(refusal);
      auditLog.recordDenied(
          "Call",
          context.getMethod().getDeclaringClass().getSimpleName()
              + "."
              + context.getMethod().getName());
      throw new AccessDeniedException(refusal);
    }
    return context.proceed();
  }
}
