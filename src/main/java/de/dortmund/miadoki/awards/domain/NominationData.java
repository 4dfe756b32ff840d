package de.dortmund.miadoki.awards.domain;

/** What a nomination says, as a form collects it. */
public record NominationData(
    AwardCategory category,
    NomineeKind nomineeKind,
    String nomineeName,
    String nomineeOrganisation,
    String nomineeEmail,
    String nomineeAddress,
    String nominatorName,
    String nominatorEmail,
    String nominatorOrganisation,
    String justification,
    String cityConnection,
    MigrationHistory migrationHistory) {}
