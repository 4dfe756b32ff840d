package de.dortmund.miadoki.interpreting.domain;

import java.util.List;

/** An eligible candidate with its total score and the reasons that make it up. */
public record RankedCandidate(Candidate candidate, double score, List<ScoreReason> reasons) {}
