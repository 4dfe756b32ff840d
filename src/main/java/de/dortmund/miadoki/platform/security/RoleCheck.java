package de.dortmund.miadoki.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;

/** Enforces {@link RequiresRole}; a method's annotation overrides the class's. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheck {

  @Inject CurrentUser currentUser;

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
      throw new AccessDeniedException(
          currentUser.username() + " may not call " + context.getMethod().getName());
    }
    return context.proceed();
  }
}
