package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.platform.security.AccountStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may still use the pool's secret links (offer links in mails, calendar feeds): an active
 * interpreter whose portal account, if there is one, is not deactivated. A paused interpreter, one
 * who left or whose account was deactivated gets nothing through an old link.
 */
@ApplicationScoped
public class LinkHolders {

  @Inject AccountStates accounts;

  public boolean mayUseLinks(Interpreter interpreter) {
    if (interpreter.getStatus() != InterpreterStatus.ACTIVE) {
      return false;
    }
    String username = interpreter.getUsername();
    return username == null
        || accounts.of(username).map(AccountStates.AccountState::active).orElse(true);
  }
}
